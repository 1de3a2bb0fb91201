/// A log's records as reading them gave them, kept in `.index/ratings.summary` and
/// `.index/ballots.summary`: the rating set or ballot set a read builds after checking every
/// record, so that the next read of the same log against the same definitions takes the set
/// from here instead of parsing and checking each record again.
///
/// Derived data, never trusted over the log: a summary is used only when the SHA-256 of the
/// whole log file is the one it was made from (the file is hashed on every read; `run`,
/// `export` and `overview` need that hash anyway for their stamp) and the definitions it was
/// checked against are byte for byte the same (`fingerprint`). Only a read that found nothing
/// to say about the log (no error, no warning) leaves one. A summary that is missing, damaged
/// (its own SHA-256 at the end), made by another version of its format, or made from other
/// bytes is ignored, and the log is read record by record as if there were none; a read that
/// does so writes a new one. `workshop check` never uses one: it checks every record.
///
/// Layout: `magic`, the log kind, the definitions' fingerprint, the log's length, SHA-256 and
/// last chain value, whether the token lists had no problem, the set (`RatingSet+Summary`, `BallotSet+Summary`), and the SHA-256 of
/// everything before it.
struct LogSummary {
    /// Names the layout and what the readers check: change it when either changes, so that no
    /// summary made by another version is used.
    static let magic = Array("WKSLSUM1".utf8)
    /// Logs shorter than this are read record by record every time: that takes a few
    /// milliseconds, and small workspaces stay free of derived files.
    static let minimumLength = 1 << 20

    static func relativePath(_ kind: LogKind) -> String { ".index/\(kind == .ratings ? "ratings" : "ballots").summary" }

    let kind: LogKind
    let fingerprint: [UInt8]
    /// The log's seal when the summary was made.
    let seal: LogSeal
    /// The token lists read with the log had no problem (they are fingerprinted with the
    /// definitions, so they have none now): a read that reuses the summary need not read them.
    let tokensClean: Bool
    var ratings: RatingSet?
    var ballots: BallotSet?

    /// What a log's records are checked against: every definition file read (by its bytes),
    /// which were not read, and the token lists.
    static func fingerprint(files: [WorkspaceFile: [UInt8]], read wanted: Set<WorkspaceFile>, tokens: [VoteID: [UInt8]]) -> [UInt8] {
        var hasher = SHA256.Hasher()
        hasher.update(magic)
        func add(_ bytes: [UInt8]) {
            hasher.update(littleEndian(UInt64(bytes.count)))
            hasher.update(bytes)
        }
        for file in WorkspaceFile.allCases where !file.isLog {
            add(Array(file.rawValue.utf8))
            add(!wanted.contains(file) ? Array("skipped".utf8) : files[file].map { [1] + SHA256.digest($0) } ?? Array("absent".utf8))
        }
        for (vote, bytes) in tokens.sorted(by: { $0.key < $1.key }) {
            add(Array(vote.rawValue.utf8))
            add(SHA256.digest(bytes))
        }
        return hasher.finalize()
    }

    /// The summary's bytes.
    var bytes: [UInt8] {
        var encoder = SummaryEncoder()
        encoder.reserve(64 + (ratings?.entries.count ?? 0) * 16 + (ballots?.byteEstimate ?? 0))
        encoder.append(Self.magic)
        encoder.int(kind == .ratings ? 1 : 2)
        encoder.array(fingerprint)
        encoder.int(seal.bytes)
        encoder.string(seal.sha256)
        encoder.string(seal.chain ?? "")
        encoder.int(tokensClean ? 1 : 0)
        ratings?.encode(into: &encoder)
        ballots?.encode(into: &encoder)
        var bytes = encoder.bytes
        bytes += SHA256.digest(bytes)
        return bytes
    }

    init(kind: LogKind, fingerprint: [UInt8], seal: LogSeal, tokensClean: Bool = false, ratings: RatingSet?, ballots: BallotSet?) {
        self.kind = kind
        self.fingerprint = fingerprint
        self.seal = seal
        self.tokensClean = tokensClean
        self.ratings = ratings
        self.ballots = ballots
    }

    /// Reads a summary; `nil` when `bytes` are not a sound one of `kind`.
    init?(_ kind: LogKind, bytes: [UInt8]) {
        let body = bytes.count - 32
        guard body >= Self.magic.count, bytes[0..<Self.magic.count].elementsEqual(Self.magic),
            bytes[body...].elementsEqual(SHA256.digest(bytes[0..<body]))
        else { return nil }
        var decoder = SummaryDecoder(bytes, from: Self.magic.count, to: body)
        guard decoder.int() == (kind == .ratings ? 1 : 2), let fingerprint = decoder.array(UInt8.self), let length = decoder.int(),
            length >= 0, let sha256 = decoder.string(), sha256.utf8.count == 64, let chain = decoder.string(), let clean = decoder.int()
        else { return nil }
        self.kind = kind
        self.fingerprint = fingerprint
        tokensClean = clean == 1
        seal = LogSeal(sha256: sha256, bytes: length, chain: chain.isEmpty ? nil : chain)
        if kind == .ratings {
            guard let set = RatingSet(from: &decoder) else { return nil }
            ratings = set
        } else {
            guard let set = BallotSet(from: &decoder) else { return nil }
            ballots = set
        }
        guard decoder.isAtEnd else { return nil }
    }
}
