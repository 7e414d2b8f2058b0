import Foundation

/// Where the first administrator's one-time password goes: a file only the service's user may read, never the
/// log; on a terminal it is shown there too, written straight to it.
enum FirstAdminPassword {
    /// Writes `password` to `path` (mode 0600, its directory made when missing) and, when standard output is a
    /// terminal, shows it there.
    static func deliver(_ password: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        // Created with 0600 from the start, so there is no moment when others could read it.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { throw CommandFailure("cannot write the first administrator's password to \(path)") }
        defer { close(descriptor) }
        guard fchmod(descriptor, 0o600) == 0 else { throw CommandFailure("cannot restrict \(path) to its owner") }
        let bytes = Array((password + "\n").utf8)
        guard write(descriptor, bytes, bytes.count) == bytes.count else { throw CommandFailure("cannot write \(path)") }
        if isatty(STDOUT_FILENO) == 1 {
            FileHandle.standardOutput.write(Data("tiepdan: the first administrator is 'admin', one-time password: \(password)\n".utf8))
        }
    }
}
