public import Foundation
public import TiepDanCore
public import TiepDanStore

/// Staff sign-in, shared by the API and the sign-in form: checks a user name and password within the limits
/// on attempts, opens a session, and ends it.
public struct SignInDesk: Sendable {
    /// A successful sign-in.
    public struct Success: Sendable {
        public let token: String
        public let csrfToken: String
        public let user: StaffUser
    }

    let users: UserRepository
    let sessions: StaffSessionRepository
    let hasher: PasswordHasher
    /// Every attempt from one address.
    let attemptsPerAddress: RateLimiter
    /// Wrong passwords per (user name, client address).
    let failures: FailureBackoff
    let sessionLifetime: TimeInterval
    /// Seals second factors' secrets under the service's key.
    let seal: IdentitySeal
    let now: @Sendable () -> Date
    /// A hash checked when the user does not exist, so timing does not reveal which names do. Made beside the start
    /// rather than before it: a bcrypt hash is a quarter of a second of a core.
    let decoy: Task<String, any Error>

    /// A desk over the accounts and their sessions; sessions last `sessionLifetime`.
    public init(
        users: UserRepository,
        sessions: StaffSessionRepository,
        hasher: PasswordHasher,
        attemptsPerAddress: RateLimiter,
        failures: FailureBackoff,
        sessionLifetime: TimeInterval,
        seal: IdentitySeal,
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.seal = seal
        self.now = now
        self.users = users
        self.sessions = sessions
        self.hasher = hasher
        self.attemptsPerAddress = attemptsPerAddress
        self.failures = failures
        self.sessionLifetime = sessionLifetime
        self.decoy = Task { try await hasher.hash(SessionToken.generate()) }
    }

    /// The stored hash, or the decoy when there is none: a password is always checked against something.
    private func hashOrDecoy(_ stored: String?) async throws -> String {
        if let stored { return stored }
        return try await decoy.value
    }

    /// Opens a session for the user whose password this is, or says why not (too many attempts, wrong credentials).
    public func signIn(username: String, password: String, code: String? = nil, clientAddress: String) async throws -> Success {
        let name = username.trimmingCharacters(in: .whitespaces).lowercased()
        // No account has a longer name or password: refused before any limiter keeps a key for them.
        guard name.utf8.count <= 64, password.utf8.count <= 1024 else { throw OfficeError.badCredentials }
        if let wait = await attemptsPerAddress.consume(clientAddress) {
            OfficeMetrics.signInRefused("limited")
            throw OfficeError.tooManyAttempts(retryAfter: wait)
        }
        let pair = name + " " + clientAddress
        if let wait = await failures.retryAfter(pair) {
            OfficeMetrics.signInRefused("limited")
            throw OfficeError.tooManyAttempts(retryAfter: wait)
        }
        let found = try await users.credentials(username: name)
        let matches = try await hasher.verify(password, against: hashOrDecoy(found?.passwordHash))
        guard let found, matches else {
            await failures.fail(pair)
            OfficeMetrics.signInRefused("credentials")
            throw OfficeError.badCredentials
        }
        if let sealed = try await users.secondFactor(userID: found.user.id).secret {
            guard let code = code?.trimmingCharacters(in: .whitespaces).nilIfEmpty else { throw OfficeError.secondFactorRequired }
            guard try await secondFactorAccepts(code, sealed: sealed, userID: found.user.id) else {
                await failures.fail(pair)
                OfficeMetrics.signInRefused("credentials")
                throw OfficeError.badCredentials
            }
        }
        await failures.succeed(pair)
        let token = SessionToken.generate()
        let csrf = SessionToken.generate()
        try await sessions.open(tokenHash: SessionToken.hash(token), csrfToken: csrf, user: found.user, lifetime: sessionLifetime)
        return Success(token: token, csrfToken: csrf, user: found.user)
    }

    /// Changes the signed-in account's own password after checking the current one; the account's other sessions
    /// end and the one that changed it (`keepingToken`) stays signed in. Clears a pending forced change.
    public func changePassword(staff: StaffUser, current: String, new: String, keepingToken token: String?) async throws {
        var issues: [FieldIssue] = []
        let stored = try await users.passwordHash(userID: staff.id)
        if current.isEmpty {
            issues.append(FieldIssue(field: "current_password", message: "enter the current password"))
        } else if try await !hasher.verify(current, against: hashOrDecoy(stored)) {
            issues.append(FieldIssue(field: "current_password", message: "the current password is wrong"))
        }
        if new.count < 8 {
            issues.append(FieldIssue(field: "new_password", message: "the new password must be at least 8 characters"))
        } else if new == current {
            issues.append(FieldIssue(field: "new_password", message: "the new password must differ from the current one"))
        } else if new.count > 1024 {
            issues.append(FieldIssue(field: "new_password", message: "the new password must be at most 1,024 characters"))
        }
        guard issues.isEmpty else { throw OfficeError.invalid(issues) }
        try await users.setPassword(
            userID: staff.id,
            passwordHash: try await hasher.hash(new),
            mustChange: false,
            keepingSession: token.map(SessionToken.hash),
            actor: staff.id
        )
    }

    /// Ends every other session of the account: a phone left signed in somewhere, a shared computer.
    public func signOutOthers(staff: StaffUser, keepingToken token: String?) async throws {
        try await users.endOtherSessions(userID: staff.id, keepingSession: token.map(SessionToken.hash))
    }

    /// Ends the session whose token this is.
    public func signOut(token: String, staff: StaffUser) async throws {
        try await sessions.revoke(tokenHash: SessionToken.hash(token), actor: staff.id)
    }

    /// Starts enrolling an authenticator app: a new secret, kept sealed until a code from it is confirmed, and the
    /// `otpauth://` address the app reads.
    public func beginSecondFactor(staff: StaffUser) async throws -> (secret: String, uri: String) {
        let secret = (0..<20).map { _ in UInt8.random(in: 0...255) }
        try await users.beginSecondFactor(userID: staff.id, sealedSecret: try seal.seal(bytes: Data(secret)))
        return Self.enrolment(secret, staff)
    }

    /// Confirms the app with a code from it; the factor then guards every sign-in. Returns ten recovery codes,
    /// shown this once and kept only as hashes.
    public func confirmSecondFactor(staff: StaffUser, code: String) async throws -> [String] {
        guard let pending = try await users.secondFactor(userID: staff.id).pending else {
            throw OfficeError.conflict("start the enrolment first: POST /api/v1/auth/totp")
        }
        let secret = Array(try seal.open(bytes: pending))
        guard let step = TOTP.matchingStep(code, secret: secret, at: now()) else {
            throw OfficeError.invalid(field: "code", "that is not the app's current code")
        }
        let codes = (0..<10).map { _ in SecureRandom.password() }
        try await users.confirmSecondFactor(userID: staff.id, step: step, recoveryHashes: codes.map(Self.recoveryHash), now: now())
        return codes
    }

    /// The app being enrolled, its secret and address, until a code from it is confirmed: what the account page
    /// shows again after a reload.
    public func pendingSecondFactor(staff: StaffUser) async throws -> (secret: String, uri: String)? {
        guard let pending = try await users.secondFactor(userID: staff.id).pending else { return nil }
        return Self.enrolment(Array(try seal.open(bytes: pending)), staff)
    }

    /// The secret as an app's manual entry takes it, and the `otpauth://` address it scans, named "tiepdan".
    private static func enrolment(_ secret: [UInt8], _ staff: StaffUser) -> (secret: String, uri: String) {
        (Base32.encode(secret), TOTP.uri(secret: secret, account: staff.username, issuer: "tiepdan"))
    }

    /// Removes the account's second factor after checking its password; refused while an organisation of the
    /// account requires one (enrolling a new app replaces the old one instead).
    public func removeSecondFactor(staff: StaffUser, password: String) async throws {
        let stored = try await users.passwordHash(userID: staff.id)
        guard !password.isEmpty, try await hasher.verify(password, against: hashOrDecoy(stored)) else {
            throw OfficeError.invalid(field: "password", "the password is wrong")
        }
        guard !staff.secondFactorRequired else {
            throw OfficeError.conflict("an organisation of this account requires a second factor: enrol a new app to replace it instead")
        }
        try await users.removeSecondFactor(userID: staff.id, actor: staff.id, now: now())
    }

    /// A current code of the app, once, or an unused recovery code.
    private func secondFactorAccepts(_ code: String, sealed: String, userID: String) async throws -> Bool {
        let secret = Array(try seal.open(bytes: sealed))
        if let step = TOTP.matchingStep(code, secret: secret, at: now()) {
            return try await users.useSecondFactorStep(userID: userID, step: step)
        }
        return try await users.useRecoveryCode(userID: userID, hash: Self.recoveryHash(code), now: now())
    }

    static func recoveryHash(_ code: String) -> String {
        SessionToken.hash(code.filter { !$0.isWhitespace && $0 != "-" })
    }
}
