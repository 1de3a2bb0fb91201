import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The exclusive lock on a workspace: an `flock` on its folder, so no lock file is left behind
/// and kiosks in separate processes take turns.
///
/// The lock is a value that cannot be copied, and it is released when it goes out of scope
/// (or by `release()`), so it can be neither released twice nor forgotten.
public struct WorkspaceLock: ~Copyable {
    private let descriptor: Int32

    /// Opens the folder (read-only; nothing is created) and waits for the exclusive lock.
    init(folder: URL, shownAs path: String) throws(StorageError) {
        let descriptor = posixOpen(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT { throw StorageError(.missing, path: path, reason: "no such workspace folder") }
            throw StorageError(.unwritable, path: path, reason: "cannot be opened for locking (\(FileSystem.words(code)))")
        }
        while flock(descriptor, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let code = errno
            close(descriptor)
            throw StorageError(.unwritable, path: path, reason: "cannot be locked (\(FileSystem.words(code)))")
        }
        self.descriptor = descriptor
    }

    /// Releases the lock now rather than at the end of the scope.
    public consuming func release() {}

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
