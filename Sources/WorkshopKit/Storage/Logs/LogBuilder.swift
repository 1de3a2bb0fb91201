/// Writes log records as the format wants them: numbered, in chained batches, one line each.
///
/// Builds a whole log in memory (a new workspace, an upgrade, tests, the benchmark's
/// generator), or, started after a log's last committed record, just the bytes of the next
/// batch, which `WorkspaceStore` appends.
///
/// ```swift
/// var log = LogBuilder(.ratings)
/// log.append([Rating(rater: "AK-01", item: "I-1", criterion: "wachstum", score: 4)])
/// log.bytes   // header, and one batch of one record with its chain value
/// ```
public struct LogBuilder: Sendable {
    public let kind: LogKind
    /// What was built: the header (for a new log) and every batch appended.
    public private(set) var bytes: [UInt8]
    /// The `seq` the next record gets.
    public private(set) var nextSeq: Int
    /// The chain value of the last batch (64 hex digits as bytes).
    public private(set) var chain: [UInt8]

    /// A new log: its two header lines, no records.
    public init(_ kind: LogKind) {
        self.kind = kind
        bytes = kind.header
        nextSeq = 1
        chain = kind.genesisChain
    }

    /// The next batches of an existing log whose last committed record is `lastSeq` with chain
    /// value `chain` (64 hex digits); `bytes` starts empty.
    public init(_ kind: LogKind, after lastSeq: Int, chain: [UInt8]) {
        self.kind = kind
        bytes = []
        nextSeq = lastSeq + 1
        self.chain = chain
    }

    /// Appends one batch of ratings (all or nothing when written).
    public mutating func append(_ ratings: [Rating]) {
        appendBatch(ratings.map(Self.fields))
    }

    /// Appends one batch of ballot log records.
    public mutating func append(_ records: [BallotRecord]) {
        appendBatch(records.map(Self.fields))
    }

    /// Appends one batch: each record's fields between `seq` and `chain`, not yet escaped.
    mutating func appendBatch(_ records: [[String]]) {
        guard !records.isEmpty else { return }
        let start = bytes.count
        for (offset, fields) in records.enumerated() {
            var line = String(nextSeq)
            for field in fields {
                line += ","
                line += Self.escaped(field)
            }
            line += ","
            bytes += Array(line.utf8)
            nextSeq += 1
            if offset < records.count - 1 { bytes.append(0x0A) }
        }
        var hasher = SHA256.Hasher()
        hasher.update(chain)
        bytes.withUnsafeBytes { hasher.update(UnsafeRawBufferPointer(rebasing: $0[start...])) }
        chain = hasher.finalizeHexBytes()
        bytes += chain
        bytes.append(0x0A)
    }

    /// A field as the log writes it: the formula guard a spreadsheet needs, quoted when it
    /// holds a comma or a quote. Line breaks never reach here (records are one line).
    static func escaped(_ text: String) -> String {
        let guarded = FormulaGuard.apply(text)
        guard guarded.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 }) else { return guarded }
        return "\"" + guarded.replacing("\"", with: "\"\"") + "\""
    }

    static func fields(_ rating: Rating) -> [String] {
        [
            rating.rater.rawValue, rating.item.rawValue, rating.criterion.rawValue, rating.score.map(String.init) ?? "?",
            rating.channel?.rawValue ?? "", rating.comment, rating.recordedAt?.description ?? "",
        ]
    }

    static func fields(_ record: BallotRecord) -> [String] {
        let time = record.recordedAt?.description ?? ""
        switch record {
        case .open(let vote, let definition, _): return ["open", vote.rawValue, "", "", "", definition, time]
        case .ballot(let ballot):
            return ["ballot", ballot.vote.rawValue, ballot.id.rawValue, ballot.voter?.rawValue ?? "", BallotNotation.text(ballot.content), "", time]
        case .count(let poster):
            return ["count", poster.vote.rawValue, poster.id.rawValue, "", BallotNotation.text(.points(poster.points)), poster.note, time]
        case .void(let vote, let ballot, let reason, _): return ["void", vote.rawValue, ballot.rawValue, "", "", reason, time]
        case .close(let vote, let note, _): return ["close", vote.rawValue, "", "", "", note, time]
        }
    }
}
