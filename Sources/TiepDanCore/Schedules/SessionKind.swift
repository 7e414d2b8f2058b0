/// What kind of meeting with citizens a session is.
public enum SessionKind: String, Sendable, Codable, CaseIterable {
    /// Periodic or ad-hoc reception (tiếp công dân).
    case reception
    /// Radio dialogue programme (đối thoại qua sóng phát thanh).
    case radio
    /// Dialogue conference with residents (hội nghị đối thoại).
    case dialogue
}
