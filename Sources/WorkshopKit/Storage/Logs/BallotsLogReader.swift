/// Reads the ballot log into a `BallotSet`, checking every record against the votes and the
/// log before it: a vote opens once with the definition votes.json still gives, ballots come
/// between its opening and its closing, each ballot id and each voter once per vote, voters
/// as the vote names them, contents by the vote's rules, voids naming a recorded ballot.
///
/// One-ballot-per-voter and unique ballot ids are checked with a `KeyTable` of fingerprints
/// and record offsets, confirmed by reading the earlier record, so memory grows with the
/// number of ballots' keys, not with the log's text.
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
    private var voids: [(box: Int32, id: [UInt8])] = []
    private var options: [Int32] = []
    private var values: [Int32] = []

    private struct VoteState {
        var vote: Vote?
        var problem: String?
        var rules: CompiledBallotRules?
        var opened: Int?
        var closed: Int?
    }

    init(context: LogContext, source: LogSource, path: String, keepsBallots: Bool = true) {
        self.context = context
        self.source = source
        self.path = path
        self.keepsBallots = keepsBallots
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
        let kindField = fields.raw(1, in: line)
        guard let kind = BallotRecord.Kind.allCases.first(where: { kindField.elementsEqual($0.rawValue.utf8) }) else {
            problems.error(
                "kind '\(fields.text(1, in: line))' is not known; a record is open, ballot, void or close", line: number, column: 2)
            return
        }
        let voteField = fields.raw(2, in: line)
        let box = set.box(voteField)
        if Int(box) == states.count { states.append(state(for: fields.text(2, in: line))) }
        let what = kind == .ballot ? "ballot \(fields.text(3, in: line))" : "\(kind.rawValue) record"
        if let problem = states[Int(box)].problem {
            problems.error("\(what): \(problem)", line: number, column: 3)
            return
        }
        guard let vote = states[Int(box)].vote else { return }
        guard RatingsLogReader.checkTime(fields, line, number, &problems) else { return }
        for (field, name) in [(3, "ballot"), (4, "voter"), (5, "content")] where !fields.isEmpty(field) && !Self.uses(kind, field) {
            problems.error("a\(kind == .open ? "n" : "") \(kind.rawValue) record has no \(name); leave field \(field + 1) empty", line: number, column: field + 1)
        }
        switch kind {
        case .open: open(vote, box, record, &problems)
        case .ballot: ballot(vote, box, record, &problems)
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

    private static func uses(_ kind: BallotRecord.Kind, _ field: Int) -> Bool {
        switch kind {
        case .open, .close: false
        case .ballot: true
        case .void: field == 3
        }
    }

    private mutating func state(for vote: String) -> VoteState {
        if let problem = VoteID.problem(with: vote) { return VoteState(problem: "vote: \(problem)") }
        let id = VoteID(rawValue: vote)
        guard let found = context.votes[id] else {
            guard context.unreliable.isDisjoint(with: [.votes]) else { return VoteState() }
            return VoteState(problem: ReferenceCheck.unknown(id, among: Set(context.votes.keys), definedIn: [.votes], context: "ballot log").replacing("ballot log: ", with: ""))
        }
        return VoteState(vote: found, rules: CompiledBallotRules(vote: found, costs: context.costs(of: found)))
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

    private mutating func ballot(_ vote: Vote, _ box: Int32, _ record: LogWalk.Record, _ problems: inout LogDiagnostics) {
        let line = record.line
        let fields = record.fields
        let number = record.number
        let voteField = fields.raw(2, in: line)
        let idField = fields.raw(3, in: line)
        let context = "ballot \(fields.text(3, in: line)) of vote \(vote.id)"
        var valid = true
        if states[Int(box)].opened == nil {
            problems.error("\(context) comes before the vote's open record", line: number, column: 2)
            valid = false
        }
        if let closed = states[Int(box)].closed {
            problems.error("\(context) comes after the vote was closed (\(path):\(closed))", line: number, column: 2)
            valid = false
        }
        if !BallotID.isValid(idField) {
            problems.error("ballot: \(BallotID.problem(with: fields.text(3, in: line)) ?? "")", line: number, column: 4)
            return
        }
        if let earlier = insert(.ballot, voteField, idField, record.offset) {
            problems.error("\(context) was already recorded (\(location(of: earlier))); each ballot id is used once per vote", line: number, column: 4)
            valid = false
        }
        if !voter(vote, fields.raw(4, in: line), fields, record, context, &problems) { valid = false }
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
        if let timeField = Optional(fields.raw(7, in: line)), !timeField.isEmpty,
            let time = timeField.withMemoryRebound(to: UInt8.self, { Timestamp.parse($0) }), time.precision > vote.recordedPrecision
        {
            problems.warning(
                "\(context) is timestamped to the \(time.precision.rawValue), finer than the vote keeps (\(vote.recordedPrecision.rawValue)); a fine time beside each ballot can link voters to ballots",
                line: number, column: 8)
        }
        guard valid, let kindCode else { return }
        if !keepsBallots {
            set.count(1, in: box)
        } else {
            set.add(to: box, id: idField, kind: kindCode, options: options, values: values)
        }
    }

    /// Checks the voter field against the vote's voters; `false` after reporting a problem.
    private mutating func voter(
        _ vote: Vote, _ field: UnsafeRawBufferPointer, _ fields: LogFields, _ record: LogWalk.Record, _ context: String,
        _ problems: inout LogDiagnostics
    ) -> Bool {
        let number = record.number
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
            let text = fields.text(4, in: record.line)
            if !VoterID.isValid(field) {
                problems.error("voter: \(VoterID.problem(with: text) ?? "")", line: number, column: 5)
                return false
            }
            if vote.voters == .named {
                if participants.find(field) == nil, self.context.unreliable.isDisjoint(with: [.participants]) {
                    problems.error(
                        ReferenceCheck.unknown(ParticipantID(rawValue: text), among: self.context.participants, definedIn: [.participants], context: context),
                        line: number, column: 5)
                    return false
                }
            } else if !(self.context.tokens[vote.id]?.contains(field) ?? false) {
                problems.error("\(context): voter \(text) is not a token of this vote (\(TokenList.path(for: vote.id)))", line: number, column: 5)
                return false
            }
            if let earlier = insert(.voter, fields.raw(2, in: record.line), field, record.offset) {
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
        guard find(.ballot, voteField, idField) != nil else {
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
        if keepsBallots { voids.append((box, Array(idField))) } else { set.count(-1, in: box) }
    }

    // MARK: - Keys

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
