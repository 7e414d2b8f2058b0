/// Why an RRULE cannot be used, in words for the person who wrote it.
public struct RecurrenceRuleError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The message.
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
