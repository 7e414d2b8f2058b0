public import TiepDanCore

/// The organisations an account may be granted, with their departments' local ids, as the schedules define them:
/// what `AccountDesk` checks a grant against.
public struct OrganisationDirectory: Sendable {
    /// Department local ids (`dia-chinh`) by organisation id.
    public let departments: [String: Set<String>]

    /// A directory of these organisations' department local ids.
    public init(departments: [String: Set<String>]) {
        self.departments = departments
    }

    /// A directory of the organisations of `schedules`.
    public init(schedules: [OrganisationSchedule]) {
        departments = Dictionary(
            schedules.map { ($0.organisation.id, Set($0.departments.map(\.id))) },
            uniquingKeysWith: { $0.union($1) }
        )
    }

    /// The department's global id (`ORG.DEPT`) from either form, or nil when `organisationID` has no such department.
    public func department(_ text: String, in organisationID: String) -> String? {
        let local = text.hasPrefix(organisationID + ".") ? String(text.dropFirst(organisationID.count + 1)) : text
        return departments[organisationID]?.contains(local) == true ? organisationID + "." + local : nil
    }
}
