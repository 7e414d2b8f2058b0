import ArgumentParser
import Foundation
import Hummingbird
import Logging
import Metrics
import Prometheus
import ServiceLifecycle
import TiepDanCore
import TiepDanNotify
import TiepDanOffice
import TiepDanStore
import TiepDanWeb

/// `tiepdan serve`: runs the service until SIGTERM or SIGINT, then finishes in-flight requests,
/// closes the database and exits 0.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run the tiepdan web service.")

    @Option(help: "Address to listen on; 0.0.0.0 to accept other machines.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port = 8080

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Directory of schedule YAML files.")
    var schedules = "schedules"

    @Option(help: "Directory of Mustache templates (web/ and documents/).")
    var templates = "templates"

    @Flag(
        inversion: .prefixedNo,
        help:
            "Cookies Secure with the __Host- prefix, for a service reached over HTTPS. Default: on, unless --host is a loopback address (a developer's machine)."
    )
    var secureCookies: Bool?

    /// Secure cookies unless told otherwise or serving only this machine.
    var cookiesAreSecure: Bool {
        secureCookies ?? !["127.0.0.1", "::1", "localhost"].contains(host)
    }

    @Option(
        help:
            "A reverse proxy whose X-Forwarded-For / Forwarded headers name the client (CIDR or address); repeat for several. TIEPDAN_TRUSTED_PROXIES (comma-separated) adds to them."
    )
    var trustedProxy: [String] = []

    /// The trusted proxies of the flags and of `TIEPDAN_TRUSTED_PROXIES`.
    func trustedProxies() throws -> AddressRanges {
        let environment = ProcessInfo.processInfo.environment["TIEPDAN_TRUSTED_PROXIES"].map { [$0] } ?? []
        return try AddressRanges(parsing: trustedProxy + environment)
    }

    @Option(help: "Minutes before a session that bookings close.")
    var bookingClosesMinutes = 60

    @Option(help: "Public writes (bookings) allowed per client address per minute.")
    var publicWritesPerMinute = Int(ProcessInfo.processInfo.environment["TIEPDAN_PUBLIC_WRITES_PER_MINUTE"] ?? "") ?? 10

    @Option(
        help: """
            SMTP relay for e-mail notices (or TIEPDAN_SMTP): smtp://[user:password@]host[:port]?from=address uses STARTTLS \
            when offered, smtps:// TLS from the start; the certificate is verified (ca_file=PEM to trust others), and a \
            password never crosses a clear connection unless allow_plain_auth=1. Without it notices go to the log.
            """
    )
    var smtp: String?

    /// The relay named by `--smtp`, else by `TIEPDAN_SMTP`.
    var smtpURL: String? { smtp ?? ProcessInfo.processInfo.environment["TIEPDAN_SMTP"] }

    @OptionGroup var key: SecretKeyOptions

    @Option(
        help:
            "File the first start writes the first administrator's one-time password to (readable only by this user); it must be changed at the first sign-in."
    )
    var adminPasswordFile = "data/admin-password"

    @Option(help: "Working days before a commitment's deadline that its owner is reminded (and again on the first overdue day).")
    var commitmentReminderDays = 3

    @Option(help: "Remind citizens with a booking this many working days before the session (0: not).")
    var reminderWorkingDays = 1

    @Option(help: "Remind citizens with a booking this many hours before the session, never in the quiet hours 21:00–07:00 (0: not).")
    var reminderHours = 2

    @Option(
        help:
            "Tell the department (or the secretariat) this many working days before a question's legal deadline, and once it has passed (0: only then)."
    )
    var questionDueWorkingDays = 2

    @Option(help: "Seconds between rounds of the notification worker.")
    var notifyEverySeconds = 5

    @Option(
        help: """
            The address citizens reach the service at, such as https://tiepdan.tayninh.gov.vn (or TIEPDAN_PUBLIC_URL): every \
            link in notices, feeds and documents starts with it. By default http://HOST:PORT of this server.
            """
    )
    var publicURL: String?

    /// The public address: `--public-url`, else `TIEPDAN_PUBLIC_URL`, else this server's own; refused unless http(s).
    func publicAddress() throws -> String {
        let given = publicURL ?? ProcessInfo.processInfo.environment["TIEPDAN_PUBLIC_URL"]
        guard let given else { return "http://\(host == "0.0.0.0" || host == "::" ? "localhost" : host):\(port)" }
        guard let url = URLComponents(string: given), ["http", "https"].contains(url.scheme ?? ""), url.host?.isEmpty == false,
            url.query == nil, url.fragment == nil
        else {
            throw ValidationError("--public-url must be an http:// or https:// address without query, such as https://tiepdan.tayninh.gov.vn")
        }
        return given.hasSuffix("/") ? String(given.dropLast()) : given
    }

    @Option(
        help: """
            Gateway for text messages (or TIEPDAN_SMS): stringee+https://KEY_SID:KEY_SECRET@api.stringee.com/v1/sms?from=BRANDNAME \
            (Stringee's brand-name SMS, signed), or webhook+https://name:SECRET@host/path (a JSON POST signed with HMAC-SHA256). \
            Without it text messages go to the log.
            """
    )
    var sms: String?

    @Option(
        help: """
            Zalo Official Account for ZNS notices (or TIEPDAN_ZALO): a YAML file with app_id, secret_key, the first \
            refresh_token and a template id per notice kind. A number not on Zalo, or a kind without a template, gets a text message.
            """
    )
    var zalo: String?

    /// The worker that delivers queued notices: e-mail through SMTP, text messages through the SMS gateway, each to the
    /// log when it is not configured.
    func notificationWorker(store: any Store, logger: Logger) async throws -> NotificationWorker {
        let log = LogSender(logger: logger)
        let email: any NotificationSender = try smtpURL.map { try SMTPSender(configuration: try SMTPConfiguration(url: $0)) } ?? log
        var texts: any NotificationSender =
            try (sms ?? ProcessInfo.processInfo.environment["TIEPDAN_SMS"]).map { SMSSender(gateway: try SMSGateway(url: $0)) } ?? log
        if let file = zalo ?? ProcessInfo.processInfo.environment["TIEPDAN_ZALO"] {
            let sender = ZaloSender(configuration: try ZaloConfiguration(file: file), tokens: ZaloTokenStore(store: store), fallback: texts)
            try await sender.prepare()
            texts = sender
        }
        return NotificationWorker(
            outbox: NotificationOutbox(store: store),
            email: email,
            sms: texts,
            // Staff notices name an account, not a phone: to the log until staff channels exist.
            staff: log,
            interval: .seconds(max(1, notifyEverySeconds)),
            logger: logger
        )
    }

    @Option(help: "Connections held open at once (default: the open-file limit less 128, at most 16,384).")
    var maxConnections: Int?

    @Option(help: "Connections held open at once from one client address (a trusted proxy has no limit of its own).")
    var maxConnectionsPerClient = 64

    @Option(name: .customLong("idle-timeout"), help: "Seconds a connection may wait without a complete request before it is closed.")
    var idleTimeoutSeconds = 30

    @Option(name: .customLong("body-timeout"), help: "Seconds a client has to send a request's whole body.")
    var bodyTimeoutSeconds = 30

    @Option(name: .customLong("shutdown-grace"), help: "Seconds SIGTERM waits for requests in flight before cancelling them.")
    var shutdownGraceSeconds = 20

    @Option(help: "Address or CIDR range allowed to read /metrics (repeatable; default this machine only).")
    var metricsFrom: [String] = []

    func run() async throws {
        try await CommandFailure.reporting {
            let logger = LogSetup.logger("tiepdan")
            // Before anything records a metric: swift-metrics binds each metric to the factory of its creation.
            let metrics = PrometheusCollectorRegistry()
            MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: metrics))
            let metricsFrom = metricsFrom.isEmpty ? AddressRanges.loopback : try AddressRanges(parsing: metricsFrom)
            // The templates are read and checked, and the first account's password hashed, while the schedule files are
            // synced: a province's first start is mostly the writer's work on one core, with the other free.
            async let templatesLoaded = AppServices.loadTemplates(from: templates)
            let location = try database.location()
            let store = try await StoreOpener.open(location, for: .serve, logger: logger)
            do {
                let hasher = PasswordHasher(cost: BcryptCost.configured)
                async let firstPassword = AdminBootstrap.ensureAdmin(store: store, hasher: hasher)
                let (problems, report) = try await ScheduleSynchronizer(store: store).run(directory: schedules)
                if let password = try await firstPassword {
                    try FirstAdminPassword.deliver(password, to: adminPasswordFile)
                    logger.notice(
                        "created the first staff account 'admin'; its one-time password is in the file, readable only by this user; sign in and change it, then delete the file",
                        metadata: ["file": "\(adminPasswordFile)"]
                    )
                }
                let (templateSet, localization) = try await templatesLoaded
                for problem in problems { logger.warning("\(problem)") }
                if let report {
                    logger.notice("schedules synced: \(report)")
                } else {
                    logger.error("schedule files have errors; serving the schedule already in the database")
                }
                let holidays = HolidayFiles.load(directory: schedules + "/holidays").calendar()
                let (deadlines, deadlineProblems) = DeadlineRules.load(directory: schedules)
                for problem in deadlineProblems { logger.warning("\(problem)") }
                let (seal, keyOutcome) = try await SealingKey.load(
                    environment: ProcessInfo.processInfo.environment,
                    file: key.file,
                    data: SealedData(store: store)
                )
                key.log(keyOutcome, fingerprint: seal.fingerprint, logger: logger)
                let services = try await AppServices(
                    store: store,
                    templates: templateSet,
                    localization: localization,
                    hasher: hasher,
                    secureCookies: cookiesAreSecure,
                    bookingClosesBefore: TimeInterval(bookingClosesMinutes * 60),
                    publicWritesPerMinute: publicWritesPerMinute,
                    publicURL: try publicAddress(),
                    holidays: holidays,
                    deadlines: deadlines,
                    seal: seal,
                    surveyForms: SurveyForm.load(directory: templates + "/surveys").forms,
                    reporting: ReportingRule.load(directory: schedules).rule,
                    minimums: ReceptionMinimum.load(directory: schedules).minimums,
                    retention: RetentionRule.load(directory: schedules).rules,
                    trustedProxies: try trustedProxies(),
                    metrics: metrics,
                    metricsFrom: metricsFrom
                )
                let worker = try await notificationWorker(store: store, logger: logger)
                let reminders = CommitmentReminderJob(
                    commitments: CommitmentRepository(store: store),
                    calendar: holidays,
                    workingDaysBefore: max(0, commitmentReminderDays),
                    logger: logger
                )
                let retention = RetentionJob(
                    desk: RetentionDesk(rules: services.retention, store: store),
                    interval: .seconds(6 * 3600),
                    logger: logger
                )
                let limits = ConnectionLimits(
                    total: maxConnections ?? ConnectionLimits.totalWithinOpenFileLimit(),
                    perClient: max(1, maxConnectionsPerClient),
                    exempt: try trustedProxies()
                )
                let app = try buildApplication(
                    services,
                    configuration: .init(address: .hostname(host, port: port)),
                    background: [
                        worker, reminders, retention,
                        BookingReminderJob(
                            bookings: BookingRepository(store: store),
                            rule: ReminderRule(workingDays: max(0, reminderWorkingDays), hours: max(0, reminderHours)),
                            calendar: holidays,
                            composer: services.notices,
                            logger: logger
                        ),
                        QuestionDueJob(
                            questions: QuestionRepository(store: store),
                            workingDaysBefore: max(0, questionDueWorkingDays),
                            calendar: holidays,
                            composer: services.notices,
                            logger: logger
                        ),
                    ],
                    limits: limits,
                    idleTimeout: .seconds(max(1, idleTimeoutSeconds)),
                    bodyTimeout: .seconds(max(1, bodyTimeoutSeconds)),
                    logger: logger
                )
                logger.notice(
                    "tiepdan serving",
                    metadata: [
                        "url": "http://\(host):\(port)", "database": "\(location)", "connections": "\(limits.total), \(limits.perClient) per client",
                    ]
                )
                // SIGTERM lets the requests in flight finish, for at most the grace period; then they are cancelled.
                var group = ServiceGroupConfiguration(services: [app], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
                group.maximumGracefulShutdownDuration = .seconds(max(1, shutdownGraceSeconds))
                try await ServiceGroup(configuration: group).run()
                logger.info("requests finished; closing the database")
                try await store.close()
                logger.notice("tiepdan stopped; database closed")
            } catch {
                try? await store.close()
                throw error
            }
        }
    }
}
