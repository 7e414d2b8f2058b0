import SQLKit

/// Yearly running numbers for references (`TD-2026-000123`, `Q-2026-000042`): one row per name
/// and year, raised by an upsert, so concurrent writers never get the same number.
enum ReferenceCounter {
    static func next(_ name: String, year: Int, on database: any SQLDatabase) async throws -> Int {
        try await database.raw(
            """
            INSERT INTO reference_counters (name, year, value) VALUES (\(bind: name), \(bind: year), 1)
            ON CONFLICT (name, year) DO UPDATE SET value = reference_counters.value + 1
            RETURNING value
            """
        ).first()?.decode(column: "value", as: Int.self) ?? 1
    }
}
