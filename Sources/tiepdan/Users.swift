import ArgumentParser
import Foundation
import TiepDanCore
import TiepDanOffice
import TiepDanStore

/// `tiepdan users`: staff accounts from the command line, through the same `AccountDesk` as the web.
struct Users: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage staff accounts.",
        subcommands: [Add.self, List.self, Passwd.self, Disable.self, Enable.self, SecondFactorOff.self]
    )

    /// `tiepdan users add USERNAME --role ROLE --organisation ORG`.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a staff account; prints a one-time password (changed at the first sign-in) unless --password-stdin is given."
        )

        @Argument(help: "Login name: lower-case letters, digits, '.', '_' or '-'.")
        var username: String

        @Option(help: "admin, secretariat, leader or officer; repeat for several roles. admin with no --organisation: a system administrator.")
        var role: [String]

        @Option(help: "An organisation the account works for (its id in schedules/); repeat for several.")
        var organisation: [String] = []

        @Option(help: "An officer's department: ORG.DEPT, or its id within the organisation.")
        var department: String?

        @Flag(help: "Also oversee the organisations' children (the communes of a province), read-only.")
        var overseeChildren = false

        @Option(help: "The full name documents print.")
        var name: String?

        @Option(help: "The title documents print (Chức vụ).")
        var title: String?

        @Flag(help: "Read the password from the first line of standard input.")
        var passwordStdin = false

        @Option(help: "Directory of schedule YAML files, which define the organisations and departments.")
        var schedules = "schedules"

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await CommandFailure.reporting {
                let request = AccountRequest(
                    username: username,
                    roles: role,
                    organisations: organisation,
                    department: department,
                    overseesChildren: overseeChildren,
                    fullName: name,
                    title: title
                )
                let password = try passwordStdin ? Users.readPassword() : SecureRandom.password()
                let directory = OrganisationDirectory(schedules: ScheduleSet.load(directory: schedules).schedules)
                let user = try await Users.withDesk(database) { desk in
                    try await desk.add(request, password: password, mustChangePassword: !passwordStdin, directory: directory, actor: "cli")
                }
                print("created \(user.username) (\(user.reach))")
                if !passwordStdin {
                    print("a one-time password, to be changed at the first sign-in:")
                    print("password: \(password)")
                }
            }
        }
    }

    /// `tiepdan users list [--json]`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the staff accounts, their organisations and roles.")

        @Flag(help: "One JSON array, for scripts.")
        var json = false

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await CommandFailure.reporting {
                let accounts = try await Users.withDesk(database) { try await $0.list() }
                if json {
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                    encoder.keyEncodingStrategy = .convertToSnakeCase
                    print(String(decoding: try encoder.encode(accounts.map(AccountLine.init)), as: UTF8.self))
                } else {
                    for account in accounts {
                        let state = account.disabledAt == nil ? "" : "  (disabled)"
                        print("\(account.user.username)  \(account.user.reach)\(state)")
                    }
                }
            }
        }
    }

    /// `tiepdan users passwd USERNAME [--password-stdin]`.
    struct Passwd: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set a password; prints a one-time password (changed at the next sign-in) unless --password-stdin is given."
        )

        @Argument var username: String

        @Flag(help: "Read the password from the first line of standard input.")
        var passwordStdin = false

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await CommandFailure.reporting {
                let password = try passwordStdin ? Users.readPassword() : SecureRandom.password()
                try await Users.withDesk(database) {
                    try await $0.setPassword(username: username, password: password, mustChange: !passwordStdin, actor: "cli")
                }
                print("password set for \(username); their other sessions have ended")
                if !passwordStdin {
                    print("a one-time password, to be changed at the next sign-in:")
                    print("password: \(password)")
                }
            }
        }
    }

    /// `tiepdan users disable USERNAME`.
    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disable an account; its sessions end at once.")

        @Argument var username: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await CommandFailure.reporting {
                try await Users.withDesk(database) { try await $0.setDisabled(username: username, true, actor: "cli") }
                print("disabled \(username)")
            }
        }
    }

    /// `tiepdan users second-factor-off USERNAME`.
    struct SecondFactorOff: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Turn off an account's second factor (a lost phone and lost recovery codes); its sessions end."
        )

        @Argument var username: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await CommandFailure.reporting {
                try await Users.withDesk(database) { try await $0.removeSecondFactor(username: username, actor: "cli") }
                print("second factor off for \(username)")
            }
        }
    }

    /// `tiepdan users enable USERNAME`.
    struct Enable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Enable a disabled account again.")

        @Argument var username: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await CommandFailure.reporting {
                try await Users.withDesk(database) { try await $0.setDisabled(username: username, false, actor: "cli") }
                print("enabled \(username)")
            }
        }
    }

    /// One account in `users list --json`.
    struct AccountLine: Encodable {
        let username: String
        let fullName, title: String?
        let systemAdmin, mustChangePassword, disabled: Bool
        let grants: [Grant]

        struct Grant: Encodable {
            let organisation: String
            let roles: [String]
            let department: String?
            let overseesChildren: Bool

            /// A missing department is `null`, so every grant has the same keys.
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(organisation, forKey: .organisation)
                try container.encode(roles, forKey: .roles)
                try container.encode(department, forKey: .department)
                try container.encode(overseesChildren, forKey: .overseesChildren)
            }

            enum CodingKeys: CodingKey {
                case organisation, roles, department, overseesChildren
            }
        }

        init(_ account: StaffAccount) {
            let user = account.user
            (username, fullName, title) = (user.username, user.fullName, user.title)
            (systemAdmin, mustChangePassword, disabled) = (user.isSystemAdmin, user.mustChangePassword, account.disabledAt != nil)
            grants = user.grants.map {
                Grant(
                    organisation: $0.organisationID,
                    roles: $0.roles.sorted().map(\.rawValue),
                    department: $0.departmentID,
                    overseesChildren: $0.overseesChildren
                )
            }
        }
    }

    static func readPassword() throws -> String {
        guard let line = readLine(strippingNewline: true), line.count >= 8 else {
            throw CommandFailure("the password on standard input must be at least 8 characters")
        }
        return line
    }

    /// Runs `body` with an account desk over the database, closing it afterwards whatever happens.
    static func withDesk<T>(_ database: DatabaseOptions, _ body: (AccountDesk) async throws -> T) async throws -> T {
        let store = try await StoreOpener.open(try database.location(), for: .admin, logger: LogSetup.logger("tiepdan.users"))
        do {
            let result = try await body(AccountDesk(users: UserRepository(store: store), hasher: PasswordHasher(cost: BcryptCost.configured)))
            try await store.close()
            return result
        } catch {
            try? await store.close()
            throw error
        }
    }
}
