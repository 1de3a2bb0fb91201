import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file operations the toolkit needs, done safely: whole reads, atomic writes,
/// locked appends that reach the disk before they are acknowledged.
public enum FileSystem {
    /// Reads a whole file.
    /// - Throws: `StorageError` `.missing` or `.unreadable`, with the path as given.
    public static func read(_ url: URL, shownAs path: String) throws(StorageError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw StorageError(.missing, path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw StorageError(.unreadable, path: path, reason: "is a folder, not a file") }
        do {
            return [UInt8](try Data(contentsOf: url))
        } catch {
            throw StorageError(.unreadable, path: path, reason: "cannot be read (\(reason(error)))")
        }
    }

    public static func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }

    public static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Writes a whole file atomically: a temporary file in the same folder, flushed, then
    /// renamed over the old one. A reader sees the old or the new file, never a mix.
    /// Creates missing parent folders.
    public static func writeAtomically(_ bytes: [UInt8], to url: URL, shownAs path: String) throws(StorageError) {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            throw StorageError(.unwritable, path: path, reason: "cannot be written (\(reason(error)))")
        }
    }

    /// Appends `text` to a log file under an exclusive lock and flushes it to disk before returning.
    ///
    /// When the file does not exist or is empty, `header` is written first. A file whose last
    /// line has no line end (an interrupted write) is refused rather than glued onto.
    /// Concurrent appenders on one machine are serialised by `flock` on the file itself.
    public static func append(_ text: String, header: String, to url: URL, shownAs path: String) throws(StorageError) {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw StorageError(.unwritable, path: path, reason: "cannot create its folder (\(reason(error)))")
        }
        let descriptor = open(url.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw StorageError(.unwritable, path: path, reason: "cannot be opened for writing (\(errnoText()))") }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_EX) == 0 else {
            throw StorageError(.unwritable, path: path, reason: "cannot be locked (\(errnoText()))")
        }
        defer { flock(descriptor, LOCK_UN) }

        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw StorageError(.unwritable, path: path, reason: errnoText()) }
        var output = Array(text.utf8)
        if status.st_size == 0 {
            output = Array(header.utf8) + output
        } else {
            let reader = open(url.path, O_RDONLY | O_CLOEXEC)
            guard reader >= 0 else { throw StorageError(.unreadable, path: path, reason: errnoText()) }
            defer { close(reader) }
            var last: UInt8 = 0
            guard pread(reader, &last, 1, off_t(status.st_size - 1)) == 1 else {
                throw StorageError(.unreadable, path: path, reason: errnoText())
            }
            guard last == 0x0A else {
                throw StorageError(
                    .unwritable, path: path,
                    reason: "its last line has no line end, so an earlier write was cut off; check that line, end it or remove it, then record again")
            }
        }
        var written = 0
        while written < output.count {
            let result = output[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                throw StorageError(.unwritable, path: path, reason: "write failed (\(errnoText()))")
            }
            written += result
        }
        guard fsync(descriptor) == 0 else { throw StorageError(.unwritable, path: path, reason: "cannot be flushed to disk (\(errnoText()))") }
    }

    /// Deletes a file if it exists.
    public static func remove(_ url: URL, shownAs path: String) throws(StorageError) {
        guard exists(url) else { return }
        do {
            try FileManager.default.removeItem(at: url)
        } catch {
            throw StorageError(.unwritable, path: path, reason: "cannot be removed (\(reason(error)))")
        }
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }

    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        return nsError.localizedDescription
    }
}

/// An exclusive `flock` on a file or folder, held until `release()`.
public struct FileLock: Sendable {
    private let descriptor: Int32

    /// Opens the file or folder (read-only; nothing is created) and waits for the exclusive lock.
    public init(url: URL, shownAs path: String) throws(StorageError) {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw StorageError(.unwritable, path: path, reason: "cannot be opened for locking (\(FileSystem.errnoText()))")
        }
        guard flock(descriptor, LOCK_EX) == 0 else {
            close(descriptor)
            throw StorageError(.unwritable, path: path, reason: "cannot be locked (\(FileSystem.errnoText()))")
        }
        self.descriptor = descriptor
    }

    /// Releases the lock.
    public func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
