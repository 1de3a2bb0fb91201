import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file operations the toolkit needs, done safely and in plain words: whole reads,
/// atomic rewrites that keep a file's permissions and owner, no following of symbolic links.
///
/// Every error names the file and says what the system said in words, never a Foundation
/// error domain and code.
public enum FileSystem {
    /// Reads a whole file. A symbolic link is refused: a workspace keeps its files in its folder.
    /// - Throws: `StorageError` `.missing` or `.unreadable`, with the path as given.
    public static func read(_ url: URL, shownAs path: String) throws(StorageError) -> [UInt8] {
        let descriptor = try openFile(url, shownAs: path, flags: O_RDONLY)
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw StorageError(.unreadable, path: path, reason: "cannot be read (\(errnoText()))") }
        guard status.st_mode & S_IFMT == S_IFREG else { throw StorageError(.unreadable, path: path, reason: "is not a regular file") }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var done = 0
        while done < bytes.count {
            let got = bytes.withUnsafeMutableBytes { posixRead(descriptor, $0.baseAddress! + done, $0.count - done) }
            if got < 0 && errno == EINTR { continue }
            guard got >= 0 else { throw StorageError(.unreadable, path: path, reason: "cannot be read (\(errnoText()))") }
            if got == 0 { break }
            done += got
        }
        if done < bytes.count { bytes.removeSubrange(done...) }
        return bytes
    }

    /// Opens a file without following a symbolic link.
    /// - Throws: `.missing` when it is not there, `.unreadable`/`.unwritable` otherwise.
    static func openFile(_ url: URL, shownAs path: String, flags: Int32, mode: mode_t = 0o644) throws(StorageError) -> Int32 {
        let descriptor = posixOpen(url.path, flags | O_NOFOLLOW | O_CLOEXEC, mode)
        guard descriptor < 0 else { return descriptor }
        let code = errno
        if code == ENOENT { throw StorageError(.missing, path: path, reason: "no such file") }
        if code == ELOOP || isSymbolicLink(url) {
            throw StorageError(
                .unreadable, path: path,
                reason: "is a symbolic link; a workspace keeps its files in its own folder, so replace the link with the file itself")
        }
        if code == EISDIR { throw StorageError(.unreadable, path: path, reason: "is a folder, not a file") }
        let writing = flags & (O_WRONLY | O_RDWR) != 0
        throw StorageError(writing ? .unwritable : .unreadable, path: path, reason: "cannot be opened (\(words(code)))")
    }

    public static func exists(_ url: URL) -> Bool {
        var status = stat()
        return lstat(url.path, &status) == 0
    }

    public static func isDirectory(_ url: URL) -> Bool {
        var status = stat()
        return stat(url.path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// Refuses a folder that is not a real folder of its own: a symbolic link (dangling or
    /// not), a file or a device. A missing folder is fine: it will be created.
    /// - Throws: `.unwritable` naming the path and what it is instead.
    public static func requirePlainFolder(_ url: URL, shownAs path: String) throws(StorageError) {
        var status = stat()
        guard lstat(url.path, &status) == 0 else { return }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return
        case S_IFLNK:
            throw StorageError(
                .unwritable, path: path,
                reason: "is a symbolic link\(stat(url.path, &status) == 0 ? "" : " to nothing"); nothing is written through a link, so name a real folder or remove the link")
        case S_IFREG: throw StorageError(.unwritable, path: path, reason: "is a file, not a folder; name a folder")
        case S_IFCHR, S_IFBLK: throw StorageError(.unwritable, path: path, reason: "is a device, not a folder; name a folder")
        default: throw StorageError(.unwritable, path: path, reason: "is not a folder; name a folder")
        }
    }

    static func isSymbolicLink(_ url: URL) -> Bool {
        var status = stat()
        return lstat(url.path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
    }

    /// The marker in the names of temporary files: `.NAME.workshop-tmp-PID-RANDOM`.
    public static let temporaryMarker = ".workshop-tmp-"

    /// Whether a file name is one of the toolkit's temporary files (or one Foundation's atomic
    /// writes left behind in older versions).
    public static func isTemporaryName(_ name: String) -> Bool {
        (name.hasPrefix(".") && name.contains(temporaryMarker)) || name.hasPrefix(".dat.nosync")
    }

    /// Writes a whole file atomically: a temporary file in the same folder, flushed to disk,
    /// renamed over the old one, then the folder flushed so the rename itself survives a power
    /// loss. A reader sees the old or the new file, never a mix. The new file keeps the old
    /// one's permissions and (where allowed) owner; a symbolic link is refused, never followed.
    /// Creates missing parent folders.
    /// - Parameter durable: `false` for files that can be made again (exports): still atomic,
    ///   but not waited for until they are on disk.
    public static func writeAtomically(_ bytes: [UInt8], to url: URL, shownAs path: String, durable: Bool = true) throws(StorageError) {
        let folder = url.deletingLastPathComponent()
        try createFolder(folder, shownAs: path)
        let (mode, owner) = try replacementMode(url, shownAs: path)
        let temporary = folder.appendingPathComponent(temporaryName(for: url.lastPathComponent))
        let descriptor = posixOpen(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw StorageError(.unwritable, path: path, reason: "cannot be written (\(errnoText()))") }
        var written = false
        defer {
            if !written { unlink(temporary.path) }
        }
        do {
            defer { close(descriptor) }
            try writeAll(bytes, to: descriptor, path: path, seam: .system)
            // The umask may have narrowed the mode; the old owner is kept where the system allows.
            fchmod(descriptor, mode)
            if let owner, owner.0 != geteuid() || owner.1 != getegid() { _ = fchown(descriptor, owner.0, owner.1) }
            guard !durable || fsync(descriptor) == 0 else {
                throw StorageError(.unwritable, path: path, reason: "cannot be flushed to disk (\(errnoText()))")
            }
        }
        guard rename(temporary.path, url.path) == 0 else {
            throw StorageError(.unwritable, path: path, reason: "cannot be replaced (\(errnoText()))")
        }
        written = true
        if durable { syncFolder(folder) }
    }

    /// The permissions and owner a file written in place of `url` gets: the old file's, or what
    /// the user's umask allows for a new one.
    /// - Throws: `.unwritable` when `url` is a symbolic link: nothing is written through it.
    static func replacementMode(_ url: URL, shownAs path: String) throws(StorageError) -> (mode: mode_t, owner: (uid_t, gid_t)?) {
        var status = stat()
        guard lstat(url.path, &status) == 0 else {
            // A new file gets what the user's umask allows.
            let mask = umask(0)
            umask(mask)
            return (0o666 & ~mask, nil)
        }
        guard status.st_mode & S_IFMT != S_IFLNK else {
            throw StorageError(
                .unwritable, path: path,
                reason: "is a symbolic link; a workspace keeps its files in its own folder, so nothing is written through it (replace the link with the file)")
        }
        return (status.st_mode & 0o7777, (status.st_uid, status.st_gid))
    }

    /// A temporary name beside `name`: hidden, recognisable, unique.
    static func temporaryName(for name: String) -> String {
        ".\(name)\(temporaryMarker)\(getpid())-\(String(UInt64.random(in: 0...UInt64.max), radix: 36))"
    }

    /// Flushes a folder's entries (a rename, a new file) to disk.
    static func syncFolder(_ folder: URL) {
        let descriptor = posixOpen(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// Creates a folder and its missing parents, with the system's words on failure (never
    /// Foundation's "A file with the same name already exists" for a dangling link).
    static func createFolder(_ folder: URL, shownAs path: String) throws(StorageError) {
        guard !isDirectory(folder) else { return }
        let parent = folder.deletingLastPathComponent()
        if parent.path != folder.path { try createFolder(parent, shownAs: path) }
        if mkdir(folder.path, 0o777) != 0 && errno != EEXIST {
            throw StorageError(.unwritable, path: path, reason: "its folder \(folder.path) cannot be created (\(errnoText()))")
        }
        guard isDirectory(folder) else {
            throw StorageError(
                .unwritable, path: path,
                reason: "its folder \(folder.path) cannot be created: \(isSymbolicLink(folder) ? "a symbolic link to nothing" : "a file") has that name")
        }
    }

    /// Writes every byte through `seam`, retrying after interruptions.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String, seam: WriteSeam) throws(StorageError) {
        var done = 0
        while done < bytes.count {
            let result = bytes.withUnsafeBytes { seam.write(descriptor, UnsafeRawBufferPointer(rebasing: $0[done...])) }
            if result < 0 {
                if errno == EINTR { continue }
                throw StorageError(.unwritable, path: path, reason: "cannot be written (\(errnoText()))")
            }
            done += result
        }
    }

    /// Deletes a file if it exists (a symbolic link itself, never its target).
    public static func remove(_ url: URL, shownAs path: String) throws(StorageError) {
        guard exists(url) else { return }
        guard unlink(url.path) == 0 else { throw StorageError(.unwritable, path: path, reason: "cannot be removed (\(errnoText()))") }
    }

    static func errnoText() -> String { words(errno) }

    /// What an error number means, in plain words.
    static func words(_ code: Int32) -> String {
        switch code {
        case ENOSPC: "the disk is full"
        case EDQUOT: "the disk quota is used up"
        case EACCES, EPERM: "permission denied"
        case EROFS: "the file system is read-only"
        case ENOENT: "no such file or folder"
        case EIO: "an input/output error; the disk may be failing"
        case EISDIR: "it is a folder"
        case ENOTDIR: "a part of the path is not a folder"
        case ELOOP: "it is a symbolic link"
        case EMFILE, ENFILE: "too many files are open"
        case EFBIG: "the file would grow too large"
        default: String(cString: strerror(code)).lowercased()
        }
    }

    /// Plain words for an error thrown by Foundation.
    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return words(Int32(underlying.code))
        }
        if nsError.domain == NSPOSIXErrorDomain { return words(Int32(nsError.code)) }
        return "the system refused"
    }
}

/// How bytes reach a file: the system's `write`, or, in tests, a seam that fails on purpose
/// (a disk that fills up halfway through a batch).
public struct WriteSeam: Sendable {
    /// Writes some of `bytes` to `descriptor`: the count written, or -1 with `errno` set.
    let write: @Sendable (Int32, UnsafeRawBufferPointer) -> Int

    public init(_ write: @escaping @Sendable (Int32, UnsafeRawBufferPointer) -> Int) {
        self.write = write
    }

    public static let system = WriteSeam { descriptor, bytes in posixWrite(descriptor, bytes.baseAddress, bytes.count) }
}

// The system calls under names the types above do not shadow.
func posixRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { read(descriptor, buffer, count) }
func posixWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { write(descriptor, buffer, count) }
func posixClose(_ descriptor: Int32) { close(descriptor) }
func posixOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 { open(path, flags, mode) }
