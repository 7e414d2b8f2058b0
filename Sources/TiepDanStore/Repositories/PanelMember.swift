import Foundation

/// A leader or department invited to a programme's panel.
public struct PanelMember: Sendable, Equatable {
    /// The leader's or department's global id.
    public var id: String
    /// `leader` or `department`.
    public var kind: String
    /// When the invitation was queued.
    public var invitedAt: Date
}
