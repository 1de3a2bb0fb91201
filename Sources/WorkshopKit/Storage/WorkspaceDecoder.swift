/// Reads a workspace from its files and checks it, reporting every problem with its place.
///
/// Pure: takes the files' bytes, returns the workspace and the diagnostics. `WorkspaceStore`
/// does the reading from disk; `workshop check` prints the diagnostics.
public struct WorkspaceDecoder {
    /// What decoding gave: a workspace when nothing is wrong enough to stop, and every problem found.
    public struct Result: Sendable {
        /// `nil` when any error was found: a workspace with errors is never used.
        public var workspace: Workspace?
        public var diagnostics: Diagnostics
    }

    let id: ProcessID
    let files: [WorkspaceFile: [UInt8]]
    /// The folder as diagnostics show it, e.g. `Workshops/coesfeld-12`.
    let folder: String
    var diagnostics = Diagnostics()
    var notes: [WorkspaceFile: String] = [:]
    var provenance: [WorkspaceFile: Provenance] = [:]
    /// Files with errors of their own: their lists may be incomplete, so references into them
    /// are not checked (one broken file must not bury its error under hundreds of follow-ups).
    var unreliable: Set<WorkspaceFile> = []

    /// Decodes and checks a workspace.
    /// - Parameters:
    ///   - id: the process id (the folder's name).
    ///   - files: the contents of the files present; absent files count as empty.
    ///   - folder: the folder's path as it should appear in diagnostics.
    public static func decode(id: ProcessID, files: [WorkspaceFile: [UInt8]], folder: String) -> Result {
        var decoder = WorkspaceDecoder(id: id, files: files, folder: folder)
        let workspace = decoder.run()
        let diagnostics = decoder.diagnostics
        return Result(workspace: diagnostics.hasErrors ? nil : workspace, diagnostics: diagnostics)
    }

    func path(_ file: WorkspaceFile) -> String { folder.isEmpty ? file.rawValue : folder + "/" + file.rawValue }

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

    // MARK: - The whole workspace

    mutating func run() -> Workspace? {
        guard files[.process] != nil else {
            diagnostics.error(
                "no process.json here; this folder is not a workspace (a new one starts with its process.json)",
                at: SourceLocation(file: path(.process)))
            return nil
        }
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
        let ratings = files[.ratings].map { RatingsLog.decode($0, file: path(.ratings)) }
        let ballots = files[.ballots].map { BallotsLog.decode($0, file: path(.ballots)) }
        if let ratings { diagnostics.append(contentsOf: ratings.diagnostics) }
        if let ballots { diagnostics.append(contentsOf: ballots.diagnostics) }
        if prioritisation == nil && files[.prioritisation] != nil { unreliable.insert(.prioritisation) }

        var workspace = Workspace(
            id: id, process: process.value, participants: participants.map(\.value), workshops: workshops.map(\.value),
            criteria: criteria.map(\.value), ideas: ideas.map(\.value), projects: projects.map(\.value),
            prioritisation: prioritisation?.value ?? .standard, votes: votes.map(\.value), budget: budget.map(\.value),
            fundingCalls: funding.calls.map(\.value), applications: funding.applications.map(\.value),
            status: status.map(\.value), milestones: milestones.map(\.value), decisions: decisions.map(\.value),
            posts: posts.map(\.value), ratings: ratings?.ratings.map(\.value) ?? [],
            ballots: ballots?.ballots.map(\.value) ?? [], notes: notes, provenance: provenance)

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
        references.checkRatings(ratings?.ratings ?? [])
        references.checkBallots(ballots?.ballots ?? [])
        diagnostics.append(contentsOf: references.diagnostics)
        workspace.notes = notes
        workspace.provenance = provenance
        return decodedProcess == nil ? nil : workspace
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
