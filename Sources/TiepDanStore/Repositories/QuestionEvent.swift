import Foundation
public import TiepDanCore

/// One step in a question's history, as the citizen and staff see it.
public struct QuestionEvent: Sendable, Equatable {
    public var at: Date
    /// `citizen`, `system` or a staff user's id.
    public var actor: String
    /// `submitted`, an action's name, `merged_from`, `extended`, `supported`, `rated`.
    public var action: String
    /// The status after the step.
    public var status: QuestionStatus
    /// The reason or note told with it.
    public var note: String?
}
