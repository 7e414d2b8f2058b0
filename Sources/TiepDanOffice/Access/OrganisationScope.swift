public import TiepDanCore

/// Every staff read and action is checked against the organisations of the account's grants, here and only here:
/// what the account may not know of is not found (404); what it may read but not change is forbidden (403).
public enum OrganisationScope {
    /// Passes when `staff` holds one of `roles` in `organisationID`; else not found when the account may not even
    /// read there, forbidden when it may (its oversight, or other roles).
    public static func require(_ roles: Set<StaffRole>, in organisationID: String, staff: StaffUser, what: String) throws {
        try requireRead(organisationID, staff: staff, what: what)
        guard staff.hasAnyRole(roles, in: organisationID) else {
            let names = roles.sorted().map(\.rawValue).joined(separator: " or ")
            throw OfficeError.forbidden("this needs the role \(names) in \(organisationID)")
        }
    }

    /// Passes when `staff` may read `organisationID`'s objects; else not found, naming `what` was looked for.
    public static func requireRead(_ organisationID: String, staff: StaffUser, what: String) throws {
        guard staff.canRead(organisationID) else { throw OfficeError.notFound("no \(what)") }
    }
}
