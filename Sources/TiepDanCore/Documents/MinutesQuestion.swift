/// A question in minutes or a bulletin: what was asked (masked for the public) and the answer.
public struct MinutesQuestion: Sendable, Codable, Equatable {
    /// Running number in the document.
    public var number: Int
    /// Tracking code.
    public var reference: String
    /// The department or topic it belongs to.
    public var topic: String
    /// The question (masked where the document is public).
    public var question: String
    /// The answer given, empty when none yet.
    public var answer: String
    /// The answer's due date ("05/12/2026") for questions left for a written answer, else empty.
    public var due: String

    /// Creates a question line.
    public init(number: Int, reference: String, topic: String, question: String, answer: String, due: String = "") {
        self.number = number
        self.reference = reference
        self.topic = topic
        self.question = question
        self.answer = answer
        self.due = due
    }
}
