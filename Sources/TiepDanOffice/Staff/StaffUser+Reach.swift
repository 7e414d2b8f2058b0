public import TiepDanCore

extension StaffUser {
    /// The account's reach in one line, for lists of accounts: `secretariat in xa-tan-thanh; system administrator`.
    public var reach: String {
        var parts = isSystemAdmin ? ["system administrator"] : []
        for grant in grants {
            let place = grant.organisationID == OrganisationGrant.everyOrganisation ? "every organisation" : grant.organisationID
            var text = grant.roles.sorted().map(\.rawValue).joined(separator: ", ") + " in " + place
            if let department = grant.departmentID { text += " (\(department))" }
            if grant.overseesChildren { text += ", overseeing its children" }
            parts.append(text)
        }
        return parts.joined(separator: "; ")
    }
}
