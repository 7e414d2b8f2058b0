extension StaffUser {
    /// Whether the account holds, in some organisation, a role for which that organisation requires a second
    /// factor (`policies`: the roles each organisation names in `second_factor_for`). A grant of every
    /// organisation meets every policy; a system administrator meets those that name `admin`.
    public func requiresSecondFactor(policies: [String: Set<StaffRole>]) -> Bool {
        policies.contains { organisationID, roles in
            (isSystemAdmin && roles.contains(.admin))
                || grants.contains { $0.covers(organisationID) && !$0.roles.isDisjoint(with: roles) }
        }
    }

    /// Until an authenticator app is enrolled, only the account page opens: an organisation requires one.
    public var mustEnrolSecondFactor: Bool {
        secondFactorRequired && !hasSecondFactor
    }

    /// Whether the account must still finish setting itself up (a new password, a second factor) before anything
    /// but its own account page opens.
    public var setupPending: Bool {
        mustChangePassword || mustEnrolSecondFactor
    }
}
