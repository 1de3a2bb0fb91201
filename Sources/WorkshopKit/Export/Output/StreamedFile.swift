import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written a piece at a time and put in place atomically, as `FileSystem.writeAtomically`
/// writes a whole one: into a temporary file beside it (the old file's permissions and owner
/// kept), then renamed over it; never through a symbolic link. A large export is so written
/// while it is rendered, without being held whole. Not flushed one by one: exports are made
/// again from the workspace at will.
struct StreamedFile {
    let url: URL
    let shownAs: String
    private let temporary: URL
    private var descriptor: Int32
    /// How many bytes were written.
    private(set) var count = 0

    /// Opens the temporary file.
    /// - Throws: `StorageError` when the folder cannot be made, the target is a symbolic link,
    ///   or the temporary file cannot be created.
    init(_ url: URL, shownAs path: String) throws(StorageError) {
        self.url = url
        shownAs = path
        let folder = url.deletingLastPathComponent()
        try FileSystem.createFolder(folder, shownAs: path)
        let (mode, owner) = try FileSystem.replacementMode(url, shownAs: path)
        temporary = folder.appendingPathComponent(FileSystem.temporaryName(for: url.lastPathComponent))
        descriptor = posixOpen(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw StorageError(.unwritable, path: path, reason: "cannot be written (\(FileSystem.errnoText()))") }
        fchmod(descriptor, mode)
        if let owner, owner.0 != geteuid() || owner.1 != getegid() { _ = fchown(descriptor, owner.0, owner.1) }
    }

    mutating func append(_ bytes: [UInt8]) throws(StorageError) {
        try FileSystem.writeAll(bytes, to: descriptor, path: shownAs, seam: .system)
        count += bytes.count
    }

    /// Puts the file in place, or, when the file there already has these bytes, leaves that
    /// one alone and drops the new one.
    /// - Returns: whether the file was replaced.
    mutating func commit() throws(StorageError) -> Bool {
        posixClose(descriptor)
        descriptor = -1
        if sameAsExisting() {
            unlink(temporary.path)
            return false
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = FileSystem.errnoText()
            unlink(temporary.path)
            throw StorageError(.unwritable, path: shownAs, reason: "cannot be replaced (\(reason))")
        }
        return true
    }

    /// Drops what was written; the old file stays.
    mutating func discard() {
        if descriptor >= 0 { posixClose(descriptor) }
        descriptor = -1
        unlink(temporary.path)
    }

    /// Whether the file in place is a regular file with the same bytes as the one just written.
    private func sameAsExisting() -> Bool {
        var status = stat()
        guard lstat(url.path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) == count else { return false }
        let old = posixOpen(url.path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC, 0)
        let new = posixOpen(temporary.path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC, 0)
        defer {
            if old >= 0 { posixClose(old) }
            if new >= 0 { posixClose(new) }
        }
        guard old >= 0, new >= 0 else { return false }
        var left = [UInt8](repeating: 0, count: 1 << 20)
        var right = [UInt8](repeating: 0, count: 1 << 20)
        var offset = 0
        while offset < count {
            let wanted = min(left.count, count - offset)
            let a = left.withUnsafeMutableBytes { pread(old, $0.baseAddress, wanted, off_t(offset)) }
            let b = right.withUnsafeMutableBytes { pread(new, $0.baseAddress, wanted, off_t(offset)) }
            guard a == wanted, b == wanted, left[0..<wanted] == right[0..<wanted] else { return false }
            offset += wanted
        }
        return true
    }
}
