/// E-mail addresses as citizens type them.
public enum EmailAddress {
    /// Whether `text` can be one plain address: an @, at most 200 characters, and nothing that
    /// could split it into two addresses or smuggle a header (spaces, line breaks, `<>,;"`).
    public static func isPlausible(_ text: String) -> Bool {
        text.contains("@") && text.count <= 200 && !text.contains(where: { $0.isWhitespace || $0.isNewline || "<>,;\"".contains($0) })
    }
}
