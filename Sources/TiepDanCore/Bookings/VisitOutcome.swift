/// How a reception visit ended (Circular 04/2021, step 4), as the register (Form 03) records it.
public enum VisitOutcome: String, Sendable, Codable, CaseIterable {
    /// Accepted for handling (thụ lý).
    case accepted
    /// Returned with guidance to the competent body (hướng dẫn).
    case guided
    /// Transferred to the competent body (chuyển đơn).
    case transferred
    /// Reception refused, with the reason recorded (từ chối tiếp).
    case refused

    /// Whether staff must say more: the guidance given, where it went, or why it was refused.
    public var needsDetail: Bool { self != .accepted }
}

extension VisitOutcome {
    /// The wording of the register's handling column.
    public var registerLabel: String {
        switch self {
        case .accepted: return "Thụ lý giải quyết"
        case .guided: return "Hướng dẫn"
        case .transferred: return "Chuyển đơn"
        case .refused: return "Từ chối tiếp"
        }
    }
}
