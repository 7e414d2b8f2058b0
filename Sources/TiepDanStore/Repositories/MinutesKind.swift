/// The versioned documents drafted from a session.
public enum MinutesKind: String, Sendable, Codable, CaseIterable {
    /// Minutes of a reception session (biên bản tiếp công dân).
    case receptionMinutes = "reception_minutes"
    /// Minutes of a dialogue or radio programme (biên bản đối thoại).
    case dialogueMinutes = "dialogue_minutes"
    /// The conclusion notice after a session (thông báo kết luận).
    case conclusionNotice = "conclusion_notice"

    /// The code in the document number: "BB" for minutes, "TB" for notices.
    public var numberCode: String { self == .conclusionNotice ? "TB" : "BB" }
}
