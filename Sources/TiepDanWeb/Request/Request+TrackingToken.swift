import Hummingbird
import TiepDanCore

extension Request {
    /// The secret that opens a citizen's own booking or question: the `X-Tracking-Token` header, or from a link
    /// `?token=`; nil when neither is given.
    var trackingToken: String? {
        (headers[.trackingToken] ?? uri.queryParameters.get("token"))?.nilIfEmpty
    }
}
