/// Why minutes or a bulletin cannot be changed or published as asked.
public enum DocumentError: Error, Equatable {
    /// No such minutes, version or bulletin.
    case notFound
    /// The version is final, someone else changed it first, or the bulletin is already corrected; and why.
    case conflict(String)
    /// A field names something unacceptable (a question not approved, another organisation's); field and why.
    case invalid(field: String, String)
}
