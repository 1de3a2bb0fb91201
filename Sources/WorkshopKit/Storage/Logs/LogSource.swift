#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a log's bytes come from: memory (tests, small logs, an import about to be written)
/// or an open file, read in chunks so a log of any length needs the same memory.
enum LogSource: Sendable {
    case bytes([UInt8])
    /// A file descriptor open for reading, and how many bytes of it to read.
    case file(descriptor: Int32, length: Int)

    var length: Int {
        switch self {
        case .bytes(let bytes): bytes.count
        case .file(_, let length): length
        }
    }

    /// The bytes in `range` (clamped to the log).
    func read(_ range: Range<Int>) -> [UInt8] {
        let lower = max(0, range.lowerBound)
        let upper = min(length, range.upperBound)
        guard lower < upper else { return [] }
        switch self {
        case .bytes(let bytes): return Array(bytes[lower..<upper])
        case .file(let descriptor, _):
            var buffer = [UInt8](repeating: 0, count: upper - lower)
            var done = 0
            while done < buffer.count {
                let got = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + done, $0.count - done, off_t(lower + done)) }
                if got < 0 && errno == EINTR { continue }
                if got <= 0 { break }
                done += got
            }
            return Array(buffer[0..<done])
        }
    }

    /// The line that starts at `offset`, without its line end; `nil` when there is none.
    func line(at offset: Int) -> [UInt8]? {
        guard offset < length else { return nil }
        var size = 512
        while true {
            let chunk = read(offset..<offset + size)
            if let end = chunk.firstIndex(of: 0x0A) { return Array(chunk[..<end]) }
            if offset + chunk.count >= length { return chunk }
            size *= 4
        }
    }

    /// Calls `visit` for each line from `offset` on: the line's bytes without its LF, its
    /// 1-based number (counting from `firstLine`), its byte offset, and whether an LF ended it
    /// (only the last line can lack one). Stops early when `visit` returns `false`.
    ///
    /// Reads a file 1 MiB at a time, so memory does not grow with the log's length.
    /// - Throws: `StorageError` when reading the file fails.
    /// - Parameter chunk: how many bytes a read takes at most (tests make it small).
    func forEachLine(
        from offset: Int = 0, firstLine: Int = 1, path: String, chunk: Int = 1 << 20,
        _ visit: (UnsafeRawBufferPointer, _ line: Int, _ offset: Int, _ ended: Bool) -> Bool
    ) throws(StorageError) {
        var hasher: SHA256.Hasher?
        try forEachLine(from: offset, firstLine: firstLine, path: path, chunk: chunk, hashing: &hasher, visit)
    }

    /// `forEachLine`, also feeding every byte from `offset` on to `hasher` as it is read (when
    /// there is one and `visit` does not stop early), so a file's digest costs no second read,
    /// and counting the bytes read in `progress`.
    func forEachLine(
        from offset: Int = 0, firstLine: Int = 1, path: String, chunk: Int = 1 << 20, hashing hasher: inout SHA256.Hasher?,
        progress: ReadProgress? = nil, _ visit: (UnsafeRawBufferPointer, _ line: Int, _ offset: Int, _ ended: Bool) -> Bool
    ) throws(StorageError) {
        switch self {
        case .bytes(let bytes):
            progress?.add(max(0, bytes.count - offset))
            hasher?.update(bytes[min(offset, bytes.count)...])
            bytes.withUnsafeBytes { buffer in
                _ = Self.lines(in: UnsafeRawBufferPointer(rebasing: buffer[min(offset, buffer.count)...]), base: offset, line: firstLine, final: true, visit)
            }
        case .file(let descriptor, let length):
            var buffer = [UInt8](repeating: 0, count: max(chunk, 1))
            var filled = 0
            var position = offset  // file offset of buffer[0]
            var line = firstLine
            while true {
                if filled == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
                let wanted = min(buffer.count - filled, length - (position + filled))
                var got = 0
                if wanted > 0 {
                    got = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + filled, wanted, off_t(position + filled)) }
                    if got < 0 {
                        if errno == EINTR { continue }
                        throw StorageError(.unreadable, path: path, reason: "cannot be read (\(FileSystem.errnoText()))")
                    }
                }
                if got > 0, hasher != nil {
                    buffer.withUnsafeBytes { hasher?.update(UnsafeRawBufferPointer(rebasing: $0[filled..<filled + got])) }
                }
                if got > 0 { progress?.add(got) }
                filled += got
                let final = got == 0 || position + filled >= length
                let (consumed, nextLine, stopped) = buffer.withUnsafeBytes { raw in
                    Self.lines(in: UnsafeRawBufferPointer(rebasing: raw[0..<filled]), base: position, line: line, final: final, visit)
                }
                if stopped || final { return }
                line = nextLine
                // Keep the unfinished line at the front of the buffer.
                if consumed > 0 {
                    buffer.withUnsafeMutableBytes { raw in
                        let base = raw.baseAddress!
                        base.copyMemory(from: base + consumed, byteCount: filled - consumed)
                    }
                    filled -= consumed
                    position += consumed
                }
            }
        }
    }

    /// Visits the complete lines in `bytes` (and, when `final`, an unfinished last one).
    /// - Returns: the bytes consumed, the next line's number, and whether `visit` stopped.
    private static func lines(
        in bytes: UnsafeRawBufferPointer, base: Int, line: Int, final: Bool,
        _ visit: (UnsafeRawBufferPointer, Int, Int, Bool) -> Bool
    ) -> (Int, Int, Bool) {
        guard let start = bytes.baseAddress, bytes.count > 0 else { return (0, line, false) }
        var lineStart = 0
        var number = line
        while lineStart < bytes.count {
            let rest = bytes.count - lineStart
            guard let found = memchr(start + lineStart, 0x0A, rest) else {
                if final {
                    let keepGoing = visit(UnsafeRawBufferPointer(start: start + lineStart, count: rest), number, base + lineStart, false)
                    return (bytes.count, number + 1, !keepGoing)
                }
                return (lineStart, number, false)
            }
            let end = UnsafeRawPointer(found) - start
            if !visit(UnsafeRawBufferPointer(start: start + lineStart, count: end - lineStart), number, base + lineStart, true) {
                return (end + 1, number + 1, true)
            }
            number += 1
            lineStart = end + 1
        }
        return (lineStart, number, false)
    }
}
