import Hummingbird
import Logging
public import ServiceLifecycle
import TiepDanOffice
import TiepDanStore

/// Builds the whole tiepdan application; the server and the tests call the same function.
/// `background` services (the notification worker) run beside the server and stop with it.
public func buildApplication(
    _ services: AppServices, configuration: ApplicationConfiguration = .init(), background: [any Service] = [], logger: Logger
) throws -> some ApplicationProtocol {
    Application(router: try buildRouter(services), configuration: configuration, services: background, logger: logger)
}

/// The router with every middleware and controller.
public func buildRouter(_ services: AppServices) throws -> Router<AppRequestContext> {
    let pages = PageRenderer(templates: services.templates, localization: services.localization)
    let sessions = StaffSessionRepository(store: services.store)
    let router = Router(context: AppRequestContext.self, options: .autoGenerateHeadEndpoints)
    router.add(middleware: RequestLogMiddleware())
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: ProblemMiddleware(pages: pages))
    router.add(middleware: StaffAuthMiddleware(sessions: sessions))
    router.add(middleware: CSRFMiddleware())

    let operations = HealthController.operations + OpenAPIController.operations + AuthController.operations
        + AuditController.operations + HomePageController.operations + StaffPagesController.operations
        + ScheduleController.operations + CalendarFeedController.operations + OrganisationPageController.operations
        + SessionAdminController.operations + BookingController.operations + VisitController.operations + BookingPagesController.operations
        + SessionDayPagesController.operations + QuestionController.operations + QuestionStaffController.operations
        + QuestionPagesController.operations + QuestionStaffPagesController.operations
        + CommitmentController.operations + CommitmentPagesController.operations
        + CommitmentStaffPagesController.operations + ComplianceController.operations
        + RundownController.operations + BroadcastController.operations + ProgrammePagesController.operations + MinutesPagesController.operations + BulletinPagesController.operations + MinutesController.operations + BulletinController.operations
        + DocumentPagesController.operations
    HealthController(probe: HealthProbe(store: services.store)).addRoutes(to: router)
    OpenAPIController(document: try OpenAPIDocument.json(operations)).addRoutes(to: router)
    AuthController(login: services.login, sessions: sessions).addRoutes(to: router)
    AuditController(store: services.store).addRoutes(to: router)
    let schedules = ScheduleRepository(store: services.store)
    HomePageController(pages: pages, schedules: schedules).addRoutes(to: router)
    let bookings = BookingRepository(store: services.store)
    let commitments = CommitmentRepository(store: services.store)
    ScheduleController(schedules: schedules, bookings: bookings).addRoutes(to: router)
    SessionAdminController(schedules: schedules, bookings: bookings, notices: services.notices).addRoutes(to: router)
    let bookingDesk = BookingDesk(bookings: bookings, closesBefore: services.bookingClosesBefore, notices: services.notices)
    BookingController(desk: bookingDesk, schedules: schedules, publicWrites: services.publicWrites).addRoutes(to: router)
    let visits = VisitDesk(bookings: bookings)
    VisitController(desk: visits, schedules: schedules).addRoutes(to: router)
    let questions = QuestionRepository(store: services.store)
    let desk = QuestionDesk(
        questions: questions, schedules: schedules, holidays: services.holidays, deadlines: services.deadlines, seal: services.seal)
    QuestionStaffController(desk: desk).addRoutes(to: router)
    QuestionStaffPagesController(pages: pages, desk: desk).addRoutes(to: router)
    let commitmentDesk = CommitmentDesk(commitments: commitments, schedules: schedules, questions: questions, holidays: services.holidays)
    CommitmentController(desk: commitmentDesk).addRoutes(to: router)
    CommitmentPagesController(pages: pages, desk: commitmentDesk, schedules: schedules).addRoutes(to: router)
    let broadcastDesk = BroadcastDesk(schedules: schedules, questions: questions, broadcasts: BroadcastRepository(store: services.store),
                                      holidays: services.holidays, deadlines: services.deadlines)
    RundownController(pages: pages, desk: broadcastDesk).addRoutes(to: router)
    BroadcastController(desk: broadcastDesk).addRoutes(to: router)
    ComplianceController(pages: pages, schedules: schedules, minimums: services.minimums).addRoutes(to: router)
    CommitmentStaffPagesController(pages: pages, desk: commitmentDesk, schedules: schedules).addRoutes(to: router)
    let intake = QuestionIntake(schedules: schedules, holidays: services.holidays, deadlines: services.deadlines, seal: services.seal)
    QuestionController(questions: questions, schedules: schedules, publicWrites: services.publicWrites, intake: intake).addRoutes(to: router)
    QuestionPagesController(pages: pages, intake: intake, questions: questions, schedules: schedules,
                            publicWrites: services.publicWrites).addRoutes(to: router)
    CalendarFeedController(schedules: schedules).addRoutes(to: router)
    OrganisationPageController(pages: pages, schedules: schedules, closesBefore: services.bookingClosesBefore).addRoutes(to: router)
    SessionDayPagesController(pages: pages, visits: visits, schedules: schedules, commitments: commitments).addRoutes(to: router)
    BookingPagesController(pages: pages, desk: bookingDesk, schedules: schedules, publicWrites: services.publicWrites).addRoutes(to: router)
    let minutes = MinutesDesk(
        minutes: MinutesRepository(store: services.store), schedules: schedules, bookings: bookings, questions: questions,
        commitments: commitments, templates: services.templates, broadcast: broadcastDesk.aired)
    MinutesController(desk: minutes, printer: services.printer).addRoutes(to: router)
    MinutesPagesController(pages: pages, desk: minutes).addRoutes(to: router)
    let bulletins = BulletinDesk(bulletins: BulletinRepository(store: services.store), schedules: schedules, questions: questions)
    BulletinController(pages: pages, desk: bulletins, printer: services.printer).addRoutes(to: router)
    BulletinPagesController(pages: pages, desk: bulletins).addRoutes(to: router)
    ProgrammePagesController(
        pages: pages, desk: broadcastDesk, minutes: minutes, bulletins: bulletins,
        script: try String(contentsOfFile: services.templates.directory + "/web/assets/console.js", encoding: .utf8)
    ).addRoutes(to: router)
    DocumentPagesController(pages: pages, bookings: bookings, schedules: schedules, printer: services.printer).addRoutes(to: router)
    StaffPagesController(pages: pages, login: services.login, sessions: sessions, schedules: schedules, secureCookies: services.secureCookies)
        .addRoutes(to: router)
    let coverage = RouteCoverage.mismatches(served: router.routes.map { ($0.method.rawValue, $0.path.description) }, described: operations)
    guard coverage.undescribed.isEmpty, coverage.unserved.isEmpty else {
        throw RouteCoverageError(undescribed: coverage.undescribed, unserved: coverage.unserved)
    }
    return router
}
