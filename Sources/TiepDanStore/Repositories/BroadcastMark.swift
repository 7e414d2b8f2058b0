import Foundation

/// What the live console recorded for one question of a programme.
public struct BroadcastMark: Sendable, Equatable {
    /// How the question fared on air.
    public enum State: String, Sendable, CaseIterable {
        /// Answered on air.
        case answered
        /// Put off: it gets a written answer.
        case deferred
        /// Not reached or left out: it gets a written answer.
        case skipped
    }

    /// The question.
    public var reference: String
    /// Its state.
    public var state: State
    /// The answer as given on air, in the clerk's summary; empty unless answered.
    public var answer: String
    /// When it was marked.
    public var at: Date
}
