/// Whether the public may ever read a case and its answer: only with the asker's consent, never a denunciation, whose
/// very existence can point to the denouncer (Law on Denunciations, art. 9), and never information about wrongdoing,
/// which names people no one has yet examined.
public enum PublicVisibility {
    /// The one rule, for bulletins, the public list and every page that offers answers to publish.
    public static func allows(_ category: CaseCategory, consent: Bool) -> Bool {
        consent && category != .denunciation && category != .information
    }
}
