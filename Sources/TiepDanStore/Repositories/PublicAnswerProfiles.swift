import Synchronization
public import TiepDanCore

/// The published answers of each organisation that a citizen's suggestions are chosen from, kept in memory as their
/// similarity profiles: scoring all of a commune's answers costs microseconds, where reading the newest fifty that
/// share a word cost a reader most of a millisecond, nearly all of it pages read again (a reader's page cache is
/// dropped whenever the database changed, and it changes with every question received).
///
/// An organisation's answers are read again when its count of published questions or its newest publication moved
/// (one read of the index on organisation, status and publication, `QuestionRepository.publicAnswerStamp`), or after
/// `lifetime`: an answer erased, sealed or withdrawn from the public meanwhile may stay among the profiles that long,
/// but each suggestion is checked against the question as stored before it is shown.
public final class PublicAnswerProfiles: Sendable {
    /// What tells that an organisation's published answers changed.
    struct Stamp: Equatable, Sendable {
        let count: Int
        let newest: Int64?
    }

    private struct Entry {
        let stamp: Stamp
        let loaded: ContinuousClock.Instant
        var used: UInt64
        let answers: [(reference: String, profile: SimilarityProfile)]
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
    func answers(of organisationID: String, stamp: Stamp, now: ContinuousClock.Instant) -> [(reference: String, profile: SimilarityProfile)]? {
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
    func keep(_ answers: [(reference: String, profile: SimilarityProfile)], of organisationID: String, stamp: Stamp, now: ContinuousClock.Instant) {
        state.withLock { state in
            state.uses += 1
            if let old = state.entries.updateValue(Entry(stamp: stamp, loaded: now, used: state.uses, answers: answers), forKey: organisationID) {
                state.kept -= old.answers.count
            }
            state.kept += answers.count
            guard state.kept > Self.total else { return }
            // Down to three quarters at once, used longest ago first: a province's organisations taking turns would
            // otherwise sort every entry on each one read again.
            for (organisation, entry) in state.entries.sorted(by: { $0.value.used < $1.value.used })
            where state.kept > Self.total * 3 / 4 && organisation != organisationID {
                state.entries[organisation] = nil
                state.kept -= entry.answers.count
            }
        }
    }
}
