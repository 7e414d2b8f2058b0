import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// An advisory lock beside an SQLite file that marks it as served.
///
/// The kernel drops it when the process dies, however it dies, so a crash never leaves a
/// stale lock behind. Admin commands do not take it and work beside a running server.
final class ServeLock: Sendable {
    private let descriptor: Int32

    init(databasePath: String) throws {
        let lockPath = databasePath + ".serve-lock"
        let descriptor = Glibc.open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw StoreError.invalidLocation("cannot open \(lockPath): \(String(cString: strerror(errno)))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            Glibc.close(descriptor)
            throw StoreError.alreadyServed(path: databasePath)
        }
        self.descriptor = descriptor
    }

    func release() {
        flock(descriptor, LOCK_UN)
        Glibc.close(descriptor)
    }
}
