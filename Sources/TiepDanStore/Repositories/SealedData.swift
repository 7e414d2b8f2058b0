import Foundation
import SQLKit

/// Everything stored sealed under the service's key (denouncers' identities, sensitive texts, staff's second-factor
/// secrets), and the fingerprint of the key that sealed it: what `serve` checks its key against, and what `key rotate`
/// re-seals.
public struct SealedData: Sendable {
    let store: any Store

    /// The sealed values over `store`.
    public init(store: any Store) {
        self.store = store
    }

    /// Each column that holds sealed values, with the column that keys its rows.
    static let columns: [(table: String, key: String, column: String)] = [
        ("question_citizens", "reference", "sealed"),
        ("booking_citizens", "reference", "sealed"),
        ("questions", "reference", "sealed_text"),
        ("bookings", "reference", "sealed_text"),
        ("users", "id", "totp_secret"),
        ("users", "id", "totp_pending"),
    ]

    /// How many sealed values the database holds.
    public func count() async throws -> Int {
        try await store.read { database in
            var total = 0
            for (table, _, column) in Self.columns {
                total +=
                    try await database.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table) WHERE \(unsafeRaw: column) IS NOT NULL").first()?
                    .decode(column: "n", as: Int.self) ?? 0
            }
            return total
        }
    }

    /// One sealed value, to try a key on when no fingerprint was recorded yet.
    public func sample() async throws -> String? {
        try await store.read { database in
            for (table, _, column) in Self.columns {
                if let value = try await database.raw(
                    "SELECT \(unsafeRaw: column) AS v FROM \(unsafeRaw: table) WHERE \(unsafeRaw: column) IS NOT NULL LIMIT 1"
                ).first()?.decode(column: "v", as: String.self) {
                    return value
                }
            }
            return nil
        }
    }

    /// The fingerprint of the key the sealed values are under; nil before one was recorded.
    public func fingerprint() async throws -> String? {
        try await store.read {
            try await $0.raw("SELECT fingerprint FROM sealing_key WHERE id = 1").first()?.decode(column: "fingerprint", as: String.self)
        }
    }

    /// Records `fingerprint` as the key's.
    public func record(fingerprint: String, now: Date) async throws {
        try await store.transaction { database in
            try await Self.record(fingerprint, now: now, on: database)
        }
    }

    /// Opens every sealed value with `reseal` and stores what it returns, and records the new key's `fingerprint`, in one
    /// transaction: either every value is under the new key, or none is. Returns how many were re-sealed.
    public func reseal(fingerprint: String, now: Date, _ reseal: @escaping @Sendable (String) throws -> String) async throws -> Int {
        try await store.transaction { database in
            var total = 0
            for (table, key, column) in Self.columns {
                let rows = try await database.raw(
                    "SELECT \(unsafeRaw: key) AS k, \(unsafeRaw: column) AS v FROM \(unsafeRaw: table) WHERE \(unsafeRaw: column) IS NOT NULL"
                ).all()
                for row in rows {
                    let value = try reseal(try row.decode(column: "v", as: String.self))
                    try await database.raw(
                        "UPDATE \(unsafeRaw: table) SET \(unsafeRaw: column) = \(bind: value) WHERE \(unsafeRaw: key) = \(bind: try row.decode(column: "k", as: String.self))"
                    ).run()
                    total += 1
                }
            }
            try await Self.record(fingerprint, now: now, on: database)
            return total
        }
    }

    static func record(_ fingerprint: String, now: Date, on database: any SQLDatabase) async throws {
        try await database.raw(
            """
            INSERT INTO sealing_key (id, fingerprint, set_at) VALUES (1, \(bind: fingerprint), \(bind: Int64(now.timeIntervalSince1970)))
            ON CONFLICT (id) DO UPDATE SET fingerprint = excluded.fingerprint, set_at = excluded.set_at
            """
        ).run()
    }
}
