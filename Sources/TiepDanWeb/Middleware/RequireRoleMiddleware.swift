import Hummingbird
import TiepDanCore

/// Guards a staff route: 401 without a sign-in, 403 without one of `roles` (admin passes all), and 403 (pages: the
/// account page) while the account must choose a new password or enrol a second factor, unless the route is how
/// it does so.
/// Pages send a browser without a sign-in to the login form instead.
struct RequireRoleMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let roles: Set<StaffRole>
    var redirectsToLogin = false
    var opensDuringAccountSetup = false

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let staff = context.staff else {
            if redirectsToLogin {
                return Response(status: .seeOther, headers: [.location: "/staff"])
            }
            throw Problem.unauthenticated
        }
        if staff.setupPending && !opensDuringAccountSetup {
            if redirectsToLogin { return Response(status: .seeOther, headers: [.location: "/staff/account"]) }
            throw staff.mustChangePassword ? Problem.passwordChangeRequired : Problem.secondFactorEnrolmentRequired
        }
        guard staff.hasAnyRole(roles) else {
            throw Problem.forbidden("this needs one of the roles: \(roles.sorted().map(\.rawValue).joined(separator: ", "))")
        }
        return try await next(request, context)
    }
}
