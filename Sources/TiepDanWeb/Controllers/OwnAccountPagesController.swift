import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanPublish

/// `/staff/account`: every user's own account, in the browser: change the password, enrol (QR code drawn here) or
/// remove an authenticator app, end other sessions. The only page open while the account must change its password
/// or enrol an app; the decisions are the `SignInDesk`'s.
struct OwnAccountPagesController {
    let pages: PageRenderer
    let signIn: SignInDesk

    struct PasswordForm: Decodable {
        let currentPassword: String?
        let newPassword: String?
        let confirmPassword: String?

        enum CodingKeys: String, CodingKey {
            case currentPassword = "current_password"
            case newPassword = "new_password"
            case confirmPassword = "confirm_password"
        }
    }

    struct CodeForm: Decodable {
        let code: String?
    }

    struct RemovalForm: Decodable {
        let password: String?
    }

    /// What a post found wrong, to show beside its field.
    private struct Issues {
        var passwordFields: [String] = []
        var code: String?
        var removal: String?
    }

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/staff/account",
                summary: "One's own account: password, second factor, other sessions",
                tag: "pages",
                roles: Set(StaffRole.allCases),
                redirectsToLogin: true,
                opensDuringAccountSetup: true,
                produces: "text/html"
            ) { request, context in
                try await page(request, context)
            },
            Endpoint(
                .get,
                "/staff/password",
                summary: "The account page, where the password is changed (an older address)",
                tag: "pages",
                roles: Set(StaffRole.allCases),
                redirectsToLogin: true,
                opensDuringAccountSetup: true,
                responses: [303: "to the account page"],
                produces: "text/html"
            ) { _, _ in
                Response(status: .seeOther, headers: [.location: "/staff/account"])
            },
            Endpoint(
                .post,
                "/staff/password",
                summary: "Change one's own password (form post with _csrf)",
                tag: "pages",
                roles: Set(StaffRole.allCases),
                redirectsToLogin: true,
                opensDuringAccountSetup: true,
                responses: [303: "changed: to the dashboard", 422: "the form naming what is wrong"],
                produces: "text/html"
            ) { request, context -> Response in
                let form = try await request.decodeForm(PasswordForm.self, context: context)
                let new = form.newPassword ?? ""
                do {
                    guard new == (form.confirmPassword ?? "") else {
                        throw OfficeError.invalid(field: "confirm_password", "the two new passwords differ")
                    }
                    try await signIn.changePassword(
                        staff: context.staff!,
                        current: form.currentPassword ?? "",
                        new: new,
                        keepingToken: StaffAuthMiddleware.sessionToken(request)
                    )
                } catch let error as any ProblemConvertible where error.problem.status == .unprocessableContent {
                    let issues = Issues(passwordFields: error.problem.errors.map(\.field))
                    return try await page(request, context, issues: issues, status: .unprocessableContent)
                }
                return Response(status: .seeOther, headers: [.location: "/staff"])
            },
            Endpoint(
                .post,
                "/staff/account/totp",
                summary: "Start enrolling an authenticator app (form post): the page then shows its QR code",
                tag: "pages",
                roles: Set(StaffRole.allCases),
                redirectsToLogin: true,
                opensDuringAccountSetup: true,
                responses: [303: "to the account page, showing the code to scan"],
                produces: "text/html"
            ) { _, context -> Response in
                _ = try await signIn.beginSecondFactor(staff: context.staff!)
                return Response(status: .seeOther, headers: [.location: "/staff/account#second-factor"])
            },
            Endpoint(
                .post,
                "/staff/account/totp/confirm",
                summary: "Confirm the app with its code (form post); the recovery codes are shown once",
                tag: "pages",
                roles: Set(StaffRole.allCases),
                redirectsToLogin: true,
                opensDuringAccountSetup: true,
                responses: [200: "the recovery codes", 422: "not the app's current code"],
                produces: "text/html"
            ) { request, context -> Response in
                let form = try await request.decodeForm(CodeForm.self, context: context)
                do {
                    let codes = try await signIn.confirmSecondFactor(staff: context.staff!, code: form.code ?? "")
                    var staff = context.staff!
                    staff.hasSecondFactor = true
                    return try await page(request, context, staff: staff, recoveryCodes: codes)
                } catch let error as any ProblemConvertible where [.unprocessableContent, .conflict].contains(error.problem.status) {
                    let key = error.problem.status == .conflict ? "second_factor_error_not_started" : "second_factor_error_code"
                    let issues = Issues(code: pages.localization.word(key, Language.of(request)))
                    return try await page(request, context, issues: issues, status: error.problem.status)
                }
            },
            Endpoint(
                .post,
                "/staff/account/totp/remove",
                summary: "Remove the authenticator app (form post; the password confirms it)",
                tag: "pages",
                roles: Set(StaffRole.allCases),
                redirectsToLogin: true,
                responses: [303: "removed: to the account page", 409: "an organisation requires it", 422: "wrong password"],
                produces: "text/html"
            ) { request, context -> Response in
                let form = try await request.decodeForm(RemovalForm.self, context: context)
                do {
                    try await signIn.removeSecondFactor(staff: context.staff!, password: form.password ?? "")
                } catch let error as any ProblemConvertible where [.unprocessableContent, .conflict].contains(error.problem.status) {
                    let key = error.problem.status == .conflict ? "second_factor_required_hint" : "second_factor_error_password"
                    let issues = Issues(removal: pages.localization.word(key, Language.of(request)))
                    return try await page(request, context, issues: issues, status: error.problem.status)
                }
                return Response(status: .seeOther, headers: [.location: "/staff/account#second-factor"])
            },
            Endpoint(
                .post,
                "/staff/logout-others",
                summary: "End every other session of the signed-in account (form post)",
                tag: "pages",
                roles: Set(StaffRole.allCases),
                redirectsToLogin: true,
                opensDuringAccountSetup: true,
                responses: [303: "back to the account page"],
                produces: "text/html"
            ) { request, context -> Response in
                try await signIn.signOutOthers(staff: context.staff!, keepingToken: StaffAuthMiddleware.sessionToken(request))
                return Response(status: .seeOther, headers: [.location: "/staff/account"])
            },
        ]
    }

    /// The account page; `issues` are what a post found wrong, each named in the summary and beside its input.
    private func page(
        _ request: Request,
        _ context: AppRequestContext,
        staff: StaffUser? = nil,
        issues: Issues = Issues(),
        recoveryCodes: [String] = [],
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let staff = staff ?? context.staff!
        let language = Language.of(request)
        func message(_ field: String) -> String? {
            issues.passwordFields.contains(field) ? pages.localization.word("password_error_" + field, language) : nil
        }
        var summary = ["current_password", "new_password", "confirm_password"].compactMap { field in
            message(field).map { FieldIssue(field: field, message: $0) }
        }
        if let code = issues.code { summary.append(FieldIssue(field: "code", message: code)) }
        if let removal = issues.removal { summary.append(FieldIssue(field: "remove_password", message: removal)) }
        let enrolment = recoveryCodes.isEmpty ? try await signIn.pendingSecondFactor(staff: staff) : nil
        let content = OwnAccountPage(
            name: staff.displayName,
            username: staff.username,
            isForced: staff.mustChangePassword,
            mustEnrol: staff.mustEnrolSecondFactor && recoveryCodes.isEmpty,
            errorSummary: ErrorSummary.of(summary),
            currentError: message("current_password"),
            newError: message("new_password"),
            confirmError: message("confirm_password"),
            secondFactorOn: staff.hasSecondFactor,
            secondFactorRequired: staff.secondFactorRequired,
            enrolment: enrolment.map { pending in
                OwnAccountPage.Enrolment(
                    qrCode: QRCode(text: pending.uri)?.svg(label: pages.localization.word("second_factor_qr_label", language)) ?? "",
                    secret: Self.grouped(pending.secret),
                    uri: pending.uri,
                    codeError: issues.code
                )
            },
            recoveryCodes: recoveryCodes,
            hasRecoveryCodes: !recoveryCodes.isEmpty,
            removeError: issues.removal
        )
        return try pages.page("web/staff/account", titleKey: "account_title", request: request, context: context, content: content, status: status)
    }

    /// The secret in groups of four letters, as authenticator apps' manual entry shows it.
    static func grouped(_ secret: String) -> String {
        stride(from: 0, to: secret.count, by: 4).map { start in
            let from = secret.index(secret.startIndex, offsetBy: start)
            return String(secret[from..<(secret.index(from, offsetBy: 4, limitedBy: secret.endIndex) ?? secret.endIndex)])
        }.joined(separator: " ")
    }
}
