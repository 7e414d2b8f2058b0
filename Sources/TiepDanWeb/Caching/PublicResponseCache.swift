import Foundation
import Hummingbird
import Synchronization
import TiepDanStore

/// Public answers (pages, feeds, public JSON) kept after rendering, keyed by path, query and language, and served
/// again while the version of the organisation they show has not moved: every write bumps it in its own transaction
/// (``CacheVersionRepository``), and each request reads it, so a change shows on the very next request, on this
/// instance or another. What the clock alone changes (the next sessions, a commitment falling overdue) is rebuilt
/// after `lifetime`. Signed-in staff, and answers that set a cookie or are private, pass by. On SQLite, where every
/// write of the service passes through this process, a scope's version read less than `recheck` ago is trusted while
/// no transaction has committed since; a write by another process (`tiepdan schedules sync`, `retention run`) shows
/// within `recheck`.
final class PublicResponseCache: Sendable {
    private let versions: CacheVersionRepository
    private let lifetime: Duration
    /// The most bytes kept; past it the oldest entries go.
    private let budget: Int
    private let recheck: Duration
    private let state = Mutex<(entries: [String: CachedResponse], bytes: Int)>(([:], 0))
    /// Each scope's version as last read, with the count of local commits then and when.
    private let known = Mutex<[String: (version: Int64, commits: UInt64, at: ContinuousClock.Instant)]>([:])

    init(versions: CacheVersionRepository, lifetime: Duration = .seconds(60), recheck: Duration = .seconds(1), budget: Int = 32 << 20) {
        self.versions = versions
        self.lifetime = lifetime
        self.recheck = recheck
        self.budget = budget
    }

    /// The kept answer for `request` if its scope has not changed, else `produce`'s, kept when it may be.
    func respond(
        scope: CacheScope,
        _ request: Request,
        _ context: AppRequestContext,
        produce: () async throws -> Response
    ) async throws -> Response {
        guard context.staff == nil, request.method == .get || request.method == .head, let name = scope.name(request, context) else {
            return try await produce()
        }
        let key = "\(Language.of(request).rawValue) \(request.uri.path)?\(request.uri.query ?? "")"
        // Read before rendering: a write in between leaves the entry older than the version, never newer.
        let now = ContinuousClock.now
        let version = try await version(of: name, now: now)
        if let kept = state.withLock({ $0.entries[key] }), kept.version == version, now < kept.expires {
            return kept.response(to: request)
        }
        let response = try await produce()
        guard Self.mayKeep(response) else { return response }
        let entry = CachedResponse(
            version: version,
            expires: now + lifetime,
            headers: response.headers,
            body: try await CollectingBodyWriter.collect(response.body)
        )
        keep(entry, at: key)
        return entry.response(to: request)
    }

    /// The scope's version: as last read while nothing has committed locally since (and not long ago), else read now.
    private func version(of scope: String, now: ContinuousClock.Instant) async throws -> Int64 {
        guard let commits = versions.localCommits else { return try await versions.version(of: scope) }
        if let last = known.withLock({ $0[scope] }), last.commits == commits, now < last.at + recheck {
            return last.version
        }
        // The count is taken before the read: a commit in between makes the next request read again.
        let version = try await versions.version(of: scope)
        known.withLock { $0[scope] = (version, commits, now) }
        return version
    }

    /// Only a whole, successful, shared answer: not one that sets a cookie or is meant for one person.
    private static func mayKeep(_ response: Response) -> Bool {
        let control = response.headers[.cacheControl] ?? ""
        return response.status == .ok && response.headers[.setCookie] == nil && !control.contains("private")
            && !control.contains("no-store")
    }

    private func keep(_ entry: CachedResponse, at key: String) {
        state.withLock { state in
            if let old = state.entries.updateValue(entry, forKey: key) { state.bytes -= old.size }
            state.bytes += entry.size
            guard state.bytes > budget else { return }
            // Down to three quarters at once, oldest first, so that eviction is rare.
            for (key, old) in state.entries.sorted(by: { $0.value.expires < $1.value.expires }) where state.bytes > budget * 3 / 4 {
                state.entries[key] = nil
                state.bytes -= old.size
            }
        }
    }
}
