/// The end of a log: where its committed records end, and the last committed record's `seq`
/// and chain value. Found by reading backwards from the end of the file, so an append costs
/// the same however long the log is.
struct LogTail: Equatable {
    /// Bytes up to here belong to committed batches (the last one ends with a chain value).
    var committedEnd: Int
    /// The `seq` of the last committed record; 0 when there is none, -1 when it cannot be read.
    var lastSeq: Int
    /// The chain value of the last committed batch (the genesis value when there is none).
    var chain: [UInt8]
    /// The log's length: bytes after `committedEnd` are an uncommitted tail.
    var length: Int

    var hasUncommittedTail: Bool { committedEnd < length }

    /// Finds the tail of a format-2 log whose records start at `recordsStart`.
    static func find(_ kind: LogKind, in source: LogSource, recordsStart: Int) -> LogTail {
        let length = source.length
        var windowEnd = length
        // An unfinished last line (no LF) is never committed.
        if length > recordsStart, source.read(length - 1..<length) != [0x0A] {
            var probe = length
            var size = 4096
            while true {
                let start = max(recordsStart, probe - size)
                let chunk = source.read(start..<probe)
                if let lf = chunk.lastIndex(of: 0x0A) {
                    windowEnd = start + lf + 1
                    break
                }
                if start == recordsStart {
                    windowEnd = recordsStart
                    break
                }
                probe = start
                size = min(size * 4, 1 << 22)
            }
        }
        var size = 65_536
        while windowEnd > recordsStart {
            let windowStart = max(recordsStart, windowEnd - size)
            let chunk = source.read(windowStart..<windowEnd)
            // Lines from the end: chunk ends with an LF.
            var lineEnd = chunk.count - 1
            var earliestComplete = chunk.count
            while lineEnd >= 0 {
                let previousLF = lineEnd == 0 ? nil : chunk[..<lineEnd].lastIndex(of: 0x0A)
                guard let previousLF else {
                    if windowStart == recordsStart {
                        earliestComplete = 0
                        if let tail = committed(chunk, 0, lineEnd, base: windowStart, length: length) { return tail }
                    }
                    break
                }
                let lineStart = previousLF + 1
                earliestComplete = lineStart
                if let tail = committed(chunk, lineStart, lineEnd, base: windowStart, length: length) { return tail }
                lineEnd = previousLF
            }
            if earliestComplete == 0 && windowStart == recordsStart { break }
            if earliestComplete == chunk.count {
                size *= 4  // one line longer than the window
                continue
            }
            windowEnd = windowStart + earliestComplete
        }
        return LogTail(committedEnd: recordsStart, lastSeq: 0, chain: kind.genesisChain, length: length)
    }

    /// The tail when the line `chunk[start..<end]` carries a chain value; `nil` otherwise.
    private static func committed(_ chunk: [UInt8], _ start: Int, _ end: Int, base: Int, length: Int) -> LogTail? {
        guard end - start > 65, let comma = chunk[start..<end].lastIndex(of: 0x2C), end - comma - 1 == 64,
            chunk[(comma + 1)..<end].allSatisfy(isLowerHex)
        else { return nil }
        let seqEnd = chunk[start..<end].firstIndex(of: 0x2C) ?? end
        var seq = 0
        for byte in chunk[start..<seqEnd] {
            guard byte >= 0x30, byte <= 0x39, seq < 1 << 58 else { return LogTail(committedEnd: base + end + 1, lastSeq: -1, chain: [], length: length) }
            seq = seq * 10 + Int(byte - 0x30)
        }
        return LogTail(
            committedEnd: base + end + 1, lastSeq: seqEnd == start ? -1 : seq, chain: Array(chunk[(comma + 1)..<end]), length: length)
    }

    static func isLowerHex(_ byte: UInt8) -> Bool { (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x66) }
}
