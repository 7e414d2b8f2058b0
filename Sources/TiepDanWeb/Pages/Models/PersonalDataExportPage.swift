/// The printable copy of everything held about a person, for the citizen who asked to see it.
struct PersonalDataExportPage: PageContent {
    /// One thing held: its reference, what it is, and its fields as label and value.
    struct Item: Sendable {
        let reference: String
        let heading: String
        let fields: [Field]
    }
    /// One field.
    struct Field: Sendable {
        let label, value: String
    }
    let request: String
    let generated: String
    let items: [Item]
}
