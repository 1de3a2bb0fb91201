/// Walks a format-2 log record by record: checks that each record is one line of nine fields,
/// that `seq` counts up from 1 without gaps or repeats, and that each batch's chain value is
/// the SHA-256 it must be; hands every committed record to the log's reader, and reports the
/// records after the last chain value as an uncommitted tail.
///
/// Streams: the memory needed does not grow with the log's length.
struct LogWalk {
    let kind: LogKind
    let source: LogSource
    var problems: LogDiagnostics
    /// The most a read of a log file takes (tests make it small, to cross every boundary).
    var chunk = 1 << 20
    private(set) var tail: LogTail?
    /// The SHA-256 of the whole file (64 hex digits), when asked for: computed from the bytes
    /// as the walk reads them.
    private(set) var fileDigest: String?
    private let hashesFile: Bool
    /// Where the bytes read are counted, for a progress bar.
    var progress: ReadProgress?

    /// - Parameter hashesFile: also compute `fileDigest`.
    init(_ kind: LogKind, source: LogSource, path: String, hashesFile: Bool = false) {
        self.kind = kind
        self.source = source
        self.hashesFile = hashesFile
        problems = LogDiagnostics(path: path)
    }

    /// What a record's reader gets: the line, its fields, its line number and byte offset.
    struct Record {
        let line: UnsafeRawBufferPointer
        let fields: LogFields
        let number: Int
        let offset: Int
        /// The record ends its batch (it carries the chain value).
        let endsBatch: Bool
    }

    /// Walks the records from `recordsStart`, calling `visit` for each committed record whose
    /// framing (fields, `seq`) is sound.
    mutating func run(recordsStart: Int, _ visit: (Record, inout LogDiagnostics) -> Void) throws(StorageError) {
        let found = LogTail.find(kind, in: source, recordsStart: recordsStart)
        tail = found
        let committedEnd = found.committedEnd
        var fields = LogFields()
        var expected = 1
        var hasher = SHA256.Hasher()
        hasher.update(kind.genesisChain)
        var batchStartLine = 3
        var batchBroken = false
        var uncommittedLines = 0
        var firstUncommitted = 0
        let width = kind.columns.count
        var problems = self.problems
        var file: SHA256.Hasher?
        if hashesFile {
            file = SHA256.Hasher()
            file?.update(source.read(0..<recordsStart))
        }
        try source.forEachLine(from: recordsStart, firstLine: 3, path: problems.path, chunk: chunk, hashing: &file, progress: progress) { line, number, offset, ended in
            guard offset < committedEnd else {
                if uncommittedLines == 0 { firstUncommitted = number }
                uncommittedLines += 1
                return true
            }
            guard fields.split(line) else {
                let problem = fields.problem!
                problems.error(problem.message, line: number, column: problem.field)
                batchBroken = true
                return true
            }
            guard fields.count == width else {
                problems.error(
                    "this record has \(fields.count) fields but a record of the \(kind.rawValue) log has \(width) (\(kind.columns.joined(separator: ",")))",
                    line: number, column: min(fields.count, width))
                batchBroken = true
                return true
            }
            // Numbering: a gap is a removed record, a repeat or step back an inserted one.
            if let seq = fields.integer(0, in: line) {
                if seq == expected {
                    expected += 1
                } else if seq > expected {
                    let missing = expected == seq - 1 ? "record \(expected) is" : "records \(expected)–\(seq - 1) are"
                    problems.error("seq jumps from \(expected - 1) to \(seq): \(missing) missing (removed from the log)", line: number, column: 1)
                    expected = seq + 1
                } else {
                    problems.error(
                        "seq \(seq) comes after \(expected - 1): this record was inserted or moved (records are numbered 1, 2, 3, … in the order written)",
                        line: number, column: 1)
                }
            } else {
                problems.error("seq '\(fields.text(0, in: line))' is not a record number", line: number, column: 1)
            }
            // The chain: a batch's bytes, its last line up to the comma before the chain value.
            let chainField = fields.raw(width - 1, in: line)
            let endsBatch = !chainField.isEmpty
            if endsBatch {
                hasher.update(UnsafeRawBufferPointer(rebasing: line[..<fields.lastFieldStart]))
                let matches = hasher.finalizeHexBytes().withUnsafeBytes { memcmpEqualBuffers($0, chainField) }
                if !matches && !batchBroken {
                    let which = batchStartLine == number ? "this record" : "a record on lines \(batchStartLine)–\(number)"
                    problems.error(
                        "the chain value does not match: \(which) was altered after it was written (or its chain value was); the log's integrity is broken from here",
                        line: number, column: width)
                }
                hasher = SHA256.Hasher()
                hasher.update(chainField)
                batchStartLine = number + 1
                batchBroken = false
            } else {
                hasher.update(UnsafeRawBufferPointer(start: line.baseAddress, count: line.count + 1))
            }
            visit(Record(line: line, fields: fields, number: number, offset: offset, endsBatch: endsBatch), &problems)
            return true
        }
        if uncommittedLines > 0 {
            let lines = uncommittedLines == 1 ? "line \(firstUncommitted)" : "lines \(firstUncommitted)–\(firstUncommitted + uncommittedLines - 1)"
            problems.warning(
                "\(uncommittedLines) record\(uncommittedLines == 1 ? "" : "s") at the end (\(lines)) were never committed (a write was interrupted); they are not counted, and the next append is refused until 'workshop repair' removes them",
                line: firstUncommitted)
        }
        self.problems = problems
        fileDigest = file?.finalizeHex()
    }
}

/// Whether two byte buffers hold the same bytes.
@inline(__always)
func memcmpEqualBuffers(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
    a.count == b.count && (a.count == 0 || memcmpEqual(a.baseAddress!, b.baseAddress!, a.count))
}
