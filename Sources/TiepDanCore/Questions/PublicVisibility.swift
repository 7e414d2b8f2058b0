/// Whether the public may ever read a case and its answer, and whether it may be read on air: only with the asker's
/// consent to that use, and never for a category no consent can cover (`ConsentPurpose.applies(to:)`).
public enum PublicVisibility {
    /// The one rule, for bulletins, the public list and every page that offers answers to publish.
    public static func allows(_ category: CaseCategory, consent: Bool) -> Bool {
        consent && ConsentPurpose.publish.applies(to: category)
    }

    /// The one rule for the radio: a question the secretariat screened and took, whose asker agreed to hear it on air.
    /// An unscreened text, a refused or merged one, or one whose handling stopped never reaches the rundown.
    public static func mayAir(_ category: CaseCategory, status: QuestionStatus, consent: Bool) -> Bool {
        consent && ConsentPurpose.broadcast.applies(to: category) && Self.screened.contains(status)
    }

    /// The statuses of a question screened and taken for handling.
    static let screened: Set<QuestionStatus> = [.accepted, .assigned, .answered, .approved, .published]
}
