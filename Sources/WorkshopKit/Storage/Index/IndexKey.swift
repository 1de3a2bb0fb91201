/// The facts the ballot log is asked about when a ballot is recorded, as keys of the ballot
/// index: has this voter voted in this vote, is this ballot id taken, is the vote open,
/// closed, is this ballot voided. Each key leads to the one record that answers it.
enum IndexKey: UInt8, Sendable {
    /// (vote, voter) → the voter's ballot.
    case voter = 1
    /// (vote, ballot id) → the ballot, or the poster count with that id.
    case ballot = 2
    /// vote → its `open` record.
    case opened = 3
    /// vote → its `close` record.
    case closed = 4
    /// (vote, ballot id) → the `void` record that took the ballot out of the count.
    case voided = 5

    /// The record kind (the ballot log's `kind` column) a key points at.
    var recordKind: [UInt8] {
        switch self {
        case .voter, .ballot: Array("ballot".utf8)
        case .opened: Array("open".utf8)
        case .closed: Array("close".utf8)
        case .voided: Array("void".utf8)
        }
    }

    /// The ballot log's field (0-based) holding the key's value, or `nil` for keys of a vote alone.
    var valueField: Int? {
        switch self {
        case .voter: 4
        case .ballot, .voided: 3
        case .opened, .closed: nil
        }
    }

    /// The key's fingerprint: its kind, the vote and the value.
    func fingerprint(vote: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer) -> UInt64 {
        var hash = Fingerprint.adding(rawValue, to: Fingerprint.offsetBasis)
        hash = Fingerprint.adding(vote, to: hash)
        hash = Fingerprint.adding(0x1F, to: hash)
        hash = Fingerprint.adding(value, to: hash)
        return Fingerprint.finish(hash)
    }

    /// Whether the record on `line` is the one this key names.
    func matches(_ line: [UInt8], vote: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer) -> Bool {
        line.withUnsafeBytes { bytes in
            var fields = LogFields()
            guard fields.split(bytes), fields.count == LogKind.ballots.columns.count else { return false }
            let found = fields.raw(1, in: bytes)
            let kindMatches = recordKind.withUnsafeBytes { memcmpEqualBuffers($0, found) } || (self == .ballot && found.elementsEqual("count".utf8))
            guard kindMatches, memcmpEqualBuffers(vote, fields.raw(2, in: bytes)) else { return false }
            guard let field = valueField else { return true }
            return memcmpEqualBuffers(value, fields.raw(field, in: bytes))
        }
    }
}
