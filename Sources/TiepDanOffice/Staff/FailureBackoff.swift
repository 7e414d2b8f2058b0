import TiepDanCore

/// Growing delays after wrong passwords, per (user name, client address): five are free (typing slips), the fifth
/// then costs a second, each later one doubles it up to fifteen minutes, and a success forgets them. The pair is slowed, not the name: the
/// right password from another address still signs in, so nobody can lock an official out by guessing.
public actor FailureBackoff {
    private struct Failures {
        var count: Int
        var last: ContinuousClock.Instant
    }

    /// How many pairs are remembered at most; past it the oldest are forgotten.
    public static let maximumKeys = 50_000
    /// Wrong passwords that cost nothing.
    static let free = 5
    /// The longest delay.
    public static let longest: Duration = .seconds(15 * 60)

    private let clock: @Sendable () -> ContinuousClock.Instant
    private var failures: [String: Failures] = [:]

    /// A backoff on `clock` (tests hold it still).
    public init(clock: @escaping @Sendable () -> ContinuousClock.Instant = { .now }) {
        self.clock = clock
    }

    /// The whole seconds the pair must wait before its next attempt, or nil when it may try now.
    public func retryAfter(_ key: String) -> Int? {
        guard let entry = failures[key], entry.count >= Self.free else { return nil }
        let delay = min(Self.longest.seconds, Double(1 << min(entry.count - Self.free, 20)))
        let left = delay - (clock() - entry.last).seconds
        return left > 0 ? max(1, Int(left.rounded(.up))) : nil
    }

    /// Counts a wrong password for the pair.
    public func fail(_ key: String) {
        if failures.count >= Self.maximumKeys, failures[key] == nil {
            let kept = failures.sorted { $0.value.last > $1.value.last }.prefix(Self.maximumKeys / 2)
            failures = Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.value) })
        }
        failures[key, default: Failures(count: 0, last: clock())].count += 1
        failures[key]?.last = clock()
    }

    /// Forgets the pair's failures after a successful sign-in.
    public func succeed(_ key: String) {
        failures[key] = nil
    }

    /// How many pairs are remembered now.
    public var count: Int { failures.count }
}
