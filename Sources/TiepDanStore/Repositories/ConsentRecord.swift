import Foundation
public import TiepDanCore

/// One consent as it was given, and its withdrawal: what a citizen agreed to, under which wording, when and how.
public struct ConsentRecord: Sendable, Equatable {
    public var purpose: ConsentPurpose
    /// The version of the notice and consent wording shown (`PrivacyNotice.version`).
    public var textVersion: String
    /// How it was given: `web` for the citizen's own form or the API, else the intake channel a clerk recorded it on.
    public var channel: String
    public var givenAt: Date
    /// `citizen`, or the staff member who recorded a consent given in person or by phone.
    public var recordedBy: String
    public var withdrawnAt: Date?
    public var withdrawnChannel: String?

    /// Whether it is in force.
    public var inForce: Bool { withdrawnAt == nil }
}
