import Hummingbird
import TiepDanCore

/// `/privacy`: the notice every intake form links to and every receipt names, with the retention periods in force.
struct PrivacyPagesController {
    let pages: PageRenderer
    let retention: [RetentionRule]

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/privacy",
                summary: "The privacy notice: purpose, legal basis, what is kept and for how long, the citizen's rights",
                tag: "pages",
                produces: "text/html"
            ) { request, context in
                let language = Language.of(request)
                let words = pages.localization
                let content = PrivacyPage(
                    vietnamese: language == .vi,
                    version: PrivacyNotice.version,
                    periods: retention.map {
                        PrivacyPage.Period(
                            kind: words.word("retention_\($0.kind.rawValue)", language),
                            months: $0.months,
                            after: words.word("retention_after_\($0.kind.rawValue)", language),
                            basis: $0.basis
                        )
                    }
                )
                return try pages.page("web/privacy", titleKey: "privacy_title", request: request, context: context, content: content)
            }
        ]
    }
}
