import Foundation

/// A breach as an administrator records it, checked by the caller.
public struct NewBreach: Sendable {
    public var organisationID: String
    public var discoveredAt: Date
    public var description: String
    public var dataKinds: String
    public var peopleAffected: Int
    public var consequences: String?
    public var measures: String?
    public var recordedBy: String

    /// Creates the record.
    public init(
        organisationID: String,
        discoveredAt: Date,
        description: String,
        dataKinds: String,
        peopleAffected: Int,
        consequences: String?,
        measures: String?,
        recordedBy: String
    ) {
        self.organisationID = organisationID
        self.discoveredAt = discoveredAt
        self.description = description
        self.dataKinds = dataKinds
        self.peopleAffected = peopleAffected
        self.consequences = consequences
        self.measures = measures
        self.recordedBy = recordedBy
    }
}
