/// The notice to the Ministry of Public Security of a personal data breach (Law on Personal Data Protection 2025;
/// Decree 356/2025/NĐ-CP): within 72 hours of its discovery, in the Decree 30/2020 layout.
public struct BreachNotice: Sendable, Codable, Equatable {
    public var heading: DocumentHeading
    /// The authority it goes to.
    public var addressee: String
    /// When the office discovered it, and the deadline to report it.
    public var discovered: String
    public var reportBy: String
    /// What happened.
    public var description: String
    /// The kinds of personal data concerned.
    public var dataKinds: String
    /// How many people, and which (citizens who booked, asked, denounced…).
    public var peopleAffected: String
    /// Its likely consequences, and what the office did and will do.
    public var consequences: String
    public var measures: String
    /// Who to contact at the office.
    public var contact: String
    public var signer: DocumentPerson

    /// A notice as drafted.
    public init(
        heading: DocumentHeading,
        addressee: String,
        discovered: String,
        reportBy: String,
        description: String,
        dataKinds: String,
        peopleAffected: String,
        consequences: String,
        measures: String,
        contact: String,
        signer: DocumentPerson
    ) {
        self.heading = heading
        self.addressee = addressee
        self.discovered = discovered
        self.reportBy = reportBy
        self.description = description
        self.dataKinds = dataKinds
        self.peopleAffected = peopleAffected
        self.consequences = consequences
        self.measures = measures
        self.contact = contact
        self.signer = signer
    }
}
