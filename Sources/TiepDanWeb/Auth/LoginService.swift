import Foundation
import TiepDanCore
import TiepDanOffice
import TiepDanStore

/// Checks a user name and password and opens a session; shared by the API and the login form.
struct LoginService: Sendable {
    /// A successful sign-in.
    struct Success: Sendable {
        let token: String
        let csrfToken: String
        let user: StaffUser
    }

    let users: UserRepository
    let sessions: StaffSessionRepository
    let hasher: PasswordHasher
    /// Every attempt from one address.
    let attemptsPerAddress: RateLimiter
    /// Failed attempts against one user name, from anywhere.
    let failuresPerUsername: RateLimiter
    let sessionLifetime: TimeInterval
    /// A hash checked when the user does not exist, so timing does not reveal which names do.
    let decoyHash: String

    func login(username: String, password: String, clientAddress: String) async throws -> Success {
        let name = username.trimmingCharacters(in: .whitespaces).lowercased()
        if let wait = await attemptsPerAddress.consume(clientAddress) {
            throw Problem.tooManyRequests(retryAfter: wait)
        }
        if let wait = await failuresPerUsername.retryAfter(name) {
            throw Problem.tooManyRequests(retryAfter: wait)
        }
        let found = try await users.credentials(username: name)
        let matches = try await hasher.verify(password, against: found?.passwordHash ?? decoyHash)
        guard let found, matches else {
            _ = await failuresPerUsername.consume(name)
            throw Problem(
                .unauthorized,
                slug: "bad-credentials",
                title: "Sign-in failed",
                detail: "wrong user name or password",
                errors: [.init(field: "password", message: "wrong user name or password")]
            )
        }
        let token = SessionToken.generate()
        let csrf = SessionToken.generate()
        try await sessions.open(tokenHash: SessionToken.hash(token), csrfToken: csrf, user: found.user, lifetime: sessionLifetime)
        return Success(token: token, csrfToken: csrf, user: found.user)
    }
}
