import Foundation

extension BallotID {
    /// The id of a ballot that has none yet: `record(ballots:)` gives it `B` and its record's
    /// `seq`, six digits at least (`B000002`).
    public static let unassigned = BallotID(rawValue: "")
}

/// What was appended to a log.
public struct LogReceipt: Sendable, Equatable {
    /// The path of the log, as messages show it.
    public var log: String
    /// The `seq` of the batch's first and last record; for a repeat, those of the batch
    /// recorded earlier.
    public var seqs: ClosedRange<Int>
    /// Nothing was appended: the log already holds a batch with exactly these records
    /// (`record(ratings:onlyOnce:)`).
    public var isRepeat = false
}

extension WorkspaceStore {
    // MARK: - Ratings

    /// Records ratings as one batch: takes the lock, reads the definitions ratings refer to
    /// (participants, ideas, projects, criteria; never the log), checks every rating, and
    /// appends them to `ratings.csv`, flushed to disk before it returns. All of them, or none.
    ///
    /// With `onlyOnce` (a returned sheet, a form export), the log is read first, and when a
    /// batch already holds exactly these records (rater, item, criterion, score, channel and
    /// comment, in order), nothing is appended and the receipt says so (`isRepeat`): the same
    /// sheet imported twice counts once. Changed answers make a new batch, which corrects.
    /// - Parameters:
    ///   - ratings: with where each was given (a command line, an import file's line).
    ///   - onlyOnce: look for the same batch in the log first.
    /// - Throws: `.invalid` with every problem found; `.storage` when the log cannot be written
    ///   (then it is as it was).
    @discardableResult
    public func record(ratings: [Located<Rating>], onlyOnce: Bool = false) throws(WorkspaceError) -> LogReceipt {
        let lock = try transactionLock()
        let workspace = try definitions([.process, .participants, .ideas, .projects, .criteria])
        var check = ReferenceCheck(workspace: workspace, unreliable: skipped(from: [.process, .participants, .ideas, .projects, .criteria]))
        check.checkRatings(ratings)
        if check.diagnostics.hasErrors { throw .invalid(check.diagnostics) }
        let log = try LogAppender(.ratings, url: url(.ratings), path: path(.ratings), workspace: shownAs)
        if onlyOnce {
            let earlier: ClosedRange<Int>?
            do {
                earlier = try RepeatedBatch.find(
                    RepeatedBatch.key(of: ratings.map(\.value)), in: log.source, path: path(.ratings), recordsStart: log.recordsStart)
            } catch {
                throw .storage(error)
            }
            if let earlier {
                lock.release()
                return LogReceipt(log: path(.ratings), seqs: earlier, isRepeat: true)
            }
        }
        var builder = log.builder
        let first = builder.nextSeq
        builder.append(ratings.map(\.value))
        do {
            try log.append(builder.bytes, seam: writeSeam)
        } catch {
            throw .storage(error)
        }
        lock.release()
        return LogReceipt(log: path(.ratings), seqs: first...(builder.nextSeq - 1))
    }

    // MARK: - Ballots

    /// Records ballots as one batch: takes the lock, reads votes.json and what the votes need
    /// (participants, token lists, budget lines), finds what the log already holds in the ballot
    /// index (no parse of the log), checks every ballot (the vote open and not closed, its
    /// definition unchanged since it opened, each voter once, each ballot id once, the content
    /// by the vote's rules), and appends them, flushed to disk. A vote's first ballot is
    /// preceded by its `open` record, which freezes the vote's definition.
    ///
    /// Ballot ids given as `.unassigned` become `B` and the record's `seq`; recording times are
    /// cut to the precision the vote keeps.
    /// - Returns: the ballots as recorded.
    @discardableResult
    public func record(ballots: [Located<Ballot>]) throws(WorkspaceError) -> [Ballot] {
        let lock = try transactionLock()
        var session = try BallotLogSession(self, votes: Set(ballots.map(\.value.vote)))
        let workspace = session.workspace
        // Where each ballot goes: after the open record of a vote not yet opened.
        var seq = session.nextSeq
        var opened = Set<VoteID>()
        var records: [BallotRecord] = []
        var recorded: [Located<Ballot>] = []
        var problems = Diagnostics()
        for item in ballots {
            var ballot = item.value
            guard let vote = workspace.vote(ballot.vote) else {
                problems.error(
                    ReferenceCheck.unknown(ballot.vote, among: Set(workspace.votes.map(\.id)), definedIn: [.votes], context: "ballot"),
                    at: item.at("vote"))
                continue
            }
            if session.openRecord(of: vote.id) == nil && !opened.contains(vote.id) {
                records.append(.open(vote: vote.id, definition: vote.definitionHash, recordedAt: ballot.recordedAt?.truncated(to: vote.recordedPrecision)))
                opened.insert(vote.id)
                seq += 1
            }
            if ballot.id == .unassigned { ballot.id = BallotID(rawValue: "B" + Self.padded(seq)) }
            ballot.recordedAt = ballot.recordedAt?.truncated(to: vote.recordedPrecision)
            records.append(.ballot(ballot))
            var located = item
            located.value = ballot
            recorded.append(located)
            seq += 1
        }
        var check = ReferenceCheck(workspace: workspace, unreliable: session.skipped)
        check.checkBallots(recorded, tokens: session.tokens)
        problems.append(contentsOf: check.diagnostics)
        for item in recorded {
            let ballot = item.value
            guard let vote = workspace.vote(ballot.vote) else { continue }
            let context = "ballot \(ballot.id) of vote \(vote.id)"
            problems.append(contentsOf: session.problemsOpening(vote, at: item.at("vote")))
            if let earlier = session.find(.ballot, vote: vote.id, value: ballot.id.rawValue) {
                problems.error("\(context) was already recorded (\(session.location(of: earlier))); each ballot id is used once per vote", at: item.at("ballot"))
            }
            if let voter = ballot.voter, let earlier = session.find(.voter, vote: vote.id, value: voter.rawValue) {
                problems.error(
                    "voter \(voter) already voted in \(vote.id) (\(session.location(of: earlier))); one ballot per voter", at: item.at("voter"),
                    refusal: .alreadyVoted(voter))
            }
        }
        if problems.hasErrors { throw .invalid(problems) }
        try session.append(records, store: self)
        lock.release()
        return recorded.map(\.value)
    }

    /// Records a poster's dot counts as one batch (a `count` record, after the vote's `open`
    /// record when it has none): the vote must take points (dots, cumulative), be open and not
    /// changed since it opened; the id (`T` and the record's `seq` unless given) is unique
    /// among the vote's ballots and counts; the points name the vote's options.
    /// - Returns: the count as recorded.
    @discardableResult
    public func record(poster: PosterCount) throws(WorkspaceError) -> PosterCount {
        let lock = try transactionLock()
        var session = try BallotLogSession(self, votes: [poster.vote])
        guard let vote = session.workspace.vote(poster.vote) else { throw .refused(Self.unknownVote(poster.vote, in: session.workspace)) }
        if poster.note.contains(where: \.isNewline) { throw .refused("the note is one line; write it without line breaks") }
        var problems = session.problemsOpening(vote, at: SourceLocation(file: "--vote \(vote.id)"))
        for problem in BallotRules.posterProblems(with: poster.points, in: vote) {
            problems.error("poster count of vote \(vote.id): \(problem)", at: SourceLocation(file: "--poster"))
        }
        var recorded = poster
        recorded.recordedAt = poster.recordedAt?.truncated(to: vote.recordedPrecision)
        var records: [BallotRecord] = []
        if session.openRecord(of: vote.id) == nil {
            records.append(.open(vote: vote.id, definition: vote.definitionHash, recordedAt: recorded.recordedAt))
        }
        if recorded.id == .unassigned { recorded.id = BallotID(rawValue: "T" + Self.padded(session.nextSeq + records.count)) }
        if let earlier = session.find(.ballot, vote: vote.id, value: recorded.id.rawValue) {
            problems.error(
                "vote \(vote.id) already has a ballot or count \(recorded.id) (\(session.location(of: earlier))); each id is used once per vote",
                at: SourceLocation(file: "--ballot \(recorded.id)"))
        }
        if problems.hasErrors { throw .invalid(problems) }
        records.append(.count(recorded))
        try session.append(records, store: self)
        lock.release()
        return recorded
    }

    /// Takes a recorded ballot out of the count with a `void` record naming it and the reason.
    /// Nothing is deleted: the ballot and its void both stay in the log.
    @discardableResult
    public func void(_ ballot: BallotID, in vote: VoteID, reason: String, at time: Timestamp?) throws(WorkspaceError) -> LogReceipt {
        let lock = try transactionLock()
        var session = try BallotLogSession(self, votes: [vote])
        guard let definition = session.workspace.vote(vote) else { throw .refused(Self.unknownVote(vote, in: session.workspace)) }
        if reason.allSatisfy(\.isWhitespace) { throw .refused("give the reason the ballot does not count") }
        if reason.contains(where: \.isNewline) { throw .refused("the reason is one line; write it without line breaks") }
        guard session.find(.ballot, vote: vote, value: ballot.rawValue) != nil else {
            throw .refused("vote \(vote) has no ballot or poster count \(ballot) in \(path(.ballots))")
        }
        if let earlier = session.find(.voided, vote: vote, value: ballot.rawValue) {
            throw .refused("ballot \(ballot) of vote \(vote) was voided already (\(session.location(of: earlier)))")
        }
        let receipt = try session.append([.void(vote: vote, ballot: ballot, reason: reason, recordedAt: time?.truncated(to: definition.recordedPrecision))], store: self)
        lock.release()
        return receipt
    }

    /// Ends a vote with a `close` record: later ballots are refused. A vote without ballots is
    /// opened (its definition frozen) in the same batch.
    @discardableResult
    public func close(_ vote: VoteID, note: String, at time: Timestamp?) throws(WorkspaceError) -> LogReceipt {
        let lock = try transactionLock()
        var session = try BallotLogSession(self, votes: [vote])
        guard let definition = session.workspace.vote(vote) else { throw .refused(Self.unknownVote(vote, in: session.workspace)) }
        if note.contains(where: \.isNewline) { throw .refused("the note is one line; write it without line breaks") }
        if let closed = session.find(.closed, vote: vote, value: "") {
            throw .refused("vote \(vote) was closed already (\(session.location(of: closed)))")
        }
        let problems = session.problemsOpening(definition, at: SourceLocation(file: path(.votes)))
        if problems.hasErrors { throw .invalid(problems) }
        let at = time?.truncated(to: definition.recordedPrecision)
        var records: [BallotRecord] = []
        if session.openRecord(of: vote) == nil { records.append(.open(vote: vote, definition: definition.definitionHash, recordedAt: at)) }
        records.append(.close(vote: vote, note: note, recordedAt: at))
        let receipt = try session.append(records, store: self)
        lock.release()
        return receipt
    }

    static func padded(_ number: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    static func unknownVote(_ vote: VoteID, in workspace: Workspace) -> String {
        ReferenceCheck.unknown(vote, among: Set(workspace.votes.map(\.id)), definedIn: [.votes], context: "vote")
    }

    // MARK: - Parts of a transaction

    /// Checks the folder and takes the lock; leftover temporary files go.
    func transactionLock() throws(WorkspaceError) -> WorkspaceLock {
        do {
            try checkFolder()
            let lock = try self.lock()
            removeLeftovers(lock)
            return lock
        } catch {
            throw .storage(error)
        }
    }

    /// The definition files a transaction needs, decoded; refuses when they have errors.
    func definitions(_ files: Set<WorkspaceFile>) throws(WorkspaceError) -> Workspace {
        try definitionsAndBytes(files).workspace
    }

    /// The definition files a transaction needs, decoded, and their bytes as read.
    func definitionsAndBytes(_ files: Set<WorkspaceFile>) throws(WorkspaceError) -> (workspace: Workspace, bytes: [WorkspaceFile: [UInt8]]) {
        let contents: [WorkspaceFile: [UInt8]]
        do {
            contents = try readFiles(files)
        } catch {
            throw .storage(error)
        }
        var decoder = WorkspaceDecoder(id: id, files: contents, folder: shownAs)
        decoder.skipped = skipped(from: files)
        guard let workspace = decoder.definitions(), !decoder.diagnostics.hasErrors else {
            throw .invalid(Diagnostics(decoder.diagnostics.sorted.filter { $0.severity == .error }))
        }
        return (workspace, contents)
    }

    func skipped(from files: Set<WorkspaceFile>) -> Set<WorkspaceFile> {
        WorkspaceFile.definitions.subtracting(files)
    }
}

/// The ballot log under the lock, with its index and the definitions its records need.
struct BallotLogSession: ~Copyable {
    let workspace: Workspace
    let skipped: Set<WorkspaceFile>
    let tokens: [VoteID: TokenList]
    let log: LogAppender
    /// `nil` while the log has no records yet.
    var index: BallotIndex?

    /// Reads votes.json, then what the votes in `votes` need; opens the log and its index.
    init(_ store: WorkspaceStore, votes: Set<VoteID>) throws(WorkspaceError) {
        var workspace = try store.definitions([.process, .votes])
        let involved = workspace.votes.filter { votes.contains($0.id) }
        var extra: Set<WorkspaceFile> = []
        if involved.contains(where: { $0.voters == .named }) { extra.insert(.participants) }
        if involved.contains(where: { if case .budget(_, let costs) = $0.method { costs.isEmpty } else { false } }) {
            extra.formUnion([.budget, .projects])
        }
        // What the votes need besides, read on its own: votes.json is not read twice.
        if !extra.isEmpty {
            let more = try store.definitions(extra.union([.process]))
            workspace.participants = more.participants
            workspace.budget = more.budget
            workspace.projects = more.projects
        }
        let needed = extra.union([.process, .votes])
        let files: [VoteID: [UInt8]]
        do {
            files = try store.readTokens(for: involved)
        } catch {
            throw .storage(error)
        }
        // A few ballots are looked up in the lists; `check` reads them whole.
        let tokens = files.mapValues { TokenList(searching: $0) }
        let appender = try LogAppender(.ballots, url: store.url(.ballots), path: store.path(.ballots), workspace: store.shownAs)
        let index = try Self.index(of: appender, store: store)
        self.workspace = workspace
        self.skipped = store.skipped(from: needed)
        self.tokens = tokens
        self.log = appender
        self.index = index
    }

    /// The index of a log with records, opened (caught up or rebuilt); `nil` for an empty log.
    private static func index(of log: borrowing LogAppender, store: WorkspaceStore) throws(WorkspaceError) -> BallotIndex? {
        guard log.recordsStart > 0 else { return nil }
        do {
            return try BallotIndex.open(
                at: store.url(BallotIndex.relativePath), path: store.path(BallotIndex.relativePath), log: log.source, tail: log.tail,
                recordsStart: log.recordsStart)
        } catch {
            throw .storage(error)
        }
    }

    var nextSeq: Int { log.tail.lastSeq + 1 }

    /// The offset of the record with this key, or `nil`.
    func find(_ key: IndexKey, vote: VoteID, value: String) -> Int? {
        index?.find(key, vote: vote.rawValue, value: value, log: log.source)
    }

    /// The offset of the vote's open record, or `nil` when it has none yet.
    func openRecord(of vote: VoteID) -> Int? { find(.opened, vote: vote, value: "") }

    /// `ballots.csv:LINE` of the record at `offset` (its `seq` tells the line).
    func location(of offset: Int) -> String {
        let line = log.source.line(at: offset) ?? []
        let seq = line.prefix { $0 >= 0x30 && $0 <= 0x39 }.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        return "\(log.path):\(seq + 2)"
    }

    /// Why a ballot cannot be added to `vote` now: closed, or its definition changed since it opened.
    func problemsOpening(_ vote: Vote, at location: SourceLocation) -> Diagnostics {
        var problems = Diagnostics()
        if let closed = find(.closed, vote: vote.id, value: "") {
            problems.error("vote \(vote.id) was closed (\(self.location(of: closed))); it takes no more ballots", at: location, refusal: .closed)
        }
        if let opened = openRecord(of: vote.id), let line = log.source.line(at: opened) {
            var fields = LogFields()
            let frozen = line.withUnsafeBytes { bytes in fields.split(bytes) && fields.count > 6 ? fields.text(6, in: bytes) : "" }
            if frozen != vote.definitionHash {
                problems.error(
                    "votes.json has changed vote \(vote.id) since it opened (\(self.location(of: opened))): its definition is frozen as \(frozen), votes.json now gives \(vote.definitionHash); put the definition back, or make the change a new vote",
                    at: location, refusal: .definitionChanged)
            }
        }
        return problems
    }

    /// Appends the records as one batch and brings the index up to date.
    @discardableResult
    mutating func append(_ records: [BallotRecord], store: WorkspaceStore) throws(WorkspaceError) -> LogReceipt {
        var builder = log.builder
        let first = builder.nextSeq
        builder.append(records)
        do {
            try log.append(builder.bytes, seam: store.writeSeam)
        } catch {
            throw .storage(error)
        }
        let receipt = LogReceipt(log: log.path, seqs: first...(builder.nextSeq - 1))
        // The batch is on disk: from here the index is only brought along. If that fails, the
        // next append catches it up.
        let length = log.length + builder.bytes.count
        let source = LogSource.file(descriptor: log.descriptor, length: length)
        let start = log.recordsStart > 0 ? log.recordsStart : LogKind.ballots.header.count
        let tail = LogTail(committedEnd: length, lastSeq: builder.nextSeq - 1, chain: builder.chain, length: length)
        let indexURL = store.url(BallotIndex.relativePath)
        let indexPath = store.path(BallotIndex.relativePath)
        if index != nil {
            try? index?.catchUp(log: source, from: log.length, firstSeq: first, to: length)
            try? index?.commitIfDue(tail)
        } else {
            _ = try? BallotIndex.rebuild(at: indexURL, path: indexPath, log: source, tail: tail, recordsStart: start)
        }
        return receipt
    }
}
