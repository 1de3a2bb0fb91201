/// Reads the ballot log into a `BallotSet`, checking every record against the votes and the
/// log before it: a vote opens once with the definition votes.json still gives, ballots come
/// between its opening and its closing, each ballot id and each voter once per vote, voters
/// as the vote names them, contents by the vote's rules, voids naming a recorded ballot.
///
/// One ballot per voter is checked by the voter's number in the vote's list (its token list or
/// participants.json), unique ballot ids by the record numbers of ids the log gave itself
/// (`B` and the record's `seq`) and a `KeyTable` of fingerprints and record offsets for ids
/// given by hand, confirmed by reading the earlier record. Memory grows with voters and
/// ballots, not with the log's text.
struct BallotsLogReader {
    let context: LogContext
    let source: LogSource
    let path: String
    /// Keep the ballots' marks (for counting); a check alone needs only the counts.
    let keepsBallots: Bool
    private(set) var set = BallotSet()
    private(set) var keys = KeyTable()
    private var states: [VoteState] = []
    private var participants = IDTable()
    private let participantsReliable: Bool
    private var voids: [(box: Int32, id: [UInt8])] = []
    /// Poster counts' ids with their vote's box, while checking without keeping ballots: a void
    /// of one takes no ballot out of the count.
    private var posters = Set<[UInt8]>()
    /// By record `seq`: the vote (its box + 1) of a ballot whose id is its own `B<seq>`, else 0.
    private var ownIDs: [UInt16] = []
    private var lastVote: (bytes: [UInt8], box: Int32)?
    private var options: [Int32] = []
    private var values: [Int32] = []

    private struct VoteState {
        var vote: Vote?
        var problem: String?
        var rules: CompiledBallotRules?
        var tokens: TokenList?
        var opened: Int?
        var closed: Int?
        /// By voter number (in the token list or participants.json): the line of the voter's
        /// ballot, 0 while the voter has not voted.
        var voted: [Int32] = []
    }

    init(context: LogContext, source: LogSource, path: String, keepsBallots: Bool = true) {
        self.context = context
        self.source = source
        self.path = path
        self.keepsBallots = keepsBallots
        participantsReliable = context.unreliable.isDisjoint(with: [.participants])
        for participant in context.participants { _ = participants.intern(participant.rawValue) }
    }

    mutating func read(_ walk: inout LogWalk, recordsStart: Int) throws(StorageError) {
        try walk.run(recordsStart: recordsStart) { record, problems in
            visit(record, &problems)
        }
        applyVoids()
    }

    // MARK: - One record

    private mutating func visit(_ record: LogWalk.Record, _ problems: inout LogDiagnostics) {
        let line = record.line
        let fields = record.fields
        let number = record.number
        guard let kind = Self.kind(fields.raw(1, in: line)) else {
            problems.error(
                "kind '\(fields.text(1, in: line))' is not known; a record is open, ballot, count, void or close", line: number, column: 2)
            return
        }
        let voteField = fields.raw(2, in: line)
        // Records of one vote usually follow each other: the last vote's box is tried first.
        let box: Int32
        if let last = lastVote, last.bytes.withUnsafeBytes({ memcmpEqualBuffers($0, voteField) }) {
            box = last.box
        } else {
            box = set.box(voteField)
            lastVote = (Array(voteField), box)
        }
        if Int(box) == states.count { states.append(state(for: fields.text(2, in: line))) }
        if let problem = states[Int(box)].problem {
            let what = kind == .ballot ? "ballot \(fields.text(3, in: line))" : "\(kind.rawValue) record"
            problems.error("\(what): \(problem)", line: number, column: 3)
            return
        }
        guard let vote = states[Int(box)].vote else { return }
        guard let recorded = RatingsLogReader.recordedAt(fields, line, number, &problems) else { return }
        let precision = recorded?.precision ?? TimestampPrecision.none
        if let day = recorded?.day { set.noteRecorded(day) }
        if kind != .ballot {
            for field in 3...5 where !fields.isEmpty(field) && !(kind == .void && field == 3) && !(kind == .count && field != 4) {
                let name = ["ballot", "voter", "content"][field - 3]
                problems.error("a\(kind == .open ? "n" : "") \(kind.rawValue) record has no \(name); leave field \(field + 1) empty", line: number, column: field + 1)
            }
        }
        switch kind {
        case .open: open(vote, box, record, &problems)
        case .ballot: ballot(vote, box, record, precision, &problems)
        case .count: poster(vote, box, record, &problems)
        case .void: void(vote, box, record, &problems)
        case .close:
            if let closed = states[Int(box)].closed {
                problems.error("vote \(vote.id) was closed already (\(path):\(closed))", line: number, column: 2)
            } else if states[Int(box)].opened == nil {
                problems.error("vote \(vote.id) is closed before it was opened; its open record comes first", line: number, column: 2)
            }
            states[Int(box)].closed = number
            insert(.closed, voteField, UnsafeRawBufferPointer(start: nil, count: 0), record.offset)
            if keepsBallots { set.markClosed(box) }
        }
    }

    private mutating func state(for vote: String) -> VoteState {
        if let problem = VoteID.problem(with: vote) { return VoteState(problem: "vote: \(problem)") }
        let id = VoteID(rawValue: vote)
        guard let found = context.votes[id] else {
            guard context.unreliable.isDisjoint(with: [.votes]) else { return VoteState() }
            return VoteState(problem: ReferenceCheck.unknown(id, among: Set(context.votes.keys), definedIn: [.votes], context: "ballot log").replacing("ballot log: ", with: ""))
        }
        return VoteState(vote: found, rules: CompiledBallotRules(vote: found, costs: context.costs(of: found)), tokens: context.tokens[id])
    }

    private mutating func open(_ vote: Vote, _ box: Int32, _ record: LogWalk.Record, _ problems: inout LogDiagnostics) {
        let number = record.number
        if let opened = states[Int(box)].opened {
            problems.error("vote \(vote.id) was opened already (\(path):\(opened)); it opens once", line: number, column: 2)
            return
        }
        states[Int(box)].opened = number
        insert(.opened, record.fields.raw(2, in: record.line), UnsafeRawBufferPointer(start: nil, count: 0), record.offset)
        let frozen = record.fields.text(6, in: record.line)
        let current = vote.definitionHash
        if !frozen.hasPrefix("sha256:") || frozen.count != 71 || !frozen.utf8.dropFirst(7).allSatisfy(LogTail.isLowerHex) {
            problems.error("an open record notes its vote's definition as sha256: and 64 hex digits, found '\(frozen)'", line: number, column: 7)
        } else if frozen != current {
            problems.error(
                "votes.json has changed vote \(vote.id) since it opened here: its definition (method, limits, options, rule, voters, timestamps) is frozen as \(frozen), votes.json now gives \(current); put the definition back, or make the change a new vote",
                line: number, column: 7)
        }
    }

    private mutating func ballot(
        _ vote: Vote, _ box: Int32, _ record: LogWalk.Record, _ precision: TimestampPrecision, _ problems: inout LogDiagnostics
    ) {
        let line = record.line
        let fields = record.fields
        let number = record.number
        let voteField = fields.raw(2, in: line)
        let idField = fields.raw(3, in: line)
        var context: String { "ballot \(fields.text(3, in: line)) of vote \(vote.id)" }
        var valid = isOpen(box, context, number, &problems)
        if !BallotID.isValid(idField) {
            problems.error("ballot: \(BallotID.problem(with: fields.text(3, in: line)) ?? "")", line: number, column: 4)
            return
        }
        if let earlier = recordBallotID(box, voteField, idField, record) {
            problems.error("\(context) was already recorded (\(earlier)); each ballot id is used once per vote", line: number, column: 4)
            valid = false
        }
        if !voter(vote, box, fields.raw(4, in: line), record, &problems) { valid = false }
        // The content: the fast path for canonical text, BallotRules for everything else.
        var kindCode = states[Int(box)].rules?.accept(fields.raw(5, in: line), set: &set, options: &options, values: &values)
        if kindCode == nil {
            let text = fields.text(5, in: line)
            switch BallotNotation.parse(text, as: vote.ballotKind) {
            case .failure(let error):
                problems.error("\(context): \(error.message)", line: number, column: 6)
                valid = false
            case .success(let content):
                let found = BallotRules.problems(with: content, in: vote, costs: self.context.costs(of: vote))
                for problem in found { problems.error("\(context): \(problem)", line: number, column: 6) }
                if found.isEmpty { kindCode = marks(of: content) } else { valid = false }
            }
        }
        if precision > vote.recordedPrecision {
            problems.warning(
                "\(context) is timestamped to the \(precision.rawValue), finer than the vote keeps (\(vote.recordedPrecision.rawValue)); a fine time beside each ballot can link voters to ballots",
                line: number, column: 8)
        }
        guard valid, let kindCode else { return }
        if !keepsBallots {
            set.count(1, in: box)
        } else {
            set.add(to: box, id: idField, kind: kindCode, options: options, values: values)
        }
    }

    /// Whether the vote is open (opened, not closed) for a record; reports it when not.
    private func isOpen(_ box: Int32, _ context: String, _ number: Int, _ problems: inout LogDiagnostics) -> Bool {
        var open = true
        if states[Int(box)].opened == nil {
            problems.error("\(context) comes before the vote's open record", line: number, column: 2)
            open = false
        }
        if let closed = states[Int(box)].closed {
            problems.error("\(context) comes after the vote was closed (\(path):\(closed))", line: number, column: 2)
            open = false
        }
        return open
    }

    /// A poster's dot counts: its id once per vote like a ballot's, points for the vote's
    /// options only (per-voter limits cannot apply to a poster).
    private mutating func poster(_ vote: Vote, _ box: Int32, _ record: LogWalk.Record, _ problems: inout LogDiagnostics) {
        let line = record.line
        let fields = record.fields
        let number = record.number
        let idField = fields.raw(3, in: line)
        let context = "poster count \(fields.text(3, in: line)) of vote \(vote.id)"
        var valid = isOpen(box, context, number, &problems)
        guard BallotID.isValid(idField) else {
            problems.error("poster count: \(BallotID.problem(with: fields.text(3, in: line)) ?? "")", line: number, column: 4)
            return
        }
        if let earlier = recordBallotID(box, fields.raw(2, in: line), idField, record) {
            problems.error("\(context): its id was already used (\(earlier)); each ballot or count id is used once per vote", line: number, column: 4)
            valid = false
        }
        var points: [OptionValue] = []
        switch BallotNotation.parse(fields.text(5, in: line), as: .points) {
        case .failure(let error):
            problems.error("\(context): \(error.message)", line: number, column: 6)
            return
        case .success(let content):
            if case .points(let marks) = content { points = marks }
        }
        let found = BallotRules.posterProblems(with: points, in: vote)
        for problem in found { problems.error("\(context): \(problem)", line: number, column: 6) }
        guard valid, found.isEmpty else { return }
        if keepsBallots {
            _ = marks(of: .points(points))
            set.add(to: box, id: idField, kind: BallotSet.posterCode, options: options, values: values)
        } else {
            posters.insert(Self.posterKey(box, idField))
            set.countPosters(1, in: box)
        }
    }

    private static func posterKey(_ box: Int32, _ id: UnsafeRawBufferPointer) -> [UInt8] {
        withUnsafeBytes(of: box) { Array($0) } + Array(id)
    }

    /// Checks the voter field against the vote's voters; `false` after reporting a problem.
    private mutating func voter(
        _ vote: Vote, _ box: Int32, _ field: UnsafeRawBufferPointer, _ record: LogWalk.Record, _ problems: inout LogDiagnostics
    ) -> Bool {
        let number = record.number
        var context: String { "ballot \(record.fields.text(3, in: record.line)) of vote \(vote.id)" }
        var text: String { record.fields.text(4, in: record.line) }
        switch vote.voters {
        case .anonymous:
            guard field.isEmpty else {
                problems.error("\(context): the vote is anonymous, so a ballot names no voter; leave the voter empty", line: number, column: 5)
                return false
            }
            return true
        case .named, .tokens:
            guard !field.isEmpty else {
                let who = vote.voters == .named ? "a registered participant" : "a token of \(TokenList.path(for: vote.id))"
                problems.error("\(context) names no voter; the vote's voters are \(who)", line: number, column: 5)
                return false
            }
            if !VoterID.isValid(field) {
                problems.error("voter: \(VoterID.problem(with: text) ?? "")", line: number, column: 5)
                return false
            }
            // The voter's number in the vote's list: whether the voter may vote, and has voted.
            let index = vote.voters == .named ? participants.find(field).map(Int.init) : states[Int(box)].tokens?.index(of: field)
            if index == nil {
                if vote.voters == .tokens {
                    problems.error("\(context): voter \(text) is not a token of this vote (\(TokenList.path(for: vote.id)))", line: number, column: 5)
                    return false
                }
                if participantsReliable {
                    problems.error(
                        ReferenceCheck.unknown(ParticipantID(rawValue: text), among: self.context.participants, definedIn: [.participants], context: context),
                        line: number, column: 5)
                    return false
                }
            }
            if let index {
                if states[Int(box)].voted.isEmpty {
                    states[Int(box)].voted = [Int32](repeating: 0, count: vote.voters == .named ? participants.count : states[Int(box)].tokens?.count ?? 0)
                }
                let earlier = states[Int(box)].voted[index]
                guard earlier == 0 else {
                    problems.error("voter \(text) already voted in \(vote.id) (\(path):\(earlier)); one ballot per voter", line: number, column: 5)
                    return false
                }
                states[Int(box)].voted[index] = Int32(truncatingIfNeeded: number)
            } else if let earlier = insert(.voter, record.fields.raw(2, in: record.line), field, record.offset) {
                problems.error("voter \(text) already voted in \(vote.id) (\(location(of: earlier))); one ballot per voter", line: number, column: 5)
                return false
            }
            return true
        }
    }

    private mutating func void(_ vote: Vote, _ box: Int32, _ record: LogWalk.Record, _ problems: inout LogDiagnostics) {
        let line = record.line
        let fields = record.fields
        let number = record.number
        let voteField = fields.raw(2, in: line)
        let idField = fields.raw(3, in: line)
        let id = fields.text(3, in: line)
        guard !fields.isEmpty(3) else {
            problems.error("a void record names the ballot it takes out of the count", line: number, column: 4)
            return
        }
        guard ballotRecorded(box, voteField, idField) else {
            problems.error("void names ballot \(id) of vote \(vote.id), which is not recorded before it", line: number, column: 4)
            return
        }
        if fields.text(6, in: line).allSatisfy(\.isWhitespace) {
            problems.error("the void of ballot \(id) gives no reason; say why it does not count", line: number, column: 7)
        }
        if let earlier = insert(.voided, voteField, idField, record.offset) {
            problems.error("ballot \(id) of vote \(vote.id) was voided already (\(location(of: earlier)))", line: number, column: 4)
            return
        }
        if keepsBallots {
            voids.append((box, Array(idField)))
        } else if posters.contains(Self.posterKey(box, idField)) {
            set.countPosters(-1, in: box)
        } else {
            set.count(-1, in: box)
        }
    }

    /// The record kind a `kind` field names.
    static func kind(_ field: UnsafeRawBufferPointer) -> BallotRecord.Kind? {
        guard (4...6).contains(field.count), let base = field.baseAddress else { return nil }
        // The word spelled by the field's bytes, little-endian, against each kind's.
        var word: UInt64 = 0
        for index in 0..<field.count { word |= UInt64(base.load(fromByteOffset: index, as: UInt8.self)) << (index * 8) }
        switch word {
        case 0x74_6F_6C_6C_61_62: return .ballot  // "ballot"
        case 0x6E_65_70_6F: return .open  // "open"
        case 0x74_6E_75_6F_63: return .count  // "count"
        case 0x64_69_6F_76: return .void  // "void"
        case 0x65_73_6F_6C_63: return .close  // "close"
        default: return nil
        }
    }

    // MARK: - Keys

    /// Notes a ballot's id; the place of an earlier ballot of the vote with the same id, if any.
    /// Ids the log gave itself (`B` and the record's own `seq`) need no table: they are
    /// unique as the record numbers are; only hand-given ids go into the key table.
    private mutating func recordBallotID(_ box: Int32, _ vote: UnsafeRawBufferPointer, _ id: UnsafeRawBufferPointer, _ record: LogWalk.Record) -> String? {
        let seq = record.fields.integer(0, in: record.line) ?? -1
        if let number = Self.ownNumber(id) {
            if number == seq, box < UInt16.max {
                // A hand-given id written earlier could be this one.
                if let earlier = find(.ballot, vote, id) { return location(of: earlier) }
                if seq >= ownIDs.count { ownIDs += [UInt16](repeating: 0, count: max(seq + 1 - ownIDs.count, ownIDs.count)) }
                ownIDs[seq] = UInt16(box + 1)
                return nil
            }
            if number < ownIDs.count, ownIDs[number] == UInt16(truncatingIfNeeded: box + 1) { return "\(path):\(number + 2)" }
        }
        return insert(.ballot, vote, id, record.offset).map(location(of:))
    }

    /// Whether a ballot with this id was recorded in the vote.
    private func ballotRecorded(_ box: Int32, _ vote: UnsafeRawBufferPointer, _ id: UnsafeRawBufferPointer) -> Bool {
        if let number = Self.ownNumber(id), number < ownIDs.count, ownIDs[number] == UInt16(truncatingIfNeeded: box + 1) { return true }
        return find(.ballot, vote, id) != nil
    }

    /// `n` when `id` is `B` and `n` written as the log writes ids it gives (six digits at least).
    static func ownNumber(_ id: UnsafeRawBufferPointer) -> Int? {
        guard id.count >= 7, id.count <= 19, id[0] == 0x42 else { return nil }
        var number = 0
        for byte in id.dropFirst() {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            number = number * 10 + Int(byte - 0x30)
        }
        // Exactly the padded form: no more leading zeros than six digits need.
        var digits = 1
        var rest = number / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        return id.count == max(6, digits) + 1 ? number : nil
    }

    @discardableResult
    private mutating func insert(_ key: IndexKey, _ vote: UnsafeRawBufferPointer, _ value: UnsafeRawBufferPointer, _ offset: Int) -> Int? {
        let source = self.source
        return keys.insert(key.fingerprint(vote: vote, value: value), offset: offset) { earlier in
            source.line(at: earlier).map { key.matches($0, vote: vote, value: value) } ?? false
        }
    }

    private func find(_ key: IndexKey, _ vote: UnsafeRawBufferPointer, _ value: UnsafeRawBufferPointer) -> Int? {
        let source = self.source
        return keys.find(key.fingerprint(vote: vote, value: value)) { earlier in
            source.line(at: earlier).map { key.matches($0, vote: vote, value: value) } ?? false
        }
    }

    /// `path:line` of the record at `offset`: its `seq` tells the line (two header lines first).
    private func location(of offset: Int) -> String {
        guard let line = source.line(at: offset) else { return path }
        var seq = 0
        for byte in line {
            guard byte >= 0x30, byte <= 0x39 else { break }
            seq = seq * 10 + Int(byte - 0x30)
        }
        return "\(path):\(seq + 2)"
    }

    // MARK: - Counting

    /// The marks of a ballot checked by `BallotRules`, interned into the set's buffers.
    private mutating func marks(of content: BallotContent) -> UInt8 {
        options.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        func add(_ option: ItemID, _ value: Int) {
            var id = option.rawValue
            options.append(id.withUTF8 { set.internItem(UnsafeRawBufferPointer($0)) })
            values.append(Int32(value))
        }
        switch content {
        case .abstain: break
        case .points(let marks), .scores(let marks): for mark in marks { add(mark.option, mark.value) }
        case .approvals(let marked): for option in marked { add(option, 1) }
        case .ranking(let groups): for (place, group) in groups.enumerated() { for option in group { add(option, place) } }
        }
        return BallotSet.code(content.kind)
    }

    /// Takes voided ballots out of the set, one pass over each vote that has voids.
    private mutating func applyVoids() {
        guard keepsBallots, !voids.isEmpty else { return }
        for (box, entries) in Dictionary(grouping: voids, by: \.box) {
            set.markVoided(Set(entries.map(\.id)), in: box)
        }
    }
}
