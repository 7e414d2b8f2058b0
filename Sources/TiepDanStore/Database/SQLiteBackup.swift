import Foundation
import Logging

/// Backups of an SQLite database while `serve` runs, and their restoration while it does not. The copy holds the
/// database only: the key that seals denouncers' identities is a separate file and never goes into it.
public enum SQLiteBackup {
    /// Writes a consistent copy of the live database to `destination` (`VACUUM INTO`: one read transaction, so the
    /// writes of a running server before it are in, those after it are not). Refuses to overwrite a file.
    public static func backup(_ store: SQLiteStore, to destination: String) async throws {
        guard !FileManager.default.fileExists(atPath: destination) else {
            throw StoreError.invalidLocation("\(destination) exists already; name a new file")
        }
        try await store.vacuum(into: destination)
    }

    /// Replaces the database at `path` by the backup at `source`, after checking the backup is a sound tiepdan
    /// database; refused while a `serve` holds `path`. Returns the backup's schema version.
    public static func restore(_ source: String, into path: String, logger: Logger) async throws -> Int {
        guard FileManager.default.fileExists(atPath: source) else { throw StoreError.invalidLocation("no backup at \(source)") }
        // Held throughout, so no server starts on a half-restored file.
        let lock = try ServeLock(databasePath: path)
        defer { lock.release() }
        let version = try await check(source, logger: logger)
        let temporary = path + ".restoring"
        try? FileManager.default.removeItem(atPath: temporary)
        try FileManager.default.copyItem(atPath: source, toPath: temporary)
        for stale in [path + "-wal", path + "-shm"] { try? FileManager.default.removeItem(atPath: stale) }
        guard rename(temporary, path) == 0 else {
            throw StoreError.invalidLocation("cannot replace \(path): \(String(cString: strerror(errno)))")
        }
        return version
    }

    /// The backup's schema version, once `PRAGMA integrity_check` passes and its migrations table is there.
    private static func check(_ source: String, logger: Logger) async throws -> Int {
        let connection = try SQLiteConnection(path: source)
        defer { connection.close() }
        var integrity: String?
        try connection.execute("PRAGMA integrity_check") { integrity = integrity ?? $0.values.first?.string }
        guard integrity == "ok" else { throw StoreError.invalidLocation("\(source) is damaged: \(integrity ?? "no answer")") }
        var version: Int?
        do {
            try connection.execute("SELECT MAX(version) AS v FROM schema_migrations") { version = try $0.decode(column: "v", as: Int?.self) }
        } catch {
            version = nil
        }
        guard let version else { throw StoreError.invalidLocation("\(source) is not a tiepdan database") }
        return version
    }
}
