import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanStore

/// The administrators' pages for staff accounts: list, create (a one-time password shown once), reset a password,
/// disable and enable. An organisation's administrator sees and changes only its organisations' accounts; the
/// decisions are the `AccountDesk`'s.
struct AccountPagesController {
    let pages: PageRenderer
    let desk: AccountDesk
    let schedules: ScheduleRepository

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/staff/accounts",
                summary: "The accounts this administrator administers, and the form for a new one",
                tag: "pages",
                roles: [.admin],
                redirectsToLogin: true,
                produces: "text/html"
            ) { request, context in
                try await page(request, context)
            },
            Endpoint(
                .post,
                "/staff/accounts",
                summary: "Create an account (form post); its one-time password is shown once",
                tag: "pages",
                roles: [.admin],
                redirectsToLogin: true,
                responses: [200: "the list, with the new account's one-time password", 422: "the form naming what is wrong"],
                produces: "text/html"
            ) { request, context -> Response in
                let form = try await request.decodeForm(AccountForm.self, context: context)
                let accountRequest = form.request(username: form.username?.trimmingCharacters(in: .whitespaces).lowercased() ?? "")
                do {
                    let directory = try await directory(form.chosenOrganisation)
                    let (user, password) = try await desk.add(accountRequest, directory: directory, by: context.staff!)
                    return try await page(request, context, handover: .init(username: user.username, password: password))
                } catch let error as any ProblemConvertible where [.unprocessableContent, .conflict].contains(error.problem.status) {
                    let fields = error.problem.errors.isEmpty ? ["username"] : error.problem.errors.map(\.field)
                    return try await page(request, context, form: form, errorFields: fields, status: .unprocessableContent)
                }
            },
            Endpoint(
                .post,
                "/staff/accounts/{username}/grants",
                summary: "Set the account's roles in one organisation (none: remove it), its department and oversight (form post)",
                tag: "pages",
                roles: [.admin],
                redirectsToLogin: true,
                responses: [303: "back to the list", 422: "the list naming what is wrong"],
                produces: "text/html"
            ) { request, context -> Response in
                let form = try await request.decodeForm(AccountForm.self, context: context)
                let change = form.request(username: try context.parameters.require("username"))
                do {
                    let directory = try await directory(form.chosenOrganisation)
                    _ = try await desk.setGrant(username: change.username, change, directory: directory, by: context.staff!)
                } catch let error as any ProblemConvertible where error.problem.status == .unprocessableContent {
                    return try await page(request, context, errorFields: error.problem.errors.map(\.field), status: .unprocessableContent)
                }
                return Response(status: .seeOther, headers: [.location: "/staff/accounts"])
            },
            Endpoint(
                .post,
                "/staff/accounts/{username}/reset",
                summary: "A one-time password for the account, shown once; its sessions end",
                tag: "pages",
                roles: [.admin],
                redirectsToLogin: true,
                produces: "text/html"
            ) { request, context in
                let username = try context.parameters.require("username")
                let password = try await desk.resetPassword(username: username, by: context.staff!)
                return try await page(request, context, handover: .init(username: username, password: password))
            },
            accountAction("second-factor/remove", "Turn off the account's second factor (a lost phone); its sessions end") {
                try await desk.removeSecondFactor(username: $0, by: $1)
            },
            accountAction("disable", "Disable the account; its sessions end at once") {
                try await desk.setDisabled(username: $0, true, by: $1)
            },
            accountAction("enable", "Enable the account again") {
                try await desk.setDisabled(username: $0, false, by: $1)
            },
        ]
    }

    /// A form post that does `act` to the account named in the path, as the administrator, and goes back to the list.
    private func accountAction(
        _ action: String,
        _ summary: String,
        act: @escaping @Sendable (_ username: String, _ admin: StaffUser) async throws -> Void
    ) -> Endpoint {
        Endpoint(
            .post,
            "/staff/accounts/{username}/\(action)",
            summary: summary,
            tag: "pages",
            roles: [.admin],
            redirectsToLogin: true,
            responses: [303: "back to the list"],
            produces: "text/html"
        ) { _, context -> Response in
            try await act(try context.parameters.require("username"), context.staff!)
            return Response(status: .seeOther, headers: [.location: "/staff/accounts"])
        }
    }

    /// The departments of the organisation asked for, as the account desk checks a grant against them.
    private func directory(_ organisation: String?) async throws -> OrganisationDirectory {
        guard let organisation, try await schedules.organisation(id: organisation) != nil else { return OrganisationDirectory(departments: [:]) }
        let local = try await schedules.departments(organisationID: organisation).map { String($0.id.dropFirst(organisation.count + 1)) }
        return OrganisationDirectory(departments: [organisation: Set(local)])
    }

    private func page(
        _ request: Request,
        _ context: AppRequestContext,
        form: AccountForm = AccountForm(),
        handover: AccountsPage.Handover? = nil,
        errorFields: [String] = [],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let admin = context.staff!
        let language = Language.of(request)
        let words = pages.localization
        let administered = AccountDesk.administeredOrganisations(of: admin)
        let organisations =
            if let administered {
                try await schedules.organisations(ids: administered).values.sorted { $0.id < $1.id }
            } else {
                try await schedules.organisations()
            }
        let accounts = try await desk.list(administeredBy: admin).map { account in
            AccountsPage.Account(
                username: account.user.username,
                fullName: account.user.fullName,
                title: account.user.title,
                reach: account.user.reach,
                isDisabled: account.disabledAt != nil,
                mustChangePassword: account.user.mustChangePassword,
                hasSecondFactor: account.user.hasSecondFactor,
                canDisable: account.user.id != admin.id
            )
        }
        let issues = Set(errorFields.map { $0.split(separator: "[").first.map(String.init) ?? $0 }).sorted().map { field in
            FieldIssue(field: field, message: words.word("accounts_error_" + field, language))
        }
        let content = AccountsPage(
            accounts: accounts,
            organisations: organisations.map { Choice(value: $0.id, label: $0.name, selected: $0.id == form.organisation) },
            roles: [StaffRole.secretariat, .leader, .officer, .admin].map {
                Choice(value: $0.rawValue, label: words.word("role_" + $0.rawValue, language), selected: form.roles?.contains($0.rawValue) == true)
            },
            form: form,
            handover: handover,
            errorSummary: ErrorSummary.of(issues)
        )
        return try pages.page("web/staff/accounts", titleKey: "accounts_title", request: request, context: context, content: content, status: status)
    }
}
