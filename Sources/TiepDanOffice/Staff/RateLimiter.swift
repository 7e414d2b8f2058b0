import TiepDanCore

/// Token buckets per key (a client address): `capacity` requests, refilled over `window`.
///
/// Limits are per process; with several instances each keeps its own, which still bounds
/// guessing to a small multiple. Memory stays bounded whatever the traffic: at `maximumKeys` the
/// buckets that have refilled are forgotten, then the least recently used.
public actor RateLimiter {
    private struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    private let capacity: Double
    private let refillPerSecond: Double
    private let clock: @Sendable () -> ContinuousClock.Instant
    private var buckets: [String: Bucket] = [:]
    /// How many keys are remembered at most.
    public static let maximumKeys = 50_000

    /// A limiter allowing `capacity` requests per `window` for each key; `clock` tells the time (tests hold it still).
    public init(capacity: Int, window: Duration, clock: @escaping @Sendable () -> ContinuousClock.Instant = { .now }) {
        self.capacity = Double(capacity)
        self.refillPerSecond = Double(capacity) / window.seconds
        self.clock = clock
    }

    /// Takes one request's worth for `key`: nil when allowed, else the whole seconds to wait.
    public func consume(_ key: String) -> Int? {
        let now = clock()
        var bucket = refilled(key, now: now)
        guard bucket.tokens >= 1 else {
            buckets[key] = bucket
            return wait(for: bucket)
        }
        bucket.tokens -= 1
        buckets[key] = bucket
        return nil
    }

    private func refilled(_ key: String, now: ContinuousClock.Instant) -> Bucket {
        if buckets.count >= Self.maximumKeys { forgetFullBuckets(now: now) }
        guard var bucket = buckets[key] else { return Bucket(tokens: capacity, updated: now) }
        let elapsed = (now - bucket.updated).seconds
        bucket.tokens = min(capacity, bucket.tokens + elapsed * refillPerSecond)
        bucket.updated = now
        return bucket
    }

    private func wait(for bucket: Bucket) -> Int {
        max(1, Int(((1 - bucket.tokens) / refillPerSecond).rounded(.up)))
    }

    /// Keeps memory bounded under a flood of distinct addresses.
    private func forgetFullBuckets(now: ContinuousClock.Instant) {
        buckets = buckets.filter { _, bucket in
            bucket.tokens + (now - bucket.updated).seconds * refillPerSecond < capacity
        }
        // A flood of fresh addresses leaves nothing refilled: keep the most recently used half.
        if buckets.count >= Self.maximumKeys {
            let kept = buckets.sorted { $0.value.updated > $1.value.updated }.prefix(Self.maximumKeys / 2)
            buckets = Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.value) })
        }
    }

    /// How many keys are remembered now.
    public var count: Int { buckets.count }
}
