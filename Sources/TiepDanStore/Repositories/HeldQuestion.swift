/// One of a person's questions as the office holds it: the case, and who sent it (clear, or sealed for a denouncer).
public struct HeldQuestion: Sendable, Equatable {
    public var record: QuestionRecord
    public var citizen: QuestionCitizen
}
