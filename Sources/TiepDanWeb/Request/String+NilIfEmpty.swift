extension String {
    /// nil for an empty string, so optional form fields read as absent.
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
