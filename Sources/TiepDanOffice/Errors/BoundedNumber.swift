import Foundation

/// A whole number a request carries, with the bounds of its field: the one way a number from outside is read and
/// checked before any arithmetic, so an extreme value is refused naming its field, never an overflow or a crash.
/// The fields' bounds are named in `BoundedNumber+Fields`.
public struct BoundedNumber: Sendable {
    /// The field named in the problem, as the request spells it.
    public let field: String
    /// The values the field accepts.
    public let range: ClosedRange<Int>

    /// The bounds of `field`.
    public init(_ field: String, _ range: ClosedRange<Int>) {
        self.field = field
        self.range = range
    }

    /// The number written in `text` (ASCII digits, an optional sign), nil when absent or blank; refused when it is
    /// not a whole number within the bounds.
    public func parse(_ text: String?) throws -> Int? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard let value = Int(text) else { throw refusal }
        return try check(value)
    }

    /// `value` when it is within the bounds (nil stays nil).
    public func check(_ value: Int?) throws -> Int? {
        if let issue = issue(value) { throw OfficeError.invalid([issue]) }
        return value
    }

    /// What is wrong with `value`, for a check that gathers every wrong field before refusing; nil when nothing is.
    public func issue(_ value: Int?) -> FieldIssue? {
        guard let value, !range.contains(value) else { return nil }
        return FieldIssue(field: field, message: message)
    }

    private var refusal: OfficeError {
        .invalid(field: field, message)
    }

    private var message: String {
        "must be a whole number from \(range.lowerBound.formatted(.number.grouping(.never))) to \(range.upperBound.formatted(.number.grouping(.never)))"
    }
}
