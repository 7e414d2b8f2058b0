extension String {
    /// Nil for the empty string: an absent value stays absent instead of rendering as an empty one.
    public var nilIfEmpty: String? { isEmpty ? nil : self }
}
