import Foundation

/// A personal data breach as recorded in the register.
public struct BreachRecord: Sendable, Equatable {
    /// `SC-2026-000001`.
    public var id: String
    public var organisationID: String
    public var discoveredAt: Date
    public var description: String
    public var dataKinds: String
    public var peopleAffected: Int
    public var consequences: String?
    public var measures: String?
    public var recordedBy: String
    public var recordedAt: Date
    /// When the authority was told, and its reference; nil until then.
    public var reportedAt: Date?
    public var reportReference: String?
}
