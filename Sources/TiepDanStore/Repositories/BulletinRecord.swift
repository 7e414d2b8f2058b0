import Foundation
public import TiepDanCore

/// A published bulletin: the document as it was published, never changed since.
public struct BulletinRecord: Sendable, Equatable {
    /// `BT-2026-000004`.
    public var id: String
    /// The publishing organisation.
    public var organisationID: String
    /// The title.
    public var title: String
    /// The session or programme it reports on, if any.
    public var sessionID: String?
    /// The bulletin it corrects, if any.
    public var replaces: String?
    /// When, and by whom, it was published.
    public var publishedAt: Date
    /// The staff user who published it.
    public var publishedBy: String
    /// The document as published.
    public var document: BulletinDocument
    /// The bulletin that corrects this one, if any.
    public var correctedBy: BulletinLink?
}
