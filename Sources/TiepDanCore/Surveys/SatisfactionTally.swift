/// The figures of one question's points: how many answered, the mean, and the shares satisfied (4 and 5) and
/// dissatisfied (1 and 2). Under `minimumResponses` answers there are no mean and no shares, only the count: a
/// percentage of three people says nothing, and may point at one of them.
public struct SatisfactionTally: Sendable, Equatable, Codable {
    /// Five: fewer answers are shown as too few, never as a percentage.
    public static let minimumResponses = 5

    public var responses: Int
    public var mean: Double?
    /// Shares of the responses, 0 to 1.
    public var satisfied: Double?
    public var dissatisfied: Double?

    /// The tally of `points` (each 1 to 5).
    public init(_ points: [Int]) {
        responses = points.count
        guard points.count >= Self.minimumResponses else { return }
        let count = Double(points.count)
        mean = Double(points.reduce(0, +)) / count
        satisfied = Double(points.filter { $0 >= 4 }.count) / count
        dissatisfied = Double(points.filter { $0 <= 2 }.count) / count
    }

    /// Whether there are enough answers to show the mean and the shares.
    public var isEnough: Bool { mean != nil }
}
