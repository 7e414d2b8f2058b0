import Foundation
import Testing
import TiepDanOffice

/// The limits on sign-in: growing delays per (name, client) rather than a lock on the name, and memory bounded
/// whatever the traffic.
@Suite("Sign-in limits")
struct SignInLimitsTests {
    /// A clock the test moves.
    final class TestClock: @unchecked Sendable {
        private let lock = NSLock()
        private var instant = ContinuousClock.now

        var now: ContinuousClock.Instant { lock.withLock { instant } }

        func advance(_ seconds: Int) { lock.withLock { instant = instant.advanced(by: .seconds(seconds)) } }
    }

    @Test("five wrong passwords are free; then 1, 2, 4 … seconds for that pair only; a success forgets them")
    func backoff() async {
        let clock = TestClock()
        let backoff = FailureBackoff(clock: { clock.now })
        for _ in 0..<5 {
            #expect(await backoff.retryAfter("admin 203.0.113.9") == nil)
            await backoff.fail("admin 203.0.113.9")
        }
        #expect(await backoff.retryAfter("admin 203.0.113.9") == 1)
        #expect(await backoff.retryAfter("admin 198.51.100.7") == nil, "the right password from elsewhere is not slowed")
        clock.advance(1)
        #expect(await backoff.retryAfter("admin 203.0.113.9") == nil)
        await backoff.fail("admin 203.0.113.9")
        #expect(await backoff.retryAfter("admin 203.0.113.9") == 2)
        for _ in 0..<30 { await backoff.fail("admin 203.0.113.9") }
        #expect(await backoff.retryAfter("admin 203.0.113.9") == 15 * 60, "at most fifteen minutes")
        await backoff.succeed("admin 203.0.113.9")
        #expect(await backoff.retryAfter("admin 203.0.113.9") == nil)
    }

    @Test("a flood of distinct keys keeps at most the limit in memory")
    func bounded() async {
        let clock = TestClock()
        let limiter = RateLimiter(capacity: 10, window: .seconds(60), clock: { clock.now })
        let backoff = FailureBackoff(clock: { clock.now })
        for index in 0..<(RateLimiter.maximumKeys + 5_000) {
            _ = await limiter.consume("198.51.\(index / 256).\(index % 256)")
            await backoff.fail("user\(index) 198.51.100.7")
        }
        #expect(await limiter.count <= RateLimiter.maximumKeys)
        #expect(await backoff.count <= FailureBackoff.maximumKeys)
        #expect(await limiter.consume("198.51.100.1") == nil, "a new client is still served")
    }
}
