import Hummingbird

/// The short links a message carries (`/b/{reference}?t=`, `/q/{reference}?t=`): each leads to its page with the token,
/// so the link in a notice stays short.
enum ShortLink {
    /// `GET {prefix}/{reference}?t=token`, answered with a redirect to `{page}/{reference}?token=`.
    static func endpoint(_ prefix: String, to page: String, what: String) -> Endpoint {
        Endpoint(
            .get,
            prefix + "/{reference}",
            summary: "The short link in a notice (?t=token): to \(what)",
            tag: "pages",
            responses: [303: "to \(what)"],
            produces: "text/html"
        ) { request, context -> Response in
            // Only a reference's own characters go into the Location header.
            let reference = try context.parameters.require("reference").filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
            let token = request.uri.queryParameters.get("t") ?? ""
            return Response(status: .seeOther, headers: [.location: "\(page)/\(reference)?token=\(token.queryEncoded)"])
        }
    }
}
