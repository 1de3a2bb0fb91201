import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The SHA-256 of a log's bytes, computed on a thread of its own while the caller reads the
/// same bytes for something else (a count, a chain to check): on two cores, a result that
/// carries its input's hash then costs little more than the reading.
///
/// ```swift
/// let digest = BackgroundDigest(of: .bytes(Array("abc".utf8)))
/// // … read the bytes …
/// digest.wait()   // "ba7816bf…f20015ad"
/// ```
final class BackgroundDigest: @unchecked Sendable {
    private let group = DispatchGroup()
    /// Written once by the hashing thread, read after `group` says it is done.
    private let lock = NSLock()
    private var digest: String?

    /// Starts hashing `source` (a file a chunk at a time, with reads of its own).
    init(of source: LogSource, chunk: Int = 1 << 20) {
        DispatchQueue.global().async(group: group) { [self] in
            let hex = Self.hex(source, chunk: chunk)
            lock.withLock { digest = hex }
        }
    }

    /// The digest (64 lowercase hexadecimal digits) once the thread is done; `nil` when the
    /// file could not be read to its end. Call it before the file is closed.
    func wait() -> String? {
        group.wait()
        return lock.withLock { digest }
    }

    private static func hex(_ source: LogSource, chunk: Int) -> String? {
        var hasher = SHA256.Hasher()
        switch source {
        case .bytes(let bytes):
            hasher.update(bytes)
        case .file(let descriptor, let length):
            var buffer = [UInt8](repeating: 0, count: max(chunk, 1))
            var offset = 0
            while offset < length {
                let wanted = min(buffer.count, length - offset)
                let got = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, wanted, off_t(offset)) }
                if got < 0 && errno == EINTR { continue }
                if got <= 0 { return nil }
                buffer.withUnsafeBytes { hasher.update(UnsafeRawBufferPointer(rebasing: $0[0..<got])) }
                offset += got
            }
        }
        return hasher.finalizeHex()
    }
}
