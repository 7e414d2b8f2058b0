public import Foundation
public import TiepDanCore
public import TiepDanStore

/// Keeps personal data no longer than `schedules/legal/retention.yaml` says: each kind of record past its period is
/// anonymised (notices deleted), in batches, keeping the rows that reports count. Shared by `tiepdan retention run`
/// and the job inside `serve`.
public struct RetentionDesk: Sendable {
    let rules: [RetentionRule]
    let records: RetentionRepository
    /// Records anonymised per transaction, so one round never holds the database for long.
    let batch: Int

    /// A desk applying `rules` to `store`.
    public init(rules: [RetentionRule], store: any Store, batch: Int = 200) {
        self.rules = rules
        self.records = RetentionRepository(store: store)
        self.batch = batch
    }

    /// The day before which a record of `rule`'s kind has passed its period, `now` (in Vietnam's calendar).
    public static func cutoff(_ rule: RetentionRule, now: Date) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = RFC3339.vietnam
        return calendar.date(byAdding: .month, value: -rule.months, to: now) ?? now
    }

    /// Anonymises (or with `dryRun`, only counts, up to `limit` each) what has passed its period at `now`; how many
    /// of each kind.
    public func run(now: Date, dryRun: Bool = false, limit: Int = 100_000) async throws -> [(kind: RetentionKind, count: Int)] {
        var counts: [(RetentionKind, Int)] = []
        for rule in rules {
            let cutoff = Self.cutoff(rule, now: now)
            var total = 0
            if dryRun {
                total = try await records.due(rule.kind, before: cutoff, limit: limit).count
            } else {
                while total < limit {
                    let due = try await records.due(rule.kind, before: cutoff, limit: batch)
                    if due.isEmpty { break }
                    total += try await records.apply(rule.kind, due, now: now)
                    if due.count < batch { break }
                }
            }
            counts.append((rule.kind, total))
        }
        return counts
    }
}
