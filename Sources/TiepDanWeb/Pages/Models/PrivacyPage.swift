/// The privacy notice: what the office does with citizens' data, why, for how long, and the citizen's rights.
struct PrivacyPage: PageContent {
    /// How long one kind of record keeps its personal data.
    struct Period: Sendable {
        let kind: String
        let months: Int
        let after: String
        let basis: String
    }
    /// The page is in Vietnamese (the notice's long text is written once per language in the template).
    let vietnamese: Bool
    /// `PrivacyNotice.version`, recorded with every consent.
    let version: String
    let periods: [Period]
}
