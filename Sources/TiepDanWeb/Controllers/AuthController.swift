import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanStore

/// Staff sign-in for API clients: a bearer token in exchange for a user name and password.
struct AuthController {
    let signIn: SignInDesk

    struct Credentials: Decodable {
        let username: String
        let password: String
    }

    struct UserView: Codable, Sendable {
        let id: String
        let username: String
        let roles: [String]
        let departmentId: String?

        init(_ user: StaffUser) {
            id = user.id
            username = user.username
            roles = user.roles.sorted().map(\.rawValue)
            departmentId = user.departmentID
        }
    }

    struct LoginResult: ResponseEncodable {
        let token: String
        let user: UserView
    }

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .post,
                "/api/v1/auth/login",
                summary: "Sign in; returns a bearer token",
                tag: "staff",
                requestBody:
                    #"{"type": "object", "required": ["username", "password"], "properties": {"username": {"type": "string"}, "password": {"type": "string"}}}"#,
                responses: [200: "signed in", 400: "malformed body", 401: "wrong user name or password", 429: "too many attempts; see Retry-After"]
            ) { request, context -> LoginResult in
                let credentials = try await request.decodeJSON(Credentials.self, context: context)
                let success = try await signIn.signIn(
                    username: credentials.username,
                    password: credentials.password,
                    clientAddress: context.clientAddress
                )
                return LoginResult(token: success.token, user: UserView(success.user))
            },
            Endpoint(
                .post,
                "/api/v1/auth/logout",
                summary: "Ends the session of the token sent",
                tag: "staff",
                roles: Set(StaffRole.allCases),
                responses: [204: "signed out", 401: "no sign-in"]
            ) { request, context -> Response in
                if let token = StaffAuthMiddleware.bearerToken(request) ?? StaffAuthMiddleware.cookieToken(request) {
                    try await signIn.signOut(token: token, staff: context.staff!)
                }
                return Response(status: .noContent)
            },
            Endpoint(
                .get,
                "/api/v1/auth/me",
                summary: "The signed-in user",
                tag: "staff",
                roles: Set(StaffRole.allCases),
                responses: [200: "the user", 401: "no sign-in"]
            ) { _, context -> UserView in
                UserView(context.staff!)
            },
        ]
    }
}

extension AuthController.UserView: ResponseEncodable {}
