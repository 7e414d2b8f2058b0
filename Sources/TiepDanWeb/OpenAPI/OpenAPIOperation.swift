/// One documented route of `/openapi.json`, declared by the controller that serves it.
struct OpenAPIOperation: Sendable {
    let method: String
    let path: String
    let summary: String
    let tag: String
    /// Roles that may call it; empty means public.
    var roles: [String] = []
    /// Query parameters: name and description.
    var query: [(String, String)] = []
    /// The request body's JSON Schema, as JSON text, when it takes one.
    var requestBody: String? = nil
    /// Status codes and what each means.
    var responses: [Int: String] = [200: "OK"]
    /// The media type of the success response.
    var produces = "application/json"
}
