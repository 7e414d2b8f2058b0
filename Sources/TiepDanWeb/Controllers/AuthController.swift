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
        /// The authenticator app's code (or a recovery code), for an account with a second factor.
        let code: String?
    }

    struct SecondFactorStart: ResponseEncodable {
        let secret: String
        let otpauthUri: String
    }

    struct SecondFactorCode: Decodable {
        let code: String
    }

    struct SecondFactorRemoval: Decodable {
        let password: String
    }

    struct RecoveryCodes: ResponseEncodable {
        /// Shown this once; each signs in once in place of a code.
        let recoveryCodes: [String]
    }

    struct UserView: Codable, Sendable {
        let id: String
        let username: String
        let fullName: String?
        let title: String?
        let roles: [String]
        let departmentId: String?
        let systemAdmin: Bool
        let organisations: [GrantView]
        /// Until it is changed, only the password change, `me` and sign-out are open to the account.
        let mustChangePassword: Bool
        /// Whether sign-in asks for an authenticator app's code.
        let secondFactor: Bool
        /// An organisation requires a second factor and none is enrolled: until one is, only enrolment, `me` and
        /// sign-out are open.
        let mustEnrolSecondFactor: Bool

        struct GrantView: Codable, Sendable {
            let organisationId: String
            let roles: [String]
            let departmentId: String?
            let overseesChildren: Bool
        }

        init(_ user: StaffUser) {
            id = user.id
            username = user.username
            (fullName, title) = (user.fullName, user.title)
            roles = user.roles.sorted().map(\.rawValue)
            departmentId = user.departmentID
            systemAdmin = user.isSystemAdmin
            organisations = user.grants.map {
                GrantView(
                    organisationId: $0.organisationID,
                    roles: $0.roles.sorted().map(\.rawValue),
                    departmentId: $0.departmentID,
                    overseesChildren: $0.overseesChildren
                )
            }
            mustChangePassword = user.mustChangePassword
            secondFactor = user.hasSecondFactor
            mustEnrolSecondFactor = user.mustEnrolSecondFactor
        }
    }

    struct PasswordChange: Decodable {
        let currentPassword: String
        let newPassword: String
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
                    #"{"type": "object", "required": ["username", "password"], "properties": {"username": {"type": "string"}, "password": {"type": "string"}, "code": {"type": "string", "description": "the authenticator app's code, for an account with a second factor"}}}"#,
                responses: [200: "signed in", 400: "malformed body", 401: "wrong user name or password", 429: "too many attempts; see Retry-After"]
            ) { request, context -> LoginResult in
                let credentials = try await request.decodeJSON(Credentials.self, context: context)
                let success = try await signIn.signIn(
                    username: credentials.username,
                    password: credentials.password,
                    code: credentials.code,
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
                opensDuringAccountSetup: true,
                responses: [204: "signed out", 401: "no sign-in"]
            ) { request, context -> Response in
                if let token = StaffAuthMiddleware.sessionToken(request) {
                    try await signIn.signOut(token: token, staff: context.staff!)
                }
                return Response(status: .noContent)
            },
            Endpoint(
                .post,
                "/api/v1/auth/password",
                summary: "Change one's own password; the account's other sessions end",
                tag: "staff",
                roles: Set(StaffRole.allCases),
                opensDuringAccountSetup: true,
                requestBody: """
                    {"type": "object", "required": ["current_password", "new_password"],
                     "properties": {"current_password": {"type": "string"}, "new_password": {"type": "string", "minLength": 8}}}
                    """,
                responses: [204: "changed", 401: "no sign-in", 422: "the current password is wrong, or the new one is not acceptable"]
            ) { request, context -> Response in
                let body = try await request.decodeJSON(PasswordChange.self, context: context)
                try await signIn.changePassword(
                    staff: context.staff!,
                    current: body.currentPassword,
                    new: body.newPassword,
                    keepingToken: StaffAuthMiddleware.sessionToken(request)
                )
                return Response(status: .noContent)
            },
            Endpoint(
                .post,
                "/api/v1/auth/logout-others",
                summary: "Ends every other session of the signed-in account",
                tag: "staff",
                roles: Set(StaffRole.allCases),
                opensDuringAccountSetup: true,
                responses: [204: "the others ended", 401: "no sign-in"]
            ) { request, context -> Response in
                try await signIn.signOutOthers(
                    staff: context.staff!,
                    keepingToken: StaffAuthMiddleware.sessionToken(request)
                )
                return Response(status: .noContent)
            },
            Endpoint(
                .post,
                "/api/v1/auth/totp",
                summary: "Start enrolling an authenticator app: its secret and otpauth:// address",
                tag: "staff",
                roles: Set(StaffRole.allCases),
                opensDuringAccountSetup: true,
                responses: [200: "the secret, until confirmed", 401: "no sign-in"]
            ) { _, context -> SecondFactorStart in
                let started = try await signIn.beginSecondFactor(staff: context.staff!)
                return SecondFactorStart(secret: started.secret, otpauthUri: started.uri)
            },
            Endpoint(
                .post,
                "/api/v1/auth/totp/confirm",
                summary: "Confirm the app with its current code; returns ten recovery codes, shown once",
                tag: "staff",
                roles: Set(StaffRole.allCases),
                opensDuringAccountSetup: true,
                requestBody: #"{"type": "object", "required": ["code"], "properties": {"code": {"type": "string"}}}"#,
                responses: [200: "the recovery codes", 409: "no enrolment started", 422: "not the current code"]
            ) { request, context -> RecoveryCodes in
                let body = try await request.decodeJSON(SecondFactorCode.self, context: context)
                return RecoveryCodes(recoveryCodes: try await signIn.confirmSecondFactor(staff: context.staff!, code: body.code))
            },
            Endpoint(
                .post,
                "/api/v1/auth/totp/remove",
                summary: "Remove the second factor (the password confirms it); refused where an organisation requires one",
                tag: "staff",
                roles: Set(StaffRole.allCases),
                requestBody: #"{"type": "object", "required": ["password"], "properties": {"password": {"type": "string"}}}"#,
                responses: [204: "removed", 409: "an organisation of the account requires one", 422: "wrong password"]
            ) { request, context -> Response in
                let body = try await request.decodeJSON(SecondFactorRemoval.self, context: context)
                try await signIn.removeSecondFactor(staff: context.staff!, password: body.password)
                return Response(status: .noContent)
            },
            Endpoint(
                .get,
                "/api/v1/auth/me",
                summary: "The signed-in user",
                tag: "staff",
                roles: Set(StaffRole.allCases),
                opensDuringAccountSetup: true,
                responses: [200: "the user", 401: "no sign-in"]
            ) { _, context -> UserView in
                UserView(context.staff!)
            },
        ]
    }
}

extension AuthController.UserView: ResponseEncodable {}
