import Foundation

/// A one-off change to a rule's session on one candidate day.
public struct ScheduleException: Sendable, Equatable {
    /// What is done.
    public enum Action: Sendable, Equatable {
        /// Not held.
        case cancel
        /// Held at another time instead.
        case move(to: Date)
    }

    /// The rule whose session changes.
    public var ruleID: String
    /// The candidate day affected.
    public var date: CivilDate
    /// Cancel or move.
    public var action: Action
    /// Why, as published.
    public var reason: String
    /// Where it is written.
    public var line: Int
    /// Its column.
    public var column: Int
}
