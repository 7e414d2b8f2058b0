import Foundation
import TiepDanCore
import TiepDanStore

/// Which sessions a reader of the public schedule asks for, as the query gives it; `SessionDesk` reads and checks it.
public struct SessionFilter: Sendable {
    public var from, to, organisationID, leaderID, kind, cursor: String?
    public var limit: Int

    /// A filter; every text as the reader wrote it.
    public init(
        from: String? = nil,
        to: String? = nil,
        organisationID: String? = nil,
        leaderID: String? = nil,
        kind: String? = nil,
        cursor: String? = nil,
        limit: Int
    ) {
        self.from = from
        self.to = to
        self.organisationID = organisationID
        self.leaderID = leaderID
        self.kind = kind
        self.cursor = cursor
        self.limit = limit
    }

    /// The query it means: from now for 60 days unless told, at most 400 days, or the field that is not acceptable.
    func query(now: Date) throws -> SessionQuery {
        let from = try self.from.map { try Self.instant($0, field: "from", endOfDay: false) } ?? now
        let to = try self.to.map { try Self.instant($0, field: "to", endOfDay: true) } ?? from.addingTimeInterval(60 * 86_400)
        guard to > from else { throw OfficeError.invalid(field: "to", "must be after 'from'") }
        guard to.timeIntervalSince(from) <= 400 * 86_400 else { throw OfficeError.invalid(field: "to", "ranges may span at most 400 days") }
        var query = SessionQuery(from: from, to: to)
        query.organisationID = organisationID
        query.leaderID = leaderID
        if let kind {
            guard let parsed = SessionKind(rawValue: kind) else { throw OfficeError.invalid(field: "kind", "must be reception, radio or dialogue") }
            query.kind = parsed
        }
        query.limit = limit
        if let cursor {
            let parts = cursor.split(separator: "_", maxSplits: 1)
            guard parts.count == 2, let start = Int64(parts[0]) else {
                throw OfficeError.invalid(field: "cursor", "is not a cursor this list gave out")
            }
            query.cursor = (start, String(parts[1]))
        }
        return query
    }

    /// The cursor that continues a list after `session`.
    static func cursor(after session: ScheduledSession) -> String {
        "\(Int64(session.startsAt.timeIntervalSince1970))_\(session.id)"
    }

    /// `YYYY-MM-DD` (a Vietnamese day: its start, or with `endOfDay` the next day's start) or an RFC 3339 instant.
    static func instant(_ text: String, field: String, endOfDay: Bool) throws -> Date {
        if let day = CivilDate(iso: text) {
            return ScheduleExpander.instant(endOfDay ? day.adding(days: 1) : day, minutes: 0, in: RFC3339.vietnam)
        }
        if text.count >= 20, let instant = try? Date(text, strategy: .iso8601) { return instant }
        throw OfficeError.invalid(field: field, "must be a date YYYY-MM-DD or a time like 2026-03-05T07:30:00+07:00")
    }
}
