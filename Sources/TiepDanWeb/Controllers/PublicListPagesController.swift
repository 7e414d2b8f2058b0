import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanPublish
import TiepDanStore

/// The public lists a citizen finds things by: organisations (search, or province then commune), bulletins, and an
/// organisation's answered questions. Each reads the same desk function as its JSON counterpart.
struct PublicListPagesController {
    let pages: PageRenderer
    let sessions: SessionDesk
    let bulletins: BulletinDesk
    let questions: CitizenQuestions

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/organisations",
                summary: "Find an organisation: by name, diacritics optional, or by province then commune (HTML)",
                tag: "pages",
                query: [("q", "words of the name, e.g. tan thanh"), ("province", "a province's id: its communes")],
                responses: [200: "the organisations found", 404: "no such province"],
                produces: "text/html",
                cached: .everything
            ) { request, context -> Response in
                let query = request.uri.queryParameters.get("q")?.trimmingCharacters(in: .whitespaces) ?? ""
                let province = request.uri.queryParameters.get("province")?.nilIfEmpty
                var parentName: String?
                let found: [Organisation]
                if !query.isEmpty {
                    found = try await sessions.organisations(matching: String(query.prefix(100)))
                } else if let province {
                    guard let parent = try await sessions.schedules.organisation(id: province) else {
                        throw Problem.notFound("no organisation \(province)")
                    }
                    parentName = parent.name
                    found = try await sessions.organisations(under: province)
                } else {
                    found = try await sessions.topOrganisations()
                }
                let content = OrganisationListPage(
                    query: query,
                    parentName: parentName,
                    items: found.map { .init(id: $0.id, name: $0.name, hasChildren: $0.level == "province") },
                    nothingFound: !query.isEmpty && found.isEmpty
                )
                return try pages.page("web/organisations", titleKey: "organisations_title", request: request, context: context, content: content)
            },
            Endpoint(
                .get,
                "/bulletins",
                summary: "Published bulletins, newest first (HTML; ?organisation= for one)",
                tag: "pages",
                query: [("organisation", "one organisation's")],
                responses: [200: "the bulletins", 404: "no such organisation"],
                produces: "text/html",
                cached: .everything
            ) { request, context -> Response in
                let chosen = request.uri.queryParameters.get("organisation")?.nilIfEmpty
                var organisationName: String?
                if let chosen {
                    guard let organisation = try await sessions.schedules.organisation(id: chosen) else {
                        throw Problem.notFound("no organisation \(chosen)")
                    }
                    organisationName = organisation.name
                }
                let records = try await bulletins.bulletins.list(organisationID: chosen, limit: 200)
                let names = try await sessions.schedules.organisations(ids: Set(records.map(\.organisationID))).mapValues(\.name)
                let content = BulletinListPage(
                    organisationName: organisationName,
                    items: records.map {
                        .init(
                            id: $0.id,
                            title: $0.title,
                            organisation: names[$0.organisationID] ?? $0.organisationID,
                            published: DocumentDate.short(ZoneClock(RFC3339.vietnam).day(of: $0.publishedAt)),
                            answers: $0.document.items.count,
                            corrected: $0.correctedBy != nil
                        )
                    }
                )
                return try pages.page("web/bulletins", titleKey: "bulletins_list_title", request: request, context: context, content: content)
            },
            Endpoint(
                .get,
                "/organisations/{id}/questions",
                summary: "An organisation's answered questions, newest first (HTML)",
                tag: "pages",
                query: [("cursor", "from the next page's link")],
                responses: [200: "the answers", 404: "no such organisation"],
                produces: "text/html",
                cached: .parameter("id")
            ) { request, context -> Response in
                let id = try context.parameters.require("id")
                guard let organisation = try await sessions.schedules.organisation(id: id) else { throw Problem.notFound("no organisation \(id)") }
                let cursor = request.uri.queryParameters.get("cursor")?.nilIfEmpty
                let found = try await questions.published(organisationID: id, cursor: cursor, limit: 50)
                let content = AnsweredQuestionsPage(
                    organisationID: id,
                    organisationName: organisation.name,
                    items: found.items.map {
                        .init(
                            reference: $0.reference,
                            subject: $0.subject,
                            answer: $0.answer,
                            published: $0.publishedAt.prefix(10).split(separator: "-").reversed().joined(separator: "/")
                        )
                    },
                    nextURL: found.nextCursor.map { "/organisations/\(id)/questions?cursor=\($0.queryEncoded)" }
                )
                return try pages.page(
                    "web/organisation-questions",
                    titleKey: "answered_title",
                    request: request,
                    context: context,
                    content: content
                )
            },
        ]
    }
}
