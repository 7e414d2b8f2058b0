import Hummingbird

extension Router where Context == AppRequestContext {
    /// Serves each endpoint at its method and path, behind the check of its roles when it has any.
    func add(_ endpoints: [Endpoint]) {
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
            group.on(RouterPath(endpoint.path), method: endpoint.method, use: endpoint.responder)
        }
    }
}
