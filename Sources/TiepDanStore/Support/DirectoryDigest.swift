import Crypto
import Foundation

/// SHA-256 over every file under a directory, names and contents in name order: equal digests, equal files.
public enum DirectoryDigest {
    /// The digest as 64 lower-case hex digits; a directory that cannot be read has the digest of nothing.
    ///
    /// Read with the system's calls rather than Foundation's URLs and enumerator: a restart of a province hashes 3,355
    /// files, and Foundation spent most of that time on paths and resource values, not on the bytes.
    public static func sha256(directory: String) -> String {
        var hasher = SHA256()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        for file in regularFiles(under: directory).sorted() {
            let descriptor = open(directory + "/" + file, O_RDONLY)
            guard descriptor >= 0 else { continue }
            defer { close(descriptor) }
            var status = stat()
            guard fstat(descriptor, &status) == 0 else { continue }
            hasher.update(data: Data(file.utf8) + [0])
            hasher.update(data: Data(String(status.st_size).utf8) + [0])
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                guard count > 0 else { break }
                buffer.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[..<count])) }
            }
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// The regular files under `directory` (following links to files, not into directories), as paths relative to it.
    private static func regularFiles(under directory: String, prefix: String = "") -> [String] {
        guard let stream = opendir(directory) else { return [] }
        defer { closedir(stream) }
        var files: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name != ".", name != ".." else { continue }
            let path = directory + "/" + name
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFDIR: files += regularFiles(under: path, prefix: prefix + name + "/")
            case S_IFREG: files.append(prefix + name)
            case S_IFLNK where stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG: files.append(prefix + name)
            default: break
            }
        }
        return files
    }
}
