import Foundation
import Hummingbird
import TiepDanCore
import TiepDanOffice
import TiepDanStore

/// `/staff`: the login form, the dashboard once signed in, and logout, for browsers.
struct StaffPagesController {
    let pages: PageRenderer
    let signIn: SignInDesk
    let sessions: SessionDesk
    let workload: WorkloadDesk
    let cookies: CookiePolicy

    struct LoginForm: Decodable {
        let username: String?
        let password: String?
        /// The authenticator app's code or a recovery code, for an account with a second factor.
        let code: String?
    }

    var endpoints: [Endpoint] {
        [
            Endpoint(
                .get,
                "/staff",
                summary: "Staff login form, or the dashboard when signed in",
                tag: "pages",
                produces: "text/html"
            ) { request, context -> Response in
                guard let staff = context.staff else { return try loginPage(request, context) }
                if staff.setupPending { return Response(status: .seeOther, headers: [.location: "/staff/account"]) }
                return try pages.page(
                    "web/staff/dashboard",
                    titleKey: "dashboard_title",
                    request: request,
                    context: context,
                    content: try await dashboard(request, staff: staff)
                )
            },
            Endpoint(
                .post,
                "/staff/login",
                summary: "Login form post (with _csrf)",
                tag: "pages",
                responses: [
                    303: "signed in", 401: "wrong user name or password", 403: "missing CSRF token",
                    429: "too many attempts",
                ],
                produces: "text/html"
            ) { request, context -> Response in
                let form = try await request.decodeForm(LoginForm.self, context: context)
                let username = form.username ?? ""
                let password = form.password ?? ""
                var missing: [Problem.FieldError] = []
                if username.isEmpty { missing.append(.init(field: "username", message: "login_missing_username")) }
                if password.isEmpty { missing.append(.init(field: "password", message: "login_missing_password")) }
                guard missing.isEmpty else {
                    return try loginPage(request, context, errors: missing, username: username, status: .unprocessableContent)
                }
                do {
                    let success = try await signIn.signIn(
                        username: username,
                        password: password,
                        code: form.code,
                        clientAddress: context.clientAddress
                    )
                    var response = Response(status: .seeOther, headers: [.location: "/staff"])
                    response.setCookie(cookies.cookie(StaffAuthMiddleware.cookieName, value: success.token, maxAge: 12 * 3600))
                    return response
                } catch let error as any ProblemConvertible where error.problem.status == .unauthorized || error.problem.status == .tooManyRequests {
                    let problem = error.problem
                    let wanted = problem.slug == "totp-required"
                    let key = wanted ? "login_code_needed" : problem.status == .unauthorized ? "login_failed" : "login_rate_limited"
                    return try loginPage(
                        request,
                        context,
                        errors: [.init(field: wanted ? "code" : "password", message: key)],
                        username: username,
                        status: problem.status,
                        headers: problem.headers
                    )
                }
            },
            Endpoint(
                .post,
                "/staff/logout",
                summary: "Logout form post (with _csrf)",
                tag: "pages",
                responses: [303: "signed out"],
                produces: "text/html"
            ) { request, context -> Response in
                if let staff = context.staff, let token = StaffAuthMiddleware.sessionToken(request) {
                    try await signIn.signOut(token: token, staff: staff)
                }
                var response = Response(status: .seeOther, headers: [.location: "/"])
                response.setCookie(cookies.cookie(StaffAuthMiddleware.cookieName, value: "", maxAge: 0))
                return response
            },
        ]
    }

    /// Today's and the coming week's reception sessions, each linking to its day list; and the
    /// radio programmes and dialogues of the past two weeks and the coming six, each linking to
    /// its programme page (the past ones still need closing, minutes and a bulletin).
    private func dashboard(_ request: Request, staff: StaffUser) async throws -> DashboardPage {
        let chosen = request.uri.queryParameters.get("organisation")?.nilIfEmpty
        let agenda = try await sessions.agenda(for: staff, organisation: chosen)
        // A switcher for an account of several organisations (a system administrator reaches them all: none).
        let mine = staff.readableOrganisations ?? []
        let switcher =
            mine.count > 1
            ? try await sessions.schedules.organisations(ids: mine).values.sorted { $0.id < $1.id }
                .map { Choice(value: $0.id, label: $0.name, selected: $0.id == chosen) } : []
        let (zone, today, names) = (agenda.zone, agenda.today, agenda.organisationNames)
        let language = Language.of(request)
        func item(_ session: ScheduledSession) -> DashboardPage.Item {
            DashboardPage.Item(
                id: session.id,
                title: session.title,
                organisation: names[session.organisationID] ?? session.organisationID,
                link: session.kind == .reception ? "/staff/sessions/\(session.id)" : "/staff/programmes/\(session.id)",
                when: pages.when(session.startsAt, session.endsAt, zone: zone, language),
                status: pages.localization.word("status_\(session.status.rawValue)", language),
                isToday: ScheduleExpander.localDay(of: session.startsAt, in: zone) == today
            )
        }
        let receptions = agenda.receptions.map(item)
        let programmes = agenda.programmes.map(item)
        return DashboardPage(
            sessions: receptions,
            programmes: programmes,
            organisations: switcher,
            todayCount: (receptions + programmes).filter(\.isToday).count,
            workload: try await workload.workload(for: staff, organisationID: chosen),
            seesQuestions: staff.hasAnyRole([.secretariat, .leader, .officer]),
            seesApprovals: staff.hasAnyRole([.secretariat, .leader])
        )
    }

    /// The login form, with a GOV.UK-style error summary naming each wrong field.
    private func loginPage(
        _ request: Request,
        _ context: AppRequestContext,
        errors: [Problem.FieldError] = [],
        username: String = "",
        status: HTTPResponse.Status = .ok,
        headers: HTTPFields = [:]
    ) throws -> Response {
        let (token, cookie) = CSRFMiddleware.anonymousToken(request, cookies: cookies)
        let language = Language.of(request)
        let messages = errors.map { FieldIssue(field: $0.field, message: pages.localization.word($0.message, language)) }
        let content = LoginPage(
            username: username,
            errorSummary: ErrorSummary.of(messages),
            usernameError: messages.first { $0.field == "username" }?.message,
            passwordError: messages.first { $0.field == "password" }?.message,
            codeError: messages.first { $0.field == "code" }?.message
        )
        var response = try pages.page(
            "web/staff/login",
            titleKey: "login_title",
            request: request,
            context: context,
            content: content,
            csrfToken: token,
            status: status,
            headers: headers
        )
        if let cookie { response.setCookie(cookie) }
        return response
    }
}
