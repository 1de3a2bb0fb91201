/// Finds a batch of the rating log that holds exactly the records a new batch would hold, so
/// that a returned sheet or form export imported a second time is recognised and not counted
/// twice.
///
/// Two batches are the same when their records, in order, agree on everything but `seq`, the
/// time and the chain: rater, item, criterion, score, channel and comment. So the key is the
/// sheet's answers and comments as recorded; a sheet filled in again differently (a
/// correction) is a new batch. The log is streamed once, under the lock; nothing is stored
/// beside it, so a copy of the workspace knows what was imported as well as the original.
enum RepeatedBatch {
    /// The key of a batch about to be written: SHA-256 over its records' fields as the log
    /// holds them.
    static func key(of ratings: [Rating]) -> [UInt8] {
        var hasher = SHA256.Hasher()
        for rating in ratings {
            // As `LogFields.raw` gives a field: guarded, quotes doubled, without the outer quotes.
            let line = LogBuilder.fields(rating).prefix(6).map { FormulaGuard.apply($0).replacing("\"", with: "\"\"") }
                .joined(separator: ",") + "\n"
            hasher.update(Array(line.utf8))
        }
        return hasher.finalize()
    }

    /// The `seq` range of the first committed batch of the log at `source` with this key, or
    /// `nil` when there is none.
    static func find(_ key: [UInt8], in source: LogSource, path: String, recordsStart: Int) throws(StorageError) -> ClosedRange<Int>? {
        guard recordsStart > 0 else { return nil }
        var walk = LogWalk(.ratings, source: source, path: path)
        var hasher = SHA256.Hasher()
        var firstSeq: Int?
        var found: ClosedRange<Int>?
        try walk.run(recordsStart: recordsStart) { record, _ in
            guard found == nil else { return }
            let seq = record.fields.integer(0, in: record.line) ?? 0
            if firstSeq == nil { firstSeq = seq }
            // Fields 1…6 (rater … comment) as written, separated by commas, and the line end.
            for index in 1...6 {
                hasher.update(record.fields.raw(index, in: record.line))
                hasher.update(index < 6 ? [0x2C] : [0x0A])
            }
            if record.endsBatch {
                if hasher.finalize() == key, let first = firstSeq { found = first...seq }
                hasher = SHA256.Hasher()
                firstSeq = nil
            }
        }
        return found
    }
}
