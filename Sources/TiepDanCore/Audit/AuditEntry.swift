import Foundation

/// One append-only record of a change: who did what to which thing, with the states before and after.
public struct AuditEntry: Codable, Sendable, Equatable {
    /// When the change happened.
    public var at: Date
    /// The staff user id, `citizen`, or `system` for jobs.
    public var actor: String
    /// The kind of thing changed, e.g. `question`, `booking`, `user`.
    public var entityKind: String
    /// The identifier of the thing within its kind.
    public var entityID: String
    /// A verb such as `create`, `login`, `cancel`.
    public var action: String
    /// JSON of the state before the change, when there was one.
    public var before: String?
    /// JSON of the state after the change, when there is one.
    public var after: String?

    /// Creates an audit entry.
    public init(
        at: Date,
        actor: String,
        entityKind: String,
        entityID: String,
        action: String,
        before: String? = nil,
        after: String? = nil
    ) {
        self.at = at
        self.actor = actor
        self.entityKind = entityKind
        self.entityID = entityID
        self.action = action
        self.before = before
        self.after = after
    }
}
