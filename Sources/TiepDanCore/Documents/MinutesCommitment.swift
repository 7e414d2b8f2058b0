/// A commitment a leader made, with its owner and deadline, as documents list it.
public struct MinutesCommitment: Sendable, Codable, Equatable {
    /// Running number in the document.
    public var number: Int
    /// What was promised.
    public var text: String
    /// Who must do it.
    public var owner: String
    /// The deadline, "dd/MM/yyyy".
    public var due: String

    /// Creates a commitment line.
    public init(number: Int, text: String, owner: String, due: String) {
        self.number = number
        self.text = text
        self.owner = owner
        self.due = due
    }
}
