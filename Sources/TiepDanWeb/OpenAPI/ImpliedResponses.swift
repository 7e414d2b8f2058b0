import HTTPTypes
import TiepDanCore

/// The answers any route of a kind may give besides those its controller names, written once so that no route's
/// description forgets them: a staff route refuses a caller who is not signed in or lacks the role, a path with a
/// parameter may name nothing, and a route that reads a body or a query may find it unreadable or invalid, and a
/// cached public answer may be unchanged since the client's copy.
enum ImpliedResponses {
    /// The declared responses with the implied ones added; a controller's own description of a status wins.
    static func adding(
        to declared: [Int: String],
        method: HTTPRequest.Method,
        path: String,
        roles: Set<StaffRole>,
        redirectsToLogin: Bool,
        readsQuery: Bool,
        cached: Bool = false
    ) -> [Int: String] {
        var implied: [Int: String] = [:]
        if !roles.isEmpty {
            if redirectsToLogin {
                implied[303] = "not signed in: sent to the sign-in form"
            } else {
                implied[401] = "not signed in, or the token has expired"
            }
            implied[403] = "signed in without the role or the organisation this needs"
        }
        if !OpenAPIDocument.pathParameters(path).isEmpty {
            implied[404] = "nothing by that name"
        }
        if method != .get, method != .head {
            implied[400] = "the body cannot be read"
            implied[413] = "the body is too large"
            implied[422] = "a field is missing or invalid; the problem names it"
        }
        if readsQuery {
            implied[422] = "a field is missing or invalid; the problem names it"
        }
        if cached {
            implied[304] = "unchanged since the ETag the client sent in If-None-Match"
        }
        return declared.merging(implied) { own, _ in own }
    }
}
