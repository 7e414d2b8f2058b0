import ArgumentParser
import Foundation
import TiepDanCore
import TiepDanOffice
import TiepDanStore
import TiepDanWeb

/// `tiepdan users`: staff accounts.
struct Users: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage staff accounts.",
        subcommands: [Add.self]
    )

    /// `tiepdan users add USERNAME --role ROLE`.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a staff user; prints a generated password once unless --password-stdin is given."
        )

        @Argument(help: "Login name: lower-case letters, digits, '.', '_' or '-'.")
        var username: String

        @Option(help: "admin, secretariat, leader or officer; repeat for several roles.")
        var role: [String]

        @Option(help: "The department an officer belongs to.")
        var department: String?

        @Flag(help: "Read the password from the first line of standard input.")
        var passwordStdin = false

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await CommandFailure.reporting {
                if let problem = Username.problem(with: username) {
                    throw CommandFailure("user name \(problem)")
                }
                var roles: Set<StaffRole> = []
                for name in role {
                    guard let parsed = StaffRole(rawValue: name) else {
                        throw CommandFailure("unknown role '\(name)': use admin, secretariat, leader or officer")
                    }
                    roles.insert(parsed)
                }
                guard !roles.isEmpty else { throw CommandFailure("give at least one --role") }
                let password = try passwordStdin ? Self.readPassword() : SecureRandom.password()
                let logger = LogSetup.logger("tiepdan.users")
                let store = try await StoreOpener.open(try database.location(), for: .admin, logger: logger)
                do {
                    let hash = try await PasswordHasher(cost: BcryptCost.configured).hash(password)
                    let user = try await UserRepository(store: store).create(
                        username: username,
                        passwordHash: hash,
                        roles: roles,
                        departmentID: department,
                        actor: "cli"
                    )
                    try await store.close()
                    print("created \(user.username) (\(roles.sorted().map(\.rawValue).joined(separator: ", ")))")
                    if !passwordStdin { print("password: \(password)") }
                } catch {
                    try? await store.close()
                    throw error
                }
            }
        }

        private static func readPassword() throws -> String {
            guard let line = readLine(strippingNewline: true), line.count >= 8 else {
                throw CommandFailure("the password on standard input must be at least 8 characters")
            }
            return line
        }
    }
}
