import HTTPTypes
import Hummingbird
import TiepDanCore

/// One route, declared once: its method and path, who may call it, how `/openapi.json` describes it, and what answers it.
/// The router and the OpenAPI description are both built from the controllers' endpoints, so a route cannot exist without
/// its description, nor a description without its route, and the roles described are the roles enforced.
struct Endpoint: Sendable {
    /// How `/openapi.json` describes it; its method, path and roles are the route's own.
    let operation: OpenAPIOperation
    let method: HTTPRequest.Method
    /// Staff roles that may call it (admin passes all); empty means anyone.
    let roles: Set<StaffRole>
    /// Send a browser without a sign-in to the sign-in form rather than answer 401: the staff pages.
    let redirectsToLogin: Bool
    /// Open to an account that must still choose a new password or enrol a second factor: the routes that let it
    /// do so, or leave.
    let opensDuringAccountSetup: Bool
    /// Public answers kept after rendering until the organisation they show changes (``PublicResponseCache``).
    let cached: CacheScope?
    let responder: @Sendable (Request, AppRequestContext) async throws -> Response

    /// - Parameters:
    ///   - path: in OpenAPI form, `{name}` for a parameter (the router reads it the same way).
    ///   - query: the query parameters read, with what each means.
    ///   - requestBody: the JSON Schema of the body, as JSON text, when it takes one.
    ///   - responses: status codes and what each means, besides those every route of its kind may give
    ///     (``ImpliedResponses``).
    ///   - produces: the media type of a successful answer.
    ///   - cached: the scope whose version a kept answer depends on, for a public answer worth keeping.
    init<Output: ResponseGenerator>(
        _ method: HTTPRequest.Method,
        _ path: String,
        summary: String,
        tag: String,
        roles: Set<StaffRole> = [],
        redirectsToLogin: Bool = false,
        opensDuringAccountSetup: Bool = false,
        query: [(String, String)] = [],
        requestBody: String? = nil,
        responses: [Int: String] = [200: "OK"],
        produces: String = "application/json",
        cached: CacheScope? = nil,
        handler: @escaping @Sendable (Request, AppRequestContext) async throws -> Output
    ) {
        self.method = method
        self.roles = roles
        self.redirectsToLogin = redirectsToLogin
        self.opensDuringAccountSetup = opensDuringAccountSetup
        self.cached = cached
        self.operation = OpenAPIOperation(
            method: method.rawValue,
            path: path,
            summary: summary,
            tag: tag,
            roles: roles.sorted().map(\.rawValue),
            query: query,
            requestBody: requestBody,
            responses: ImpliedResponses.adding(
                to: responses,
                method: method,
                path: path,
                roles: roles,
                redirectsToLogin: redirectsToLogin,
                readsQuery: !query.isEmpty,
                cached: cached != nil
            ),
            produces: produces
        )
        self.responder = { request, context in try await handler(request, context).response(from: request, context: context) }
    }

    /// The path in OpenAPI form.
    var path: String { operation.path }
}
