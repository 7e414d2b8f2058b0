public import TiepDanCore
public import TiepDanStore

extension ScheduleRepository {
    /// The organisations where `staff` holds one of `roles` (the ones its forms may offer to choose from), by id.
    public func organisations(of staff: StaffUser, holding roles: Set<StaffRole>) async throws -> [Organisation] {
        try await organisations(readableBy: staff).filter { staff.hasAnyRole(roles, in: $0.id) }
    }

    /// The organisations `staff` may read (granted there, or overseeing them), by id.
    public func organisations(readableBy staff: StaffUser) async throws -> [Organisation] {
        if let readable = staff.readableOrganisations {
            return try await organisations(ids: readable).values.sorted { $0.id < $1.id }
        }
        return try await allOrganisations()
    }
}
