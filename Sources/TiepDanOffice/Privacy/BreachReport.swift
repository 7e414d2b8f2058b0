/// A breach as an administrator reports it: the JSON body of `POST /api/v1/breaches`.
public struct BreachReport: Decodable, Sendable {
    public let organisationId: String
    /// When it was discovered (RFC 3339): the 72-hour clock starts there.
    public let discoveredAt: String
    public let description: String
    /// The kinds of personal data concerned (names, phones, ID numbers, denouncers' identities…).
    public let dataKinds: String
    public let peopleAffected: Int
    public let consequences: String?
    public let measures: String?

    /// Creates a report.
    public init(
        organisationId: String,
        discoveredAt: String,
        description: String,
        dataKinds: String,
        peopleAffected: Int,
        consequences: String?,
        measures: String?
    ) {
        self.organisationId = organisationId
        self.discoveredAt = discoveredAt
        self.description = description
        self.dataKinds = dataKinds
        self.peopleAffected = peopleAffected
        self.consequences = consequences
        self.measures = measures
    }
}
