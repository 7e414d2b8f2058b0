import Hummingbird
import TiepDanOffice

/// `/lookup`: a citizen who lost the link to a booking or question gets a new one with its reference and the phone
/// number or e-mail address they gave. Limited per client; a wrong reference and a wrong contact answer alike.
struct LookupPagesController {
    let pages: PageRenderer
    let lookup: CitizenLookup
    let limiter: RateLimiter

    struct Form: Decodable, Sendable {
        let reference: String?
        let contact: String?
    }

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/lookup",
                summary: "Find a booking or question again: the form",
                tag: "pages",
                produces: "text/html"
            ) { request, context in
                try pages.formPage(
                    "web/lookup",
                    titleKey: "lookup_title",
                    request,
                    context,
                    // A notice's link fills in the reference (`/lookup?reference=`).
                    content: LookupPage(
                        reference: String((request.uri.queryParameters.get("reference") ?? "").prefix(40)),
                        contact: "",
                        notFound: false
                    )
                )
            },
            Endpoint(
                .post,
                "/lookup",
                summary: "Find a booking or question again (form post with _csrf): a new link when the reference and contact match",
                tag: "pages",
                responses: [
                    200: "no match, the same answer whichever was wrong", 303: "to the booking or question, with a new link",
                    429: "too many lookups from this client",
                ],
                produces: "text/html"
            ) { request, context -> Response in
                let form = try await request.decodeForm(Form.self, context: context)
                if let wait = await limiter.consume("lookup:" + context.clientAddress) {
                    throw Problem.tooManyRequests(retryAfter: wait)
                }
                let reference = String((form.reference ?? "").prefix(40))
                let contact = String((form.contact ?? "").prefix(200))
                if let found = try await lookup.reopen(reference: reference, contact: contact) {
                    return Response(status: .seeOther, headers: [.location: "\(found.path)?token=\(found.token.queryEncoded)"])
                }
                let content = LookupPage(reference: reference, contact: contact, notFound: true)
                return try pages.formPage("web/lookup", titleKey: "lookup_title", request, context, content: content)
            },
        ]
    }
}
