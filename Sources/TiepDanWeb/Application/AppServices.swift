import Foundation
public import Prometheus
public import TiepDanCore
public import TiepDanOffice
public import TiepDanPublish
public import TiepDanStore

/// Everything the routes share, built once at start.
public struct AppServices: Sendable {
    /// The database.
    public let store: any Store
    /// The page and document templates.
    public let templates: TemplateSet
    /// The words of the pages.
    public let localization: Localization
    /// Password hashing.
    public let hasher: PasswordHasher
    /// Whether cookies carry `Secure` (behind HTTPS).
    public let secureCookies: Bool
    /// How long before a session bookings close.
    public let bookingClosesBefore: TimeInterval
    /// The service's address as citizens reach it (`--public-url`), without a trailing slash: every link in notices,
    /// feeds and documents starts with it, never with a request's Host header.
    public let publicURL: String
    /// Writes the notices citizens get when their booking or question changes.
    public let notices: any NoticeComposer
    /// The days off, for deadlines in working days.
    public let holidays: HolidayCalendar
    /// The deadline of each category of question.
    public let deadlines: DeadlineRules
    /// Seals denouncers' identities.
    public let seal: IdentitySeal
    /// The satisfaction survey's forms by version, oldest first (`templates/surveys/*.yaml`).
    public let surveyForms: [SurveyForm]
    /// How the periodic report counts its days (`schedules/legal/reporting.yaml`).
    public let reporting: ReportingRule
    /// The legal minimum of reception days per role.
    public let minimums: [ReceptionMinimum]
    /// How long each kind of record keeps its personal data (`schedules/legal/retention.yaml`).
    public let retention: [RetentionRule]
    /// The office's clock: what today is for the compliance report and the session day; tests hold it still.
    public let now: @Sendable () -> Date
    /// Prints documents to PDF; nil where no Chromium is installed.
    public let printer: ChromiumPrinter?
    /// Public writes (bookings) per client address.
    let publicWrites: RateLimiter
    /// Public PDFs per client address: each one that misses the cache starts a Chromium.
    let publicPDFs: RateLimiter
    /// Lookups of a lost link per client address: each is a guess at a reference and a phone number.
    let lookups: RateLimiter
    let signIn: SignInDesk
    /// The reverse proxies whose forwarding headers name the client.
    let trustedProxies: AddressRanges
    /// Where `/metrics` is read from, and who may read it.
    let metrics: PrometheusCollectorRegistry
    let metricsFrom: AddressRanges

    /// Assembles the services; `loginAttemptsPerMinute` bounds sign-in attempts per client address;
    /// `limitsClock` is the rate limits' clock, which tests hold still so a slow machine does not refill them.
    public init(
        store: any Store,
        templates: TemplateSet,
        localization: Localization,
        hasher: PasswordHasher = PasswordHasher(),
        secureCookies: Bool = false,
        loginAttemptsPerMinute: Int = 10,
        bookingClosesBefore: TimeInterval = 3600,
        publicWritesPerMinute: Int = 10,
        notices: (any NoticeComposer)? = nil,
        publicURL: String = "http://localhost:8080",
        holidays: HolidayCalendar,
        deadlines: DeadlineRules = .standard,
        seal: IdentitySeal,
        surveyForms: [SurveyForm] = [],
        reporting: ReportingRule = .calendar,
        minimums: [ReceptionMinimum] = [],
        retention: [RetentionRule] = [],
        printer: ChromiumPrinter? = ChromiumPrinter.find(),
        limitsClock: @escaping @Sendable () -> ContinuousClock.Instant = { .now },
        trustedProxies: AddressRanges = .none,
        metrics: PrometheusCollectorRegistry = PrometheusCollectorRegistry(),
        metricsFrom: AddressRanges = .loopback,
        now: @escaping @Sendable () -> Date = Date.init
    ) async throws {
        self.now = now
        self.trustedProxies = trustedProxies
        self.metrics = metrics
        self.metricsFrom = metricsFrom
        self.printer = printer
        self.minimums = minimums
        self.retention = retention
        self.publicURL = publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL
        self.notices = notices ?? NoticeWriter(templates: templates, publicURL: publicURL) { MessageOptOut.proof(of: $0, seal: seal) }
        self.holidays = holidays
        self.deadlines = deadlines
        self.seal = seal
        self.surveyForms = surveyForms
        self.reporting = reporting
        self.bookingClosesBefore = bookingClosesBefore
        self.publicWrites = RateLimiter(capacity: publicWritesPerMinute, window: .seconds(60), clock: limitsClock)
        self.publicPDFs = RateLimiter(capacity: 10, window: .seconds(60), clock: limitsClock)
        self.lookups = RateLimiter(capacity: 5, window: .seconds(60), clock: limitsClock)
        self.store = store
        self.templates = templates
        self.localization = localization
        self.hasher = hasher
        self.secureCookies = secureCookies
        self.signIn = SignInDesk(
            users: UserRepository(store: store),
            sessions: StaffSessionRepository(store: store),
            hasher: hasher,
            attemptsPerAddress: RateLimiter(capacity: loginAttemptsPerMinute, window: .seconds(60), clock: limitsClock),
            failures: FailureBackoff(clock: limitsClock),
            sessionLifetime: 12 * 3600,
            seal: seal
        )
    }

    /// Loads templates and words from a `templates/` directory; fails on a file that does not
    /// parse and on every problem `check` finds, so a broken set never starts serving.
    public static func loadTemplates(from directory: String) async throws -> (TemplateSet, Localization) {
        let templates = try await TemplateSet(directory: directory)
        let localization = try Localization(directory: directory + "/web/i18n")
        let problems = check(directory, localization: localization)
        guard problems.isEmpty else { throw TemplateCheckError(problems: problems) }
        return (templates, localization)
    }

    /// Every problem of the templates in `directory`: unclosed tags and sections, missing
    /// partials, variables the document and page view models do not have, words missing from the dictionary, and
    /// the survey's forms (`surveys/*.yaml`), of which there must be one.
    public static func check(_ directory: String, localization: Localization) -> [TemplateProblem] {
        let samples = DocumentSamples.byTemplate.merging(PageSamples.byTemplate(words: localization.words(.vi))) { document, _ in document }
            .merging(NoticeSamples.byTemplate) { known, _ in known }
        let surveys = SurveyForm.load(directory: directory + "/surveys")
        var problems = surveys.problems.filter { $0.severity == .error }.map {
            TemplateProblem(file: $0.file, line: $0.line, message: $0.message)
        }
        if surveys.forms.isEmpty && problems.isEmpty {
            problems.append(TemplateProblem(file: directory + "/surveys", line: 0, message: "no survey form (*.yaml): citizens could not be asked"))
        }
        return TemplateLinter(directory: directory, samples: samples, words: localization.keys).problems() + problems
    }
}
