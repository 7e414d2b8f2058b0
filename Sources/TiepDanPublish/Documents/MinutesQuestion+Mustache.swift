public import Mustache
public import TiepDanCore

/// A bulletin repeats this row thousands of times; looking its fields up directly instead of
/// through reflection makes a 10,000-answer bulletin render in about half the time. The names
/// are the properties' own, which a test checks.
extension MinutesQuestion: MustacheParent {
    /// The field named `name`, as reflection would find it.
    public func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "reference": reference
        case "topic": topic
        case "question": question
        case "answer": answer
        case "due": due
        default: nil
        }
    }
}
