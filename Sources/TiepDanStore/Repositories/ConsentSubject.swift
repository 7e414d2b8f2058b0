/// What a consent is attached to: a question or a booking, by its reference.
public enum ConsentSubject: Sendable, Hashable {
    case question(String)
    case booking(String)

    /// As the consents table keys it: `question:Q-2026-000001`.
    var key: String {
        switch self {
        case .question(let reference): return "question:" + reference
        case .booking(let reference): return "booking:" + reference
        }
    }
}
