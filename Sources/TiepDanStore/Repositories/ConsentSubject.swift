/// What a consent is attached to: a question or a booking, by its reference.
public enum ConsentSubject: Sendable, Hashable {
    case question(String)
    case booking(String)

    /// As the consents and privacy requests key it: `question:Q-2026-000001`.
    public var key: String {
        switch self {
        case .question(let reference): return "question:" + reference
        case .booking(let reference): return "booking:" + reference
        }
    }

    /// The subject a key names; nil for anything else.
    public init?(key: String) {
        let parts = key.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[1].isEmpty else { return nil }
        switch parts[0] {
        case "question": self = .question(parts[1])
        case "booking": self = .booking(parts[1])
        default: return nil
        }
    }

    /// The reference of the booking or question.
    public var reference: String {
        switch self {
        case .question(let reference), .booking(let reference): return reference
        }
    }
}
