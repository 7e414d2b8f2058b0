/// Who sent a question. For a denunciation only `sealed` is set: the identity encrypted by the
/// application with a key the database never holds.
public struct QuestionCitizen: Sendable, Equatable {
    public var name: String?
    public var phone: String?
    public var email: String?
    public var address: String?
    public var sealed: String?
    /// The identity paper and its number, for a sender who is not a denouncer (a denouncer's is in the seal).
    public var idType: String? = nil
    public var idNumber: String? = nil
}
