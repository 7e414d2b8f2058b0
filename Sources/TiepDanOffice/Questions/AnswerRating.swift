/// A citizen's rating of a published answer: 1 to 5, with an optional comment.
public struct AnswerRating: Decodable, Sendable {
    public let score: Int
    public let comment: String?

    /// Creates a rating.
    public init(score: Int, comment: String?) {
        self.score = score
        self.comment = comment
    }
}
