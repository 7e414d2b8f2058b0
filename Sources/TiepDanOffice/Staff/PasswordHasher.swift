import HummingbirdBcrypt
import NIOPosix

/// bcrypt hashing off the request threads: one hash costs a quarter of a second by design.
public struct PasswordHasher: Sendable {
    /// The bcrypt cost factor (log2 rounds).
    public let cost: UInt8

    /// A hasher with `cost`; 12 in production, lower only in tests.
    public init(cost: UInt8 = 12) {
        self.cost = cost
    }

    /// The bcrypt hash of `password`.
    public func hash(_ password: String) async throws -> String {
        let cost = self.cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    /// Whether `password` matches `hash`.
    public func verify(_ password: String, against hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }
}
