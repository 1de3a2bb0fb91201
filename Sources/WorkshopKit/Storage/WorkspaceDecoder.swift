import Foundation
import Synchronization

/// Reads a workspace from its files and checks it, reporting every problem with its place.
///
/// Definitions are decoded from their bytes; the logs stream from their sources record by
/// record into the workspace's `RatingSet` and `BallotSet`. `WorkspaceStore` does the reading
/// from disk; `workshop check` prints the diagnostics.
public struct WorkspaceDecoder {
    /// What decoding gave: a workspace when nothing is wrong enough to stop, and every problem found.
    public struct Result: Sendable {
        /// `nil` when any error was found: a workspace with errors is never used.
        public var workspace: Workspace?
        public var diagnostics: Diagnostics
        /// The SHA-256 (64 hex digits) of each file read, when the reader was asked for them
        /// (`WorkspaceStore.load(hashing:)`); empty otherwise.
        public var digests: [WorkspaceFile: String] = [:]
        /// The seal of each log read (SHA-256, length, last chain value), when hashing: what a
        /// vote's result names as its input.
        public var seals: [LogKind: LogSeal] = [:]
    }

    let id: ProcessID
    let files: [WorkspaceFile: [UInt8]]
    /// The folder as diagnostics show it, e.g. `Workshops/coesfeld-12`.
    let folder: String
    var diagnostics = Diagnostics()
    var notes: [WorkspaceFile: String] = [:]
    var provenance: [WorkspaceFile: Provenance] = [:]
    /// The SHA-256 of each file read, when asked for.
    var digests: [WorkspaceFile: String] = [:]
    /// The seal of each log read, when hashing.
    var seals: [LogKind: LogSeal] = [:]
    /// Files with errors of their own, or not read at all: their lists may be incomplete, so
    /// references into them are not checked (one broken file must not bury its error under
    /// hundreds of follow-ups).
    var unreliable: Set<WorkspaceFile> = []
    /// Definition files the caller chose not to read (a command that needs only some): not
    /// the same as absent, so references into them are not checked.
    var skipped: Set<WorkspaceFile> = []

    /// Decodes and checks a workspace held in memory.
    /// - Parameters:
    ///   - id: the process id (the folder's name).
    ///   - files: the contents of the files present, logs included; absent files count as empty.
    ///   - folder: the folder's path as it should appear in diagnostics.
    ///   - tokens: the token files of token votes (`tokens/<vote>.txt`), by vote.
    public static func decode(id: ProcessID, files: [WorkspaceFile: [UInt8]], folder: String, tokens: [VoteID: [UInt8]] = [:]) -> Result {
        var decoder = WorkspaceDecoder(id: id, files: files, folder: folder)
        guard var workspace = decoder.definitions() else { return Result(workspace: nil, diagnostics: decoder.diagnostics) }
        var sources: [LogKind: LogSource] = [:]
        for kind in LogKind.allCases { if let bytes = files[kind.file] { sources[kind] = .bytes(bytes) } }
        // Memory sources cannot fail to read.
        _ = try? decoder.readLogs(sources, tokenFiles: tokens, into: &workspace)
        return decoder.result(workspace)
    }

    /// Checks one log against definitions decoded before, as `decode` checks it: for the
    /// fuzzers, which decode the embedded example's definitions once and only a log per input.
    /// - Parameter definitions: a workspace as `decode` gives it without logs.
    /// - Returns: the log's problems.
    package static func checkLog(_ kind: LogKind, _ bytes: [UInt8], against definitions: Workspace, folder: String) -> Diagnostics {
        let decoder = WorkspaceDecoder(id: definitions.id, files: [:], folder: folder)
        // Memory sources cannot fail to read.
        let read = try? read(
            kind, .bytes(bytes), path: decoder.path(kind.file), definitions: definitions, context: LogContext(definitions), checkOnly: false)
        return read?.diagnostics ?? Diagnostics()
    }

    func path(_ file: WorkspaceFile) -> String { folder.isEmpty ? file.rawValue : folder + "/" + file.rawValue }

    /// The workspace, unless an error was found or process.json is unusable.
    func result(_ workspace: Workspace?) -> Result {
        Result(workspace: diagnostics.hasErrors ? nil : workspace, diagnostics: diagnostics, digests: digests, seals: seals)
    }

    // MARK: - Logs

    /// Reads the token lists of the token votes, reporting lines that are not tokens.
    mutating func tokenLists(_ files: [VoteID: [UInt8]], for workspace: Workspace) -> [VoteID: TokenList] {
        var lists: [VoteID: TokenList] = [:]
        for vote in workspace.votes where vote.voters == .tokens {
            let path = (folder.isEmpty ? "" : folder + "/") + TokenList.path(for: vote.id)
            guard let bytes = files[vote.id] else {
                diagnostics.warning("vote \(vote.id) is a token vote, but \(TokenList.path(for: vote.id)) is missing, so no token can vote", at: SourceLocation(file: path))
                continue
            }
            lists[vote.id] = TokenList(bytes: bytes, file: path, diagnostics: &diagnostics)
        }
        return lists
    }

    /// Streams the logs into `workspace.ratings` and `.ballots`, checking every record. The
    /// rating log does not depend on the ballot log or the token lists, so a rating log file is
    /// read on a second thread meanwhile.
    /// - Parameters:
    ///   - tokenFiles: the token files of token votes (`tokens/<vote>.txt`), by vote.
    ///   - checkOnly: only the check matters: records are counted, not kept for evaluation.
    ///   - hashing: also compute each log's SHA-256 (into `digests`) from the bytes as they are read.
    ///   - reused: what reading some of the logs gave before (their summaries): those are not read.
    ///   - tokensClean: the token lists are known to have no problem (they were read with a
    ///     reused ballot log's summary, byte for byte as they are): they are not read again.
    /// - Returns: what reading each log not in `reused` gave, and whether the token lists read
    ///   had no problem.
    @discardableResult
    mutating func readLogs(
        _ sources: [LogKind: LogSource], tokenFiles: [VoteID: [UInt8]], into workspace: inout Workspace, checkOnly: Bool = false,
        hashing: Bool = false, progress: ReadProgress? = nil, reused: [LogKind: LogRead] = [:], tokensClean: Bool = false
    ) throws(StorageError) -> (reads: [LogRead], tokensClean: Bool) {
        let definitions = workspace
        let unreliable = self.unreliable
        let read = { @Sendable (kind: LogKind, source: LogSource, path: String, tokens: [VoteID: TokenList]) throws(StorageError) -> LogRead in
            let context = LogContext(definitions, tokens: tokens, unreliable: unreliable)
            return try Self.read(
                kind, source, path: path, definitions: definitions, context: context, checkOnly: checkOnly, hashing: hashing, progress: progress)
        }
        var results: [LogRead] = []
        var sources = sources
        for (kind, _) in reused {
            progress?.add(sources[kind]?.length ?? 0)
            sources[kind] = nil
        }
        // The token lists' own problems are reported whether the ballot log is read or reused.
        let needsTokens = sources[.ballots] != nil || (reused[.ballots] != nil && !tokensClean)
        var tokenProblems = 0
        if let ratings = sources[.ratings], case .file = ratings, #available(macOS 15.0, *) {
            let other = Outcome()
            let group = DispatchGroup()
            let ratingsPath = path(LogKind.ratings.file)
            DispatchQueue.global().async(group: group) {
                let result = Swift.Result { () throws(StorageError) in try read(.ratings, ratings, ratingsPath, [:]) }
                other.result.withLock { $0 = result }
            }
            let before = diagnostics.all.count
            let tokens = needsTokens ? tokenLists(tokenFiles, for: workspace) : [:]
            tokenProblems = diagnostics.all.count - before
            let ballotsPath = path(LogKind.ballots.file)
            let ballotsResult = Swift.Result { () throws(StorageError) -> LogRead? in
                guard let ballots = sources[.ballots] else { return nil }
                return try read(.ballots, ballots, ballotsPath, tokens)
            }
            while group.wait(timeout: .now() + .milliseconds(100)) == .timedOut { progress?.tell() }
            progress?.tell()
            results = [try other.result.withLock { $0 }!.get()] + (try ballotsResult.get().map { [$0] } ?? [])
        } else {
            let before = diagnostics.all.count
            let tokens = needsTokens ? tokenLists(tokenFiles, for: workspace) : [:]
            tokenProblems = diagnostics.all.count - before
            for kind in LogKind.allCases {
                guard let source = sources[kind] else { continue }
                results.append(try read(kind, source, path(kind.file), tokens))
            }
        }
        for result in results + reused.values {
            diagnostics.append(contentsOf: result.diagnostics)
            if let digest = result.digest { digests[result.kind.file] = digest }
            if let seal = result.seal { seals[result.kind] = seal }
            if let ratings = result.ratings { workspace.ratings = ratings }
            if let ballots = result.ballots { workspace.ballots = ballots }
        }
        return (results, tokenProblems == 0)
    }

    /// What reading one log gave.
    struct LogRead: Sendable {
        let kind: LogKind
        var diagnostics = Diagnostics()
        /// The file's SHA-256, when asked for.
        var digest: String?
        /// The file's seal, when hashing.
        var seal: LogSeal?
        var ratings: RatingSet?
        var ballots: BallotSet?
    }

    /// Where a log read on another thread leaves its result.
    @available(macOS 15.0, *)
    final class Outcome: Sendable {
        let result = Mutex<Swift.Result<LogRead, StorageError>?>(nil)
    }

    /// Reads one log of any format: format 2 streamed and chained, format 1 whole (with a
    /// warning to upgrade), anything else reported.
    /// - Parameter hashing: also compute the file's SHA-256 from the bytes as they are read.
    static func read(
        _ kind: LogKind, _ source: LogSource, path: String, definitions: Workspace, context: LogContext, checkOnly: Bool,
        hashing: Bool = false, progress: ReadProgress? = nil
    ) throws(StorageError) -> LogRead {
        var read = LogRead(kind: kind)
        switch LogHeader.identify(kind, source) {
        case .empty:
            if hashing { read.seal = LogSeal(kind, bytes: []) }
        case .foreign(let reason):
            read.diagnostics.error("\(kind.file.rawValue) \(reason)", at: SourceLocation(file: path, line: 1))
        case .legacy:
            let bytes = source.read(0..<source.length)
            if hashing { read.seal = LogSeal(kind, bytes: bytes) }
            var references = ReferenceCheck(workspace: definitions, unreliable: context.unreliable)
            if kind == .ratings {
                let decoded = LogImport.ratings(bytes, file: path)
                read.diagnostics.append(contentsOf: decoded.diagnostics)
                references.checkRatings(decoded.ratings)
                read.ratings = RatingSet(decoded.ratings.map(\.value))
            } else {
                let decoded = LogImport.ballots(bytes, file: path, votes: context.votes)
                read.diagnostics.append(contentsOf: decoded.diagnostics)
                references.checkBallots(decoded.ballots, tokens: context.tokens)
                read.ballots = BallotSet(decoded.ballots.map(\.value))
            }
            read.diagnostics.append(contentsOf: references.diagnostics)
            read.diagnostics.warning(
                "\(kind.file.rawValue) is in format 1 (no version line, no chain): it can be read, but nothing is appended to it until 'workshop upgrade' rewrites it in format \(LogKind.version)",
                at: SourceLocation(file: path, line: 1))
        case .current(let recordsStart):
            var walk = LogWalk(kind, source: source, path: path, hashesFile: hashing)
            walk.progress = progress
            if kind == .ratings {
                var reader = RatingsLogReader(context: context, keepsRatings: !checkOnly)
                try reader.read(&walk, recordsStart: recordsStart)
                read.ratings = reader.set
            } else {
                var reader = BallotsLogReader(context: context, source: source, path: path, keepsBallots: !checkOnly)
                try reader.read(&walk, recordsStart: recordsStart)
                read.ballots = reader.set
            }
            read.diagnostics.append(contentsOf: walk.problems.all)
            if let digest = walk.fileDigest {
                let chain = walk.tail.flatMap { $0.lastSeq > 0 ? String(decoding: $0.chain, as: UTF8.self) : nil }
                read.seal = LogSeal(sha256: digest, bytes: source.length, chain: chain)
            }
        }
        read.digest = read.seal?.sha256
        return read
    }

    // MARK: - Files

    /// The key in process.json under which the logs' notes and provenance are kept.
    public static let logsKey = "logs"

    /// Parses a JSON file into its top-level object, minus its `"note"` and `"provenance"`; `nil` when absent or broken.
    mutating func topLevel(_ file: WorkspaceFile, reader: inout JSONReader) -> JSONObject? {
        guard let bytes = files[file] else { return nil }
        let json: JSON
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            diagnostics.error(
                error.message, at: SourceLocation(file: path(file), line: error.position.line, column: error.position.column))
            return nil
        }
        guard var object = reader.object(json, "the top level of \(file.rawValue)") else { return nil }
        if let note: String = reader.optional("note", in: &object) { notes[file] = note }
        if let value: Provenance = reader.optional("provenance", in: &object) { provenance[file] = value }
        return object
    }

    /// Reads a list file such as `ideas.json`: `{"ideas": […], "note": "…"}`.
    mutating func list<T: JSONCodable>(_ file: WorkspaceFile) -> [Located<T>] {
        var reader = JSONReader(file: path(file))
        let errorsBefore = diagnostics.errorCount
        defer {
            diagnostics.append(contentsOf: reader.diagnostics)
            if diagnostics.errorCount > errorsBefore { unreliable.insert(file) }
        }
        guard var object = topLevel(file, reader: &reader), let key = file.listKey else { return [] }
        guard let value = object.take(key) else {
            reader.error("\(file.rawValue) has no \"\(key)\" list; write {\"\(key)\": […]}", at: object.position)
            reader.finish(object)
            return []
        }
        reader.finish(object)
        return reader.locatedList(value, key)
    }

    // MARK: - The definitions

    /// Decodes and checks every definition file present; the workspace even when some have
    /// errors (so the logs can still be checked), `nil` only without a usable process.json.
    mutating func definitions() -> Workspace? {
        guard files[.process] != nil else {
            diagnostics.error(
                "no process.json here; this folder is not a workspace (a new one starts with its process.json)",
                at: SourceLocation(file: path(.process)))
            return nil
        }
        // Files the caller did not read cannot be trusted to be complete.
        unreliable.formUnion(skipped)
        // A broken process.json does not stop the other files from being checked; only the
        // references into it (themes, roles, partners) are left unchecked.
        let decodedProcess = decodeProcess()
        if decodedProcess == nil { unreliable.insert(.process) }
        let process = decodedProcess ?? Located(ParticipationProcess(title: ""), at: SourceLocation(file: path(.process)))
        let participants: [Located<Participant>] = list(.participants)
        let workshops: [Located<Workshop>] = list(.workshops)
        let criteria: [Located<Criterion>] = list(.criteria)
        let ideas: [Located<Idea>] = list(.ideas)
        let projects: [Located<Project>] = list(.projects)
        let prioritisation = decodePrioritisation()
        let votes: [Located<Vote>] = list(.votes)
        let budget: [Located<BudgetLine>] = list(.budget)
        let funding = decodeFunding()
        let status: [Located<StatusEntry>] = list(.status)
        let milestones: [Located<Milestone>] = list(.milestones)
        let decisions: [Located<Decision>] = list(.decisions)
        let posts: [Located<Post>] = list(.posts)
        if prioritisation == nil && files[.prioritisation] != nil { unreliable.insert(.prioritisation) }

        var workspace = Workspace(
            id: id, process: process.value, participants: participants.map(\.value), workshops: workshops.map(\.value),
            criteria: criteria.map(\.value), ideas: ideas.map(\.value), projects: projects.map(\.value),
            prioritisation: prioritisation?.value ?? .standard, votes: votes.map(\.value), budget: budget.map(\.value),
            fundingCalls: funding.calls.map(\.value), applications: funding.applications.map(\.value),
            status: status.map(\.value), milestones: milestones.map(\.value), decisions: decisions.map(\.value),
            posts: posts.map(\.value), notes: notes, provenance: provenance)

        var references = ReferenceCheck(workspace: workspace, unreliable: unreliable)
        references.checkProcess(process)
        references.checkParticipants(participants)
        references.checkWorkshops(workshops)
        references.checkCriteria(criteria)
        references.checkIdeas(ideas)
        references.checkProjects(projects, ideas: ideas)
        if let prioritisation { references.checkPrioritisation(prioritisation) }
        references.checkVotes(votes)
        references.checkBudget(budget)
        references.checkFunding(calls: funding.calls, applications: funding.applications)
        references.checkStatus(status)
        references.checkMilestones(milestones)
        references.checkDecisions(decisions)
        references.checkPosts(posts)
        diagnostics.append(contentsOf: references.diagnostics)
        workspace.notes = notes
        workspace.provenance = provenance
        // Even with a broken process.json the logs are still read and checked; the errors
        // found keep the workspace from being used.
        return workspace
    }

    mutating func decodeProcess() -> Located<ParticipationProcess>? {
        var reader = JSONReader(file: path(.process))
        defer { diagnostics.append(contentsOf: reader.diagnostics) }
        guard var object = topLevel(.process, reader: &reader) else { return nil }
        if let logs = object.take(Self.logsKey) { decodeLogNotes(logs, reader: &reader) }
        let json = JSON(.object(object.members.filter { !["note", "provenance", Self.logsKey].contains($0.key) }), at: object.position)
        guard let process = ParticipationProcess(json: json, key: "process", reader: &reader) else { return nil }
        var fields: [String: SourceLocation] = [:]
        for member in object.members { fields[member.key] = reader.location(member.value.position) }
        return Located(process, at: reader.location(object.position), fields: fields)
    }

    /// `"logs": {"ratings.csv": {"note": "…", "provenance": "illustrative"}}` in process.json:
    /// the logs are CSV without a place for a note, so process.json keeps theirs.
    mutating func decodeLogNotes(_ json: JSON, reader: inout JSONReader) {
        guard var logs = reader.object(json, "\"\(Self.logsKey)\" in process.json") else { return }
        for file in WorkspaceFile.allCases where file.isLog {
            guard let value = logs.take(file.rawValue), var entry = reader.object(value, "\"\(file.rawValue)\" in \"\(Self.logsKey)\"")
            else { continue }
            if let note: String = reader.optional("note", in: &entry) { notes[file] = note }
            if let value: Provenance = reader.optional("provenance", in: &entry) { provenance[file] = value }
            reader.finish(entry)
        }
        reader.finish(logs)
    }

    mutating func decodePrioritisation() -> Located<Prioritisation>? {
        var reader = JSONReader(file: path(.prioritisation))
        defer { diagnostics.append(contentsOf: reader.diagnostics) }
        guard let object = topLevel(.prioritisation, reader: &reader) else { return nil }
        let json = JSON(.object(object.members.filter { $0.key != "note" && $0.key != "provenance" }), at: object.position)
        guard let value = Prioritisation(json: json, key: "prioritisation", reader: &reader) else { return nil }
        var fields: [String: SourceLocation] = [:]
        if let vote = object.members.first(where: { $0.key == "vote" }) { fields["vote"] = reader.location(vote.value.position) }
        if case .array(let overrides)? = object.members.first(where: { $0.key == "overrides" })?.value.value {
            for (offset, override) in overrides.enumerated() { fields["overrides.\(offset)"] = reader.location(override.position) }
        }
        return Located(value, at: reader.location(object.position), fields: fields)
    }

    mutating func decodeFunding() -> (calls: [Located<FundingCall>], applications: [Located<FundingApplication>]) {
        var reader = JSONReader(file: path(.funding))
        let errorsBefore = diagnostics.errorCount
        defer {
            diagnostics.append(contentsOf: reader.diagnostics)
            if diagnostics.errorCount > errorsBefore { unreliable.insert(.funding) }
        }
        guard var object = topLevel(.funding, reader: &reader) else { return ([], []) }
        let calls: [Located<FundingCall>] = object.take("calls").map { reader.locatedList($0, "calls") } ?? []
        let applications: [Located<FundingApplication>] =
            object.take("applications").map { reader.locatedList($0, "applications") } ?? []
        reader.finish(object)
        return (calls, applications)
    }
}
