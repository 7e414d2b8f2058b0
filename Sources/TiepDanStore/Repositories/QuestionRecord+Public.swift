import TiepDanCore

extension QuestionRecord {
    /// Whether its answer may ever be shown to the public (`PublicVisibility`).
    public var mayBePublic: Bool { PublicVisibility.allows(category, consent: publishConsent) }
}
