import Crypto
import Foundation

/// SHA-256 over every file under a directory, names and contents in name order: equal digests, equal files.
public enum DirectoryDigest {
    /// The digest as 64 lower-case hex digits; a directory that cannot be read has the digest of nothing.
    public static func sha256(directory: String) -> String {
        var hasher = SHA256()
        let base = URL(fileURLWithPath: directory)
        let files = (FileManager.default.enumerator(atPath: directory)?.compactMap { $0 as? String } ?? []).sorted()
        for file in files {
            let url = base.appendingPathComponent(file)
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                let contents = try? Data(contentsOf: url)
            else { continue }
            hasher.update(data: Data(file.utf8) + [0])
            hasher.update(data: Data(String(contents.count).utf8) + [0])
            hasher.update(data: contents)
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
