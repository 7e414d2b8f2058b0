/// A question phoned in during a broadcast, without the caller's phone number.
public struct DialogueCallIn: Sendable, Codable, Equatable {
    /// Running number.
    public var number: Int
    /// The caller as they wished to be named ("Ông Ba, ấp 2"), or "Thính giả".
    public var caller: String
    /// What they asked.
    public var question: String
    /// What the panel answered, or that it will answer in writing.
    public var answer: String

    /// Creates a call-in line.
    public init(number: Int, caller: String, question: String, answer: String) {
        self.number = number
        self.caller = caller
        self.question = question
        self.answer = answer
    }
}
