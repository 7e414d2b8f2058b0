import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice

/// `/n/{reference}/{proof}`: the link every notice carries to stop the messages (`MessageOptOut`), one tap on a page
/// that also leads back to the case. A wrong proof and an unknown reference answer alike: not found.
struct OptOutPagesController {
    let pages: PageRenderer
    let optOut: MessageOptOut
    let publicWrites: RateLimiter

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/n/{reference}/{proof}",
                summary: "The way out of messages a notice carries: whether they still go, and the button to stop them",
                tag: "pages",
                responses: [404: "no such link"],
                produces: "text/html"
            ) { request, context in
                let (reference, proof) = try Self.link(context)
                return try page(try await optOut.standing(reference, proof: proof), proof: proof, request, context)
            },
            Endpoint(
                .post,
                "/n/{reference}/{proof}",
                summary: "Stop the messages (form post with _csrf); a second tap changes nothing",
                tag: "pages",
                responses: [303: "back to the link's page", 404: "no such link", 429: "too many writes from this client"],
                produces: "text/html"
            ) { request, context -> Response in
                if let wait = await publicWrites.consume("opt-out:" + context.clientAddress) { throw Problem.tooManyRequests(retryAfter: wait) }
                let (reference, proof) = try Self.link(context)
                _ = try await optOut.stop(reference, proof: proof)
                return Response(status: .seeOther, headers: [.location: "/n/\(reference)/\(proof)"])
            },
        ]
    }

    /// The reference and proof, each only of the characters it can hold, so nothing else reaches a page or a header.
    private static func link(_ context: AppRequestContext) throws -> (reference: String, proof: String) {
        let reference = try context.parameters.require("reference").uppercased()
            .filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }.prefix(40)
        let proof = try context.parameters.require("proof").lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) }.prefix(8)
        return (String(reference), String(proof))
    }

    private func page(_ standing: MessageOptOut.Standing, proof: String, _ request: Request, _ context: AppRequestContext) throws -> Response {
        let content = OptOutPage(
            reference: standing.reference,
            isBooking: standing.isBooking,
            receiving: standing.consent?.inForce == true,
            stoppedOn: standing.consent?.withdrawnAt.map { DocumentDate.short($0, clock: ZoneClock(RFC3339.vietnam)) },
            action: "/n/\(standing.reference)/\(proof)",
            lookup: "/lookup?reference=\(standing.reference)"
        )
        return try pages.formPage("web/opt-out", titleKey: "opt_out_title", request, context, content: content)
    }
}
