/// A staff member's role, which decides the routes and data they may reach.
public enum StaffRole: String, Codable, Sendable, CaseIterable, Comparable {
    /// Runs the installation: users, audit trail, configuration.
    case admin
    /// Văn phòng / Ban tiếp công dân: schedule, bookings, questions, minutes, bulletins.
    case secretariat
    /// Người đứng đầu: receives citizens, answers on air, approves answers.
    case leader
    /// Cán bộ cơ quan chuyên môn: drafts answers for their department.
    case officer

    /// Roles in a stable order, so lists of roles print the same way every time.
    public static func < (lhs: StaffRole, rhs: StaffRole) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
