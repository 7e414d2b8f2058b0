import Foundation

/// One stored version of minutes or a conclusion notice.
public struct MinutesRecord: Sendable, Equatable {
    /// The document's id, the same for every version (`M-2026-000012`).
    public var id: String
    /// The version, from 1.
    public var version: Int
    /// The session it records.
    public var sessionID: String
    /// The issuing organisation.
    public var organisationID: String
    /// What kind of document.
    public var kind: MinutesKind
    /// Whether the version is locked.
    public var isFinal: Bool
    /// The official number, once the first version was finalised.
    public var number: Int?
    /// The conclusion the secretariat wrote.
    public var conclusion: String
    /// Other notes.
    public var notes: String
    /// The rendered document.
    public var html: String
    /// When this version was made, and by whom.
    public var createdAt: Date
    public var createdBy: String
    /// When it was finalised, and by whom.
    public var finalisedAt: Date?
    public var finalisedBy: String?
}
