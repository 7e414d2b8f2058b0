import TiepDanCore
import TiepDanOffice

/// The administrators' page of staff accounts: those they administer, a form for a new one, and the one-time
/// password of an account just created or reset, shown this once.
struct AccountsPage: PageContent {
    /// One account in the list.
    struct Account: Sendable {
        let username: String
        let fullName: String?
        let title: String?
        let reach: String
        let isDisabled: Bool
        let mustChangePassword: Bool
        /// Whether it signs in with an authenticator app (which an administrator may turn off).
        let hasSecondFactor: Bool
        /// Whether this administrator may disable it (not their own account).
        let canDisable: Bool
    }

    /// The password just handed out, and to whom.
    struct Handover: Sendable {
        let username: String
        let password: String
    }

    let accounts: [Account]
    let organisations: [Choice]
    let roles: [Choice]
    let form: AccountForm
    let handover: Handover?
    let errorSummary: ErrorSummary?
}

/// What the new-account form holds, kept when a field is refused.
struct AccountForm: Decodable, Sendable {
    var username: String?
    var fullName: String?
    var title: String?
    var organisation: String?
    var roles: [String]?
    var department: String?
    var overseeChildren: String?

    enum CodingKeys: String, CodingKey {
        case username, title, organisation, department
        case fullName = "full_name"
        case roles = "roles"
        case overseeChildren = "oversee_children"
    }

    /// The one organisation the form names, if any.
    var chosenOrganisation: String? { organisation?.nilIfEmpty }

    /// What the form asks of the account desk for the account `username`.
    func request(username: String) -> AccountRequest {
        AccountRequest(
            username: username,
            roles: roles ?? [],
            organisations: chosenOrganisation.map { [$0] } ?? [],
            department: department,
            overseesChildren: overseeChildren == "1",
            fullName: fullName,
            title: title
        )
    }
}
