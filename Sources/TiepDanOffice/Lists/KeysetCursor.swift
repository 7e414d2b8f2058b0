/// A page's cursor as lists hand it out: the last row's sort key and its id, `KEY:ID` (`2026-12-21:PR-2026-000001`,
/// `1764576000:SC-2026-000001`). The id breaks ties, so rows sharing a key are neither skipped nor repeated.
enum KeysetCursor {
    /// The cursor of a row sorted by `key`, with `id`.
    static func text(key: String, id: String) -> String { "\(key):\(id)" }

    /// The key (read by `key`) and id of `text`; a cursor not made by `text(key:id:)` is refused naming the `cursor`
    /// field. With `bareKeyAllowed`, a key alone (links from before the id was added) reads with an empty id.
    static func parse<Key>(_ text: String, bareKeyAllowed: Bool = false, key: (String) -> Key?) throws -> (Key, String) {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard let first = parts.first, let parsed = key(first), parts.count == 2 || bareKeyAllowed else {
            throw OfficeError.invalid(field: "cursor", "use next_cursor from the previous page")
        }
        return (parsed, parts.count == 2 ? parts[1] : "")
    }
}
