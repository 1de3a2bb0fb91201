#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads separated records (`;` in pabulib files, `,` in CSV) from a file a chunk at a time,
/// hashing every byte on the way, so memory does not grow with the file.
///
/// Understands RFC 4180 quoting (separators, line breaks and doubled quotes `""` inside quoted
/// fields), LF, CRLF and CR line ends, and a UTF-8 byte order mark at the start. Blank lines are
/// not records. A field is read as bytes; the caller decides what they mean.
struct RecordReader {
    /// Where the bytes come from: fills the buffer, returns how many bytes it wrote, 0 at the end.
    typealias Source = (UnsafeMutableRawBufferPointer) throws(BallotFileError) -> Int

    let file: String
    let separator: UInt8
    /// Whether `"` quotes fields (CSV, pabulib); PrefLib lines have no quoting.
    let quotes: Bool
    /// The line the current record starts on.
    private(set) var line = 0
    /// Bytes read from the source so far.
    private(set) var bytesRead = 0

    private let source: Source
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var atEnd = false
    private var nextLine = 1
    private var hasher = SHA256.Hasher()
    private var atFileStart = true

    private var ranges: [Range<Int>] = []
    private var scratch: [UInt8] = []
    private var inScratch = false

    init(file: String, separator: UInt8, quotes: Bool = true, chunkSize: Int = 1 << 20, source: @escaping Source) {
        self.file = file
        self.separator = separator
        self.quotes = quotes
        self.source = source
        buffer = [UInt8](repeating: 0, count: max(chunkSize, 64))
    }

    /// A reader over bytes already in memory.
    init(bytes: [UInt8], file: String, separator: UInt8, quotes: Bool = true) {
        var offset = 0
        self.init(file: file, separator: separator, quotes: quotes, chunkSize: max(64, min(bytes.count, 1 << 20))) { target in
            let count = min(target.count, bytes.count - offset)
            if count > 0 {
                bytes.withUnsafeBytes { target.baseAddress!.copyMemory(from: $0.baseAddress! + offset, byteCount: count) }
            }
            offset += count
            return count
        }
    }

    /// A reader over a file, read with `read(2)` a chunk at a time.
    /// - Throws: `.storage` when the file is missing or cannot be opened.
    static func file(at path: String, shownAs shown: String, separator: UInt8, quotes: Bool = true) throws(BallotFileError) -> (
        reader: RecordReader, size: Int
    ) {
        let (handle, size) = try FileDescriptorBox.reading(path, shownAs: shown)
        let reader = RecordReader(file: shown, separator: separator, quotes: quotes) { target throws(BallotFileError) in
            while true {
                let count = read(handle.descriptor, target.baseAddress, target.count)
                if count >= 0 { return count }
                if errno == EINTR { continue }
                throw .storage(StorageError(.unreadable, path: shown, reason: "read failed (\(String(cString: strerror(errno))))"))
            }
        }
        return (reader, size)
    }

    // MARK: - The current record

    var fieldCount: Int { ranges.count }

    /// Field `index` of the current record (empty when the record is shorter).
    func field(_ index: Int) -> ArraySlice<UInt8> {
        guard index < ranges.count else { return [] }
        return inScratch ? scratch[ranges[index]] : buffer[ranges[index]]
    }

    /// Field `index` as text, spaces around it removed.
    func text(_ index: Int) -> String { String(decoding: Self.trimmed(field(index)), as: UTF8.self) }

    /// Calls `body` with the bytes of field `index`.
    func withField<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard index < ranges.count else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        let range = ranges[index]
        return (inScratch ? scratch : buffer).withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while let first = slice.first, first == 0x20 || first == 0x09 { slice = slice.dropFirst() }
        while let last = slice.last, last == 0x20 || last == 0x09 { slice = slice.dropLast() }
        return slice
    }

    /// The SHA-256 of every byte of the source; call once, after the last record.
    mutating func sha256() throws(BallotFileError) -> String {
        while !atEnd { try refill() }
        return hasher.finalizeHex()
    }

    // MARK: - Reading

    /// Moves to the next record.
    /// - Returns: `false` at the end of the input.
    /// - Throws: `.storage` when reading fails, `.invalid` for a quote that is never closed.
    mutating func next() throws(BallotFileError) -> Bool {
        while true {
            if start >= end {
                if atEnd { return false }
                try refill()
                continue
            }
            if atFileStart {
                if end - start < 3 && !atEnd {
                    try refill()
                    continue
                }
                atFileStart = false
                if end - start >= 3 && buffer[start] == 0xEF && buffer[start + 1] == 0xBB && buffer[start + 2] == 0xBF { start += 3 }
                continue
            }
            // Blank lines are not records.
            if buffer[start] == 0x0A || buffer[start] == 0x0D {
                if buffer[start] == 0x0D && start + 1 == end && !atEnd {
                    try refill()
                    continue
                }
                consumeLineEnd()
                continue
            }
            switch fastRecord() {
            case .record: return true
            case .needsMore:
                try refill()
                continue
            case .special: break
            }
            guard let recordEnd = try findRecordEnd() else { continue }
            line = nextLine
            split(start..<recordEnd)
            start = recordEnd
            if start < end { consumeLineEnd() }
            return true
        }
    }

    private enum FastResult {
        case record, needsMore, special
    }

    /// The common case in one pass: a record on one line ended by LF or CRLF, without quotes.
    /// Finds the line end with `memchr`, then the separators; anything else (a quote, a lone CR)
    /// is left to the general path.
    private mutating func fastRecord() -> FastResult {
        let start = self.start
        let end = self.end
        let separator = self.separator
        let quotes = self.quotes
        var lineEnd = 0
        var fieldStart = start
        ranges.empty()
        let outcome: FastResult = buffer.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return .special }
            guard let newline = memchr(base + start, 0x0A, end - start) else { return atEnd ? .special : .needsMore }
            lineEnd = UnsafePointer<UInt8>(newline.assumingMemoryBound(to: UInt8.self)) - base
            var index = start
            while index < lineEnd {
                let byte = bytes[index]
                if byte == separator {
                    ranges.append(fieldStart..<index)
                    fieldStart = index + 1
                } else if byte == 0x0D {
                    if index != lineEnd - 1 { return .special }
                    break
                } else if byte == 0x22 && quotes {
                    return .special
                }
                index += 1
            }
            ranges.append(fieldStart..<index)
            return .record
        }
        guard outcome == .record else {
            ranges.empty()
            return outcome
        }
        inScratch = false
        line = nextLine
        nextLine += 1
        self.start = lineEnd + 1
        return .record
    }

    /// Where the record starting at `start` ends (before its line end), reading more input as
    /// needed; `nil` when the buffer was refilled and the caller should look again.
    private mutating func findRecordEnd() throws(BallotFileError) -> Int? {
        var index = start
        var quoted = false
        var atFieldStart = true
        let quotes = self.quotes
        let result: Int? = buffer.withUnsafeBufferPointer { bytes in
            while index < end {
                let byte = bytes[index]
                if quoted {
                    if byte == 0x22 {
                        if index + 1 < end && bytes[index + 1] == 0x22 {
                            index += 2
                            continue
                        }
                        if index + 1 == end && !atEnd { return nil }
                        quoted = false
                    }
                } else if byte == 0x0A || byte == 0x0D {
                    // A CR at the end of the buffer may be followed by LF in the next chunk.
                    if byte == 0x0D && index + 1 == end && !atEnd { return nil }
                    return index
                } else if byte == 0x22 && atFieldStart && quotes {
                    quoted = true
                }
                atFieldStart = byte == separator
                index += 1
            }
            return atEnd ? (quoted ? -1 : end) : nil
        }
        switch result {
        case .some(-1):
            throw .invalid(
                InvalidInput(
                    "a quoted value starts on this line and is never closed; close it with '\"' and write quotes inside a value as '\"\"'",
                    at: SourceLocation(file: file, line: nextLine)))
        case let recordEnd?:
            return recordEnd
        case nil:
            try refill()
            return nil
        }
    }

    /// Splits `range` of the buffer into fields; quoted fields are unescaped into `scratch`.
    private mutating func split(_ range: Range<Int>) {
        ranges.removeAll(keepingCapacity: true)
        var hasQuote = false
        for index in range where quotes && buffer[index] == 0x22 {
            hasQuote = true
            break
        }
        var lineBreaks = 0
        if !hasQuote {
            inScratch = false
            var fieldStart = range.lowerBound
            for index in range where buffer[index] == separator {
                ranges.append(fieldStart..<index)
                fieldStart = index + 1
            }
            ranges.append(fieldStart..<range.upperBound)
            return
        }
        inScratch = true
        scratch.removeAll(keepingCapacity: true)
        var index = range.lowerBound
        var fieldStart = 0
        while true {
            if index < range.upperBound && buffer[index] == 0x22 {
                index += 1
                while index < range.upperBound {
                    let byte = buffer[index]
                    if byte == 0x22 {
                        if index + 1 < range.upperBound && buffer[index + 1] == 0x22 {
                            scratch.append(0x22)
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    if byte == 0x0A || (byte == 0x0D && (index + 1 >= range.upperBound || buffer[index + 1] != 0x0A)) { lineBreaks += 1 }
                    scratch.append(byte)
                    index += 1
                }
            }
            // Unquoted text, or anything after a closing quote, is kept as it is.
            while index < range.upperBound && buffer[index] != separator {
                scratch.append(buffer[index])
                index += 1
            }
            ranges.append(fieldStart..<scratch.count)
            fieldStart = scratch.count
            if index >= range.upperBound { break }
            index += 1
        }
        nextLine += lineBreaks
    }

    private mutating func consumeLineEnd() {
        if buffer[start] == 0x0D {
            start += 1
            if start < end && buffer[start] == 0x0A { start += 1 }
        } else {
            start += 1
        }
        nextLine += 1
    }

    /// Keeps the unread bytes and reads more after them, growing the buffer for long records.
    private mutating func refill() throws(BallotFileError) {
        guard !atEnd else { return }
        if start > 0 {
            let unread = end - start
            if unread > 0 {
                buffer.withUnsafeMutableBytes { raw in
                    raw.baseAddress!.copyMemory(from: raw.baseAddress! + start, byteCount: unread)
                }
            }
            start = 0
            end = unread
        }
        if end == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
        let filled = end
        let source = self.source
        let outcome = buffer.withUnsafeMutableBytes { raw in
            Result { () throws(BallotFileError) in try source(UnsafeMutableRawBufferPointer(rebasing: raw[filled...])) }
        }
        let count = try outcome.get()
        if count == 0 {
            atEnd = true
            return
        }
        buffer.withUnsafeBytes { hasher.update(UnsafeRawBufferPointer(rebasing: $0[filled..<(filled + count)])) }
        end += count
        bytesRead += count
    }
}

/// Closes a file descriptor when the last reader holding it is gone.
final class FileDescriptorBox: Sendable {
    let descriptor: Int32
    init(_ descriptor: Int32) { self.descriptor = descriptor }
    deinit { close(descriptor) }

    /// Opens the file at `path` for reading.
    /// - Returns: the open file and its size.
    /// - Throws: `.storage` when the file is missing, a folder, or cannot be opened.
    static func reading(_ path: String, shownAs shown: String) throws(BallotFileError) -> (FileDescriptorBox, size: Int) {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw .storage(StorageError(.missing, path: shown, reason: "no such file"))
        }
        guard (status.st_mode & S_IFMT) != S_IFDIR else { throw .storage(StorageError(.unreadable, path: shown, reason: "is a folder, not a file")) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .storage(StorageError(.unreadable, path: shown, reason: "cannot be opened (\(String(cString: strerror(errno))))"))
        }
        return (FileDescriptorBox(descriptor), Int(status.st_size))
    }
}
