/// Everything one schedule file says about one organisation.
public struct OrganisationSchedule: Sendable {
    /// The file it came from.
    public var file: String
    /// The organisation.
    public var organisation: Organisation
    /// Its places.
    public var places: [Place]
    /// Its departments.
    public var departments: [Department]
    /// Its leaders.
    public var leaders: [Leader]
    /// Its recurring reception sessions and radio programmes.
    public var rules: [RecurringSession]
    /// One-off cancellations and moves.
    public var exceptions: [ScheduleException]
    /// Roles whose holders here must sign in with a second factor (`organisation.second_factor_for`): the
    /// organisation's choice for the roles that see personal data.
    public var secondFactorRoles: Set<StaffRole> = []
    /// The hours when no citizen here is reminded (`organisation.quiet_hours`); nil leaves the service's default.
    public var quietHours: QuietHours?
    /// Line of `organisation.parent`, for a parent found missing later.
    var parentLine = 0
    /// Line of each leader's entry, for warnings about them.
    var leaderLines: [String: Int] = [:]

    /// Creates a value.
    public init(
        file: String,
        organisation: Organisation,
        places: [Place],
        departments: [Department],
        leaders: [Leader],
        rules: [RecurringSession],
        exceptions: [ScheduleException]
    ) {
        self.file = file
        self.organisation = organisation
        self.places = places
        self.departments = departments
        self.leaders = leaders
        self.rules = rules
        self.exceptions = exceptions
    }
}
