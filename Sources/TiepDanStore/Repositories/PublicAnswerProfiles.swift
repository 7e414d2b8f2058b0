import Synchronization
import TiepDanCore

/// The published answers of each organisation that a citizen's suggestions are chosen from, kept in memory with their
/// similarity profiles: scoring all of a commune's answers costs microseconds, where reading the newest fifty that
/// share a word cost a reader most of a millisecond, nearly all of it pages read again (a reader's page cache is
/// dropped whenever the database changed, and it changes with every question received).
///
/// An organisation's answers are right while its version of published answers has not moved (migration 33: the
/// database bumps it in the transaction of every write that touches a published answer or its redactions, read with
/// one lookup by key, `QuestionRepository.publicAnswerStamp`); they are read again after `lifetime` besides, so that
/// nothing kept outlives a minute whatever wrote the database.
public final class PublicAnswerProfiles: Sendable {
    /// What tells that an organisation's published answers changed: their version (0 before the first).
    struct Stamp: Equatable, Sendable {
        let version: Int64
    }

    /// One organisation's answers: what a suggestion shows, by reference, and the profiles scored, newest first.
    struct Answers: Sendable {
        let shown: [String: SuggestedAnswer]
        let profiles: [(reference: String, profile: SimilarityProfile)]
    }

    private struct Entry {
        let stamp: Stamp
        let loaded: ContinuousClock.Instant
        var used: UInt64
        let answers: Answers
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var kept = 0
        var uses: UInt64 = 0
    }

    private let state = Mutex(State())
    private let lifetime: Duration

    /// The newest answers of one organisation kept at most.
    static let perOrganisation = 2_000
    /// Answers kept in all, a few hundred bytes each: the organisations used longest ago leave first.
    static let total = 20_000

    /// Profiles read again at the latest after `lifetime`.
    public init(lifetime: Duration = .seconds(60)) {
        self.lifetime = lifetime
    }

    /// The organisation's answers as kept, if they were kept with `stamp` less than `lifetime` ago.
    func answers(of organisationID: String, stamp: Stamp, now: ContinuousClock.Instant) -> Answers? {
        state.withLock { state in
            guard var entry = state.entries[organisationID], entry.stamp == stamp, now < entry.loaded + lifetime else { return nil }
            state.uses += 1
            entry.used = state.uses
            state.entries[organisationID] = entry
            return entry.answers
        }
    }

    /// Keeps the organisation's answers, read with `stamp`; past `total`, the organisations used longest ago leave until
    /// three quarters of it are kept.
    func keep(_ answers: Answers, of organisationID: String, stamp: Stamp, now: ContinuousClock.Instant) {
        state.withLock { state in
            state.uses += 1
            if let old = state.entries.updateValue(Entry(stamp: stamp, loaded: now, used: state.uses, answers: answers), forKey: organisationID) {
                state.kept -= old.answers.profiles.count
            }
            state.kept += answers.profiles.count
            guard state.kept > Self.total else { return }
            // Down to three quarters at once, used longest ago first: a province's organisations taking turns would
            // otherwise sort every entry on each one read again.
            for (organisation, entry) in state.entries.sorted(by: { $0.value.used < $1.value.used })
            where state.kept > Self.total * 3 / 4 && organisation != organisationID {
                state.entries[organisation] = nil
                state.kept -= entry.answers.profiles.count
            }
        }
    }
}
