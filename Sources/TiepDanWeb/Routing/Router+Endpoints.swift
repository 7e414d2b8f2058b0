import Hummingbird

extension Router where Context == AppRequestContext {
    /// Serves each endpoint at its method and path, behind the check of its roles when it has any, and through
    /// `cache` when it is a public answer worth keeping.
    func add(_ endpoints: [Endpoint], cache: PublicResponseCache) {
        for endpoint in endpoints {
            let group = group()
            if !endpoint.roles.isEmpty {
                group.add(
                    middleware: RequireRoleMiddleware(
                        roles: endpoint.roles,
                        redirectsToLogin: endpoint.redirectsToLogin,
                        opensDuringAccountSetup: endpoint.opensDuringAccountSetup
                    )
                )
            }
            let responder = endpoint.responder
            if let scope = endpoint.cached {
                group.on(RouterPath(endpoint.path), method: endpoint.method) { request, context in
                    try await cache.respond(scope: scope, request, context) { try await responder(request, context) }
                }
            } else {
                group.on(RouterPath(endpoint.path), method: endpoint.method, use: responder)
            }
        }
    }
}
