import TiepDanOffice

/// The error summary at the top of a page (GOV.UK pattern): each wrong field, linked to its input.
struct ErrorSummary: Sendable {
    let errors: [FieldIssue]

    /// The summary of `errors`, nil when there are none, so the page shows no summary at all.
    static func of(_ errors: [FieldIssue]) -> ErrorSummary? {
        errors.isEmpty ? nil : ErrorSummary(errors: errors)
    }
}
