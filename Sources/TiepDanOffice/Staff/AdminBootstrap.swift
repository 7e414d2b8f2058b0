import TiepDanCore
public import TiepDanStore

/// The first start on an empty database: a system administrator `admin` with a one-time password, which the
/// first sign-in must change.
public enum AdminBootstrap {
    /// Creates `admin` when no user exists and returns its password (to print once), else nil.
    public static func ensureAdmin(store: any Store, hasher: PasswordHasher) async throws -> String? {
        let users = UserRepository(store: store)
        guard try await users.count() == 0 else { return nil }
        let password = SecureRandom.password()
        do {
            _ = try await users.create(
                username: "admin",
                passwordHash: try await hasher.hash(password),
                isSystemAdmin: true,
                grants: [],
                mustChangePassword: true,
                actor: "system"
            )
        } catch StoreError.duplicate {
            return nil  // another instance started at the same moment and made it
        }
        return password
    }
}
