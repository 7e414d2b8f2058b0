/// A published answer offered to a citizen whose question looks like it: what the list of suggestions shows, kept in
/// memory with the organisation's other answers (`PublicAnswerProfiles`).
public struct SuggestedAnswer: Sendable, Equatable {
    /// The question's reference, the link to its answer.
    public let reference: String
    /// Its subject as stored; masked for the public unless `showUnmasked`.
    public let subject: String
    /// Whether the office chose to show it unmasked.
    public let showUnmasked: Bool
    /// The phrases the office redacted from it, oldest first.
    public let redactions: [String]
}
