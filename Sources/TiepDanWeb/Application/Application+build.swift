import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
public import ServiceLifecycle
import TiepDanOffice
import TiepDanStore

/// Builds the whole tiepdan application; the server and the tests call the same function.
/// `background` services (the notification worker) run beside the server and stop with it. A connection is closed
/// when it sits `idleTimeout` without a complete request, when its request body takes longer than `bodyTimeout`, or
/// when it would exceed `limits`.
public func buildApplication(
    _ services: AppServices,
    configuration: ApplicationConfiguration = .init(),
    background: [any Service] = [],
    limits: ConnectionLimits = ConnectionLimits(total: ConnectionLimits.totalWithinOpenFileLimit(), perClient: 64),
    idleTimeout: Duration = .seconds(30),
    bodyTimeout: Duration = .seconds(30),
    logger: Logger
) throws -> some ApplicationProtocol {
    Application(
        router: try buildRouter(services),
        server: .http1(
            configuration: .init(
                additionalChannelHandlers: [ConnectionGuardHandler(limits: limits, bodyTimeout: TimeAmount(bodyTimeout))],
                idleTimeout: TimeAmount(idleTimeout)
            )
        ),
        configuration: configuration,
        services: background,
        logger: logger
    )
}

/// The router with every middleware and controller.
public func buildRouter(_ services: AppServices) throws -> Router<AppRequestContext> {
    let cookies = CookiePolicy(secure: services.secureCookies)
    let pages = PageRenderer(templates: services.templates, localization: services.localization, cookies: cookies)
    let sessions = StaffSessionRepository(store: services.store)
    let router = Router(context: AppRequestContext.self, options: .autoGenerateHeadEndpoints)
    router.add(middleware: ClientAddressMiddleware(trusted: services.trustedProxies))
    router.add(middleware: MetricsMiddleware())
    router.add(middleware: RequestLogMiddleware())
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: ProblemMiddleware(pages: pages))
    router.add(middleware: StaffAuthMiddleware(sessions: sessions))
    router.add(middleware: CSRFMiddleware())

    var endpoints: [Endpoint] = []
    endpoints += HealthController(probe: HealthProbe(store: services.store)).endpoints
    endpoints +=
        MetricsController(registry: services.metrics, allowed: services.metricsFrom, outbox: NotificationOutbox(store: services.store)).endpoints
    endpoints += AuthController(signIn: services.signIn).endpoints
    endpoints += AuditController(desk: AuditDesk(store: services.store)).endpoints
    let schedules = ScheduleRepository(store: services.store)
    let bookings = BookingRepository(store: services.store)
    let commitments = CommitmentRepository(store: services.store, notices: services.notices)
    let sessionDesk = SessionDesk(schedules: schedules, bookings: bookings, notices: services.notices, now: services.now)
    endpoints += HomePageController(pages: pages, sessions: sessionDesk).endpoints
    endpoints += ScheduleController(desk: sessionDesk).endpoints
    endpoints += SessionAdminController(desk: sessionDesk).endpoints
    endpoints += AdHocSessionPagesController(pages: pages, desk: sessionDesk).endpoints
    let bookingDesk = BookingDesk(bookings: bookings, schedules: schedules, closesBefore: services.bookingClosesBefore, notices: services.notices)
    endpoints += BookingController(desk: bookingDesk, publicWrites: services.publicWrites).endpoints
    let visits = VisitDesk(bookings: bookings, schedules: schedules, seal: services.seal, now: services.now)
    endpoints += VisitController(desk: visits).endpoints
    let questions = QuestionRepository(store: services.store, notices: services.notices)
    let desk = QuestionDesk(
        questions: questions,
        schedules: schedules,
        holidays: services.holidays,
        deadlines: services.deadlines,
        seal: services.seal,
        now: services.now
    )
    endpoints += QuestionStaffController(desk: desk).endpoints
    endpoints += QuestionStaffPagesController(pages: pages, desk: desk, printer: services.printer).endpoints
    let commitmentDesk = CommitmentDesk(commitments: commitments, schedules: schedules, questions: questions, holidays: services.holidays)
    endpoints += CommitmentController(desk: commitmentDesk).endpoints
    endpoints += CommitmentPagesController(pages: pages, desk: commitmentDesk, schedules: schedules).endpoints
    let broadcastDesk = BroadcastDesk(
        schedules: schedules,
        questions: questions,
        broadcasts: BroadcastRepository(store: services.store),
        holidays: services.holidays,
        deadlines: services.deadlines
    )
    endpoints += RundownController(pages: pages, desk: broadcastDesk).endpoints
    endpoints += BroadcastController(desk: broadcastDesk).endpoints
    endpoints +=
        ComplianceController(
            pages: pages,
            desk: ComplianceDesk(schedules: schedules, minimums: services.minimums, now: services.now)
        ).endpoints
    endpoints += CommitmentStaffPagesController(pages: pages, desk: commitmentDesk, schedules: schedules).endpoints
    let intake = QuestionIntake(
        schedules: schedules,
        holidays: services.holidays,
        deadlines: services.deadlines,
        seal: services.seal,
        now: services.now
    )
    let citizenQuestions = CitizenQuestions(
        intake: intake,
        questions: questions,
        schedules: schedules,
        consents: ConsentRepository(store: services.store),
        clock: desk.clock,
        notices: services.notices,
        now: services.now
    )
    endpoints += QuestionController(desk: citizenQuestions, staffDesk: desk, publicWrites: services.publicWrites).endpoints
    let surveys = SurveyDesk(surveys: SurveyRepository(store: services.store), forms: services.surveyForms, seal: services.seal, now: services.now)
    endpoints += QuestionPagesController(pages: pages, desk: citizenQuestions, publicWrites: services.publicWrites, surveys: surveys).endpoints
    endpoints += CalendarFeedController(schedules: schedules).endpoints
    endpoints += OrganisationPageController(pages: pages, desk: sessionDesk, closesBefore: services.bookingClosesBefore).endpoints
    endpoints +=
        SessionDayPagesController(
            pages: pages,
            visits: visits,
            sessions: sessionDesk,
            schedules: schedules,
            commitments: commitments
        ).endpoints
    endpoints += BookingPagesController(pages: pages, desk: bookingDesk, publicWrites: services.publicWrites).endpoints
    let minutes = MinutesDesk(
        minutes: MinutesRepository(store: services.store),
        schedules: schedules,
        bookings: bookings,
        questions: questions,
        commitments: commitments,
        templates: services.templates,
        broadcast: broadcastDesk.aired
    )
    endpoints += MinutesController(desk: minutes, printer: services.printer).endpoints
    endpoints += MinutesPagesController(pages: pages, desk: minutes).endpoints
    let bulletins = BulletinDesk(
        bulletins: BulletinRepository(store: services.store, notices: services.notices),
        schedules: schedules,
        questions: questions
    )
    endpoints +=
        BulletinController(
            pages: pages,
            desk: bulletins,
            printer: services.printer,
            pdfRequests: services.publicPDFs,
            publicURL: services.publicURL
        ).endpoints
    endpoints += BulletinPagesController(pages: pages, desk: bulletins).endpoints
    endpoints += PublicListPagesController(pages: pages, sessions: sessionDesk, bulletins: bulletins, questions: citizenQuestions).endpoints
    let lookup = CitizenLookup(
        bookings: bookings,
        questions: questions,
        tokens: AccessTokens(store: services.store),
        seal: services.seal,
        now: services.now
    )
    endpoints += LookupPagesController(pages: pages, lookup: lookup, limiter: services.lookups).endpoints
    let satisfaction = SatisfactionDesk(
        surveys: SurveyRepository(store: services.store),
        schedules: schedules,
        forms: services.surveyForms,
        now: services.now
    )
    endpoints += SatisfactionController(pages: pages, desk: satisfaction, schedules: schedules).endpoints
    let reports = ReceptionReportDesk(store: services.store, rule: services.reporting, minimums: services.minimums)
    endpoints += ReceptionReportController(pages: pages, desk: reports, schedules: schedules, printer: services.printer).endpoints
    endpoints += SurveyPagesController(pages: pages, desk: surveys, publicWrites: services.publicWrites).endpoints
    endpoints +=
        OptOutPagesController(
            pages: pages,
            optOut: MessageOptOut(seal: services.seal, store: services.store, now: services.now),
            publicWrites: services.publicWrites
        ).endpoints
    endpoints += PrivacyPagesController(pages: pages, retention: services.retention).endpoints
    let privacy = PrivacyDesk(store: services.store, schedules: schedules, holidays: services.holidays, seal: services.seal, now: services.now)
    endpoints += PrivacyController(desk: privacy, publicWrites: services.publicWrites).endpoints
    endpoints += PrivacyStaffPagesController(pages: pages, desk: privacy).endpoints
    let breaches = BreachDesk(store: services.store, schedules: schedules, now: services.now)
    endpoints += BreachController(desk: breaches, pages: pages, printer: services.printer).endpoints
    endpoints += BreachPagesController(pages: pages, desk: breaches).endpoints
    endpoints += ProgrammePagesController(pages: pages, desk: broadcastDesk, minutes: minutes, bulletins: bulletins).endpoints
    endpoints +=
        ProgrammeConsolePagesController(
            pages: pages,
            desk: broadcastDesk,
            script: try String(contentsOfFile: services.templates.directory + "/web/assets/console.js", encoding: .utf8)
        ).endpoints
    endpoints +=
        DocumentPagesController(
            pages: pages,
            visits: visits,
            schedules: schedules,
            printer: services.printer,
            surveys: surveys,
            publicURL: services.publicURL
        ).endpoints
    endpoints +=
        StaffPagesController(
            pages: pages,
            signIn: services.signIn,
            sessions: sessionDesk,
            workload: WorkloadDesk(questions: desk, commitments: commitmentDesk, now: services.now),
            cookies: cookies
        )
        .endpoints
    endpoints += OwnAccountPagesController(pages: pages, signIn: services.signIn).endpoints
    endpoints +=
        AccountPagesController(
            pages: pages,
            desk: AccountDesk(users: UserRepository(store: services.store), hasher: services.hasher),
            schedules: schedules
        ).endpoints
    endpoints.append(try OpenAPIController.endpoint(describing: endpoints))
    router.add(endpoints, cache: PublicResponseCache(versions: CacheVersionRepository(store: services.store)))
    // A route added to the router directly, past the endpoints, would have no description.
    let coverage = RouteCoverage.mismatches(
        served: router.routes.map { ($0.method.rawValue, $0.path.description) },
        described: endpoints.map(\.operation)
    )
    guard coverage.undescribed.isEmpty, coverage.unserved.isEmpty else {
        throw RouteCoverageError(undescribed: coverage.undescribed, unserved: coverage.unserved)
    }
    return router
}
