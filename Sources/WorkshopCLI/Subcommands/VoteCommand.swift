import Foundation
import WorkshopKit

/// `workshop vote`: record ballots and show results.
enum VoteCommand {
    static let command = Command(
        name: "vote",
        summary: "Record a ballot of any kind, import paper ballots, void a ballot, close a vote, or show results.",
        usage: [
            "vote WORKSPACE --vote ID [--voter ID] [--ballot ID] CONTENT ...",
            "vote WORKSPACE --from FILE.csv [--encoding windows-1252]",
            "vote WORKSPACE --vote ID --from FILE.pb|FILE.soc|FILE.toc ...",
            "vote WORKSPACE --vote ID --form EXPORT.csv [--voter-column NAME] [--encoding windows-1252]",
            "vote WORKSPACE --vote ID --poster \"P3:12 P7:5\" [--ballot ID] [--note TEXT]",
            "vote WORKSPACE --vote ID --void BALLOT --reason TEXT",
            "vote WORKSPACE --vote ID --close [--note TEXT]",
            "vote [WORKSPACE] --vote ID --export-pb FILE.pb",
            "vote [WORKSPACE] --results [--vote ID] [--rule RULE | --compare RULE,RULE...] [--format text|json|csv|md]",
        ],
        discussion: """
            Appends a ballot to ballots.csv, the append-only, chained ballot log, flushed to disk before it \
            is acknowledged. CONTENT is written as the vote's method asks: dots or cumulative points as \
            P3:2 P19 (a bare id is one point), approvals or a budget selection as P3 P19, a ranking as \
            P3,P1=P7,P2 (P1 and P7 tied second; '>' may stand for ','), scores as P3:4 P19:0; 'abstain' for \
            an empty ballot. The ballot is checked against its vote in votes.json (options, the method's \
            limits, who may vote: a registered participant for named votes, a token from \
            tokens/<vote>.txt for token votes, nobody for anonymous votes) and against the log through its \
            index (one ballot per voter, ballot ids unique, the vote not closed, its definition unchanged \
            since its first ballot froze it); a broken ballot is not recorded. --ballot defaults to B and \
            the record's number (B000002). The time kept is no finer than the vote's "timestamps" (by \
            default to the second for named votes, the day otherwise). --from imports ballots with the \
            columns vote,content[,ballot][,voter][,recorded_at] (choices for content is read too), all or \
            nothing; with --vote, --from also imports a pabulib .pb or PrefLib file into an anonymous vote of \
            the same kind of ballot, every ballot in one batch. --form imports a form's CSV export: one row \
            per respondent, a column per option (its id or title as header, or in the header's last [brackets]), \
            cells as the method needs (points, a mark such as x or ja, a score, a place with 1 best); other \
            columns are listed on standard error, never silently dropped. --poster records the dots counted \
            on a poster as one count record (id T and the record's number unless --ballot gives one): points, \
            not ballots, for a dots or cumulative vote; only the options are checked, since per-voter limits \
            cannot apply; the points add into the vote's points tally and its results say so. --void takes a recorded ballot out of the count with a reason (a new record; nothing \
            is deleted), a poster count too; --close ends a vote. --results counts each vote (or the one named) with its rule \
            (votes.json's "rule", else the method's own: points, approval, score, schulze for ranked, greedy for \
            budget; --rule or --compare to choose) and prints what workshop count prints for a ballot file, \
            voided ballots left out, with the ballot log's SHA-256 and its last chain value so anyone can \
            re-run the count from the files (read-only; without a WORKSPACE it shows the embedded example); the \
            exports (votes.csv, votes.md, the report) show the same result, from the same code. \
            --export-pb writes a vote's counted ballots as a pabulib .pb file with its costs, budget and rule, \
            voters numbered 1, 2, … (never a participant or token), for pabutools or workshop count.
            """,
        options: [
            .value("vote", "ID", "The vote, as defined in votes.json."),
            .value("voter", "ID", "The participant (named votes) or token (token votes); leave out for anonymous votes."),
            .value("ballot", "ID", "The ballot's id, e.g. the number on a paper ballot; with --void, the ballot to void."),
            .value("void", "BALLOT", "Void a recorded ballot (with --reason)."),
            .value("reason", "TEXT", "Why the ballot is voided."),
            .flag("close", "Close the vote: no more ballots."),
            .value("poster", "COUNTS", "Record dots counted on a poster, e.g. \"P3:12 P7:5\" (points, not ballots)."),
            .value("note", "TEXT", "With --close or --poster: a note kept in the log."),
            .flag("results", "Show the results instead of recording a ballot."),
            .value("rule", "RULE", "With --results: count with this rule instead of the vote's own."),
            .value("compare", "RULE,RULE...", "With --results: count with several rules side by side and show where they disagree."),
            .value("form", "EXPORT.csv", "With --vote: import a form's CSV export, one row per respondent, columns named by option id or title."),
            .value("voter-column", "NAME", "With --form: the column holding each respondent's code or participant id."),
            .value("export-pb", "FILE.pb", "Write the vote's counted ballots as a pabulib file (voters numbered, never named)."),
            .value("format", "text|json|csv|md", "With --results: the format (default text), as workshop count prints it."),
        ] + ImportFile.options,
        examples: [
            "workshop vote Workshops/my-process --vote punkte --voter AK-01 P3:2 P19 P25:2",
            "workshop vote Workshops/my-process --vote rangfolge --voter T-7KQ2-M9XD P3,P1=P7,P2",
            "workshop vote Workshops/my-process --vote papier --ballot 17 P3 P4 P5 P6 P7",
            "workshop vote Workshops/my-process --from paper-ballots.csv",
            "workshop vote Workshops/my-process --vote buergerbudget --from buergerbudget-online.pb",
            "workshop vote Workshops/my-process --vote umfrage --form umfrage-export.csv --voter-column Code",
            "workshop vote Workshops/my-process --vote punkte --poster \"P3:12 P7:5\" --note \"Plakat Saal 2\"",
            "workshop vote Workshops/my-process --vote punkte --void B000014 --reason \"doppelt abgegeben (Zettel 14)\"",
            "workshop vote Workshops/my-process --vote punkte --close --note \"Abstimmung beendet\"",
            "workshop vote --results",
            "workshop vote Workshops/my-process --vote buergerbudget --export-pb buergerbudget.pb",
            "workshop vote Workshops/my-process --results --vote rangfolge --compare schulze,borda,irv --format md",
        ],
        run: run)

    static func run(_ invocation: Invocation) throws(CLIError) {
        if invocation.arguments.flag("results") { return try results(invocation) }
        if invocation.arguments.has("export-pb") { return try exportPabulib(invocation) }
        let store = try invocation.workspaceStore(allowDefault: false)
        let clock = try Clock(environment: invocation.environment)
        if invocation.arguments.has("void") || invocation.arguments.flag("close") { return try end(invocation, store, clock) }
        if invocation.arguments.has("poster") { return try poster(invocation, store, clock) }
        // The votes say how each ballot's content is written.
        let votes = try invocation.loadWorkspace(store, files: [.process, .votes]).votes
        var ballots: [Located<Ballot>]
        if let path = invocation.arguments.value("from"), BallotFileFormat(fileName: path) != nil {
            ballots = try ballotFile(invocation, path: path, votes: votes)
        } else if invocation.arguments.has("form") {
            ballots = try form(invocation, votes: votes)
        } else if let file = try ImportFile.read(invocation) {
            if ["vote", "voter", "ballot"].contains(where: invocation.arguments.has) || invocation.rest.count > 0 {
                throw .usage("--from imports a whole file; leave out --vote, --voter, --ballot and the content", command: "vote")
            }
            if file.bytes.starts(with: Array(LogKind.ballots.title.utf8)) {
                throw .data(
                    "\(file.path) is a workshop ballot log: its ballots, voids and closings belong to the workspace that wrote it; count it with workshop count, or import a CSV with the columns vote,content[,ballot][,voter][,recorded_at]")
            }
            let byID = Dictionary(votes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let decoded = LogImport.ballots(file.bytes, file: file.path, votes: byID, reader: file.reader, importing: true)
            if decoded.diagnostics.hasErrors { throw .invalid(decoded.diagnostics) }
            ballots = decoded.ballots
            if ballots.isEmpty { throw .invalid("no ballots below the header; add one line per ballot", at: SourceLocation(file: file.path, line: 2)) }
        } else {
            let vote = try self.vote(invocation, votes)
            let voter = try invocation.optionalIdentifier("voter", as: VoterID.self)
            let text = invocation.rest.joined(separator: " ")
            if text.isEmpty {
                throw .usage("give the ballot's content, e.g. \(vote.ballotKind.example), or 'abstain' for an empty ballot", command: "vote")
            }
            let content: BallotContent
            switch BallotNotation.parse(text, as: vote.ballotKind) {
            case .success(let parsed): content = parsed
            case .failure(let error): throw .usage(error.message, command: "vote")
            }
            let id = try invocation.optionalIdentifier("ballot", as: BallotID.self) ?? .unassigned
            let ballot = Ballot(vote: vote.id, id: id, voter: voter, content: content)
            var fields = ["vote": SourceLocation(file: "--vote \(vote.id)"), "content": SourceLocation(file: "content '\(text)'")]
            if id != .unassigned { fields["ballot"] = SourceLocation(file: "--ballot \(id)") }
            fields["voter"] = SourceLocation(file: voter.map { "--voter \($0)" } ?? "--voter")
            ballots = [Located(ballot, at: SourceLocation(file: "command line"), fields: fields)]
        }
        for index in ballots.indices where ballots[index].value.recordedAt == nil {
            ballots[index].value.recordedAt = clock.timestamp
        }
        let all = ballots
        let recorded = try invocation.transaction { () throws(WorkspaceError) in try store.record(ballots: all) }
        if recorded.count == 1, let ballot = recorded.first {
            invocation.out("recorded ballot \(ballot.id) of \(ballot.vote) in \(store.path(.ballots))\n")
        } else {
            invocation.out("recorded \(recorded.count) ballots in \(store.path(.ballots))\n")
        }
    }

    /// `--from FILE.pb` (or a PrefLib file) with `--vote`: every ballot of the file, as one batch.
    static func ballotFile(_ invocation: Invocation, path: String, votes: [Vote]) throws(CLIError) -> [Located<Ballot>] {
        let vote = try self.vote(invocation, votes)
        if invocation.arguments.has("voter") || invocation.arguments.has("ballot") || !invocation.rest.isEmpty {
            throw .usage("--from imports a whole file; leave out --voter, --ballot and the content", command: "vote")
        }
        let file: BallotFile
        do {
            file = try BallotFileReader.read(path: invocation.url(path).path, shownAs: path)
        } catch {
            switch error {
            case .storage(let problem): throw .storage(problem)
            case .invalid(let problem): throw .invalid(problem.diagnostics)
            }
        }
        let ballots = try invocation.transaction { () throws(WorkspaceError) in try BallotImport.ballots(from: file, for: vote) }
        if ballots.isEmpty { throw .data("\(path) has no ballots") }
        return ballots
    }

    /// `--form FILE.csv` with `--vote`: a form's export, one row per respondent, as one batch.
    static func form(_ invocation: Invocation, votes: [Vote]) throws(CLIError) -> [Located<Ballot>] {
        let vote = try self.vote(invocation, votes)
        guard let file = try ImportFile.read(invocation, option: "form") else { throw .usage("missing --form EXPORT.csv", command: "vote") }
        // Titles match columns and marks: the options are ideas or projects.
        let workspace = try invocation.loadWorkspace(invocation.workspaceStore(allowDefault: false), files: [.process, .workshops, .ideas, .projects])
        var titles: [ItemID: String] = [:]
        for option in vote.options { titles[option] = workspace.title(of: option) }
        let rows = BallotImport.formRows(
            file.bytes, file: file.path, vote: vote, titles: titles, voterColumn: invocation.arguments.value("voter-column"), reader: file.reader)
        if rows.diagnostics.hasErrors { throw .invalid(rows.diagnostics) }
        if !rows.ignoredColumns.isEmpty {
            invocation.console.err("\(file.path): columns that name no option of \(vote.id), not imported: \(rows.ignoredColumns.joined(separator: ", "))\n")
        }
        return rows.ballots
    }

    /// `--poster COUNTS`: a poster's dot counts, one batch.
    static func poster(_ invocation: Invocation, _ store: WorkspaceStore, _ clock: Clock) throws(CLIError) {
        let vote = try invocation.identifier("vote", as: VoteID.self)
        if invocation.arguments.has("voter") || !invocation.rest.isEmpty {
            throw .usage("a poster count names no voter and takes its points from --poster; leave out --voter and the content", command: "vote")
        }
        let text = try invocation.required("poster")
        let points: [OptionValue]
        switch BallotNotation.parse(text, as: .points) {
        case .success(.points(let marks)): points = marks
        case .success: points = []
        case .failure(let error): throw .usage("--poster '\(text)': \(error.message)", command: "vote")
        }
        let id = try invocation.optionalIdentifier("ballot", as: BallotID.self) ?? .unassigned
        let poster = PosterCount(vote: vote, id: id, points: points, note: try invocation.text("note") ?? "", recordedAt: clock.timestamp)
        let recorded = try invocation.transaction { () throws(WorkspaceError) in try store.record(poster: poster) }
        let total = recorded.points.reduce(0) { $0 + $1.value }
        invocation.out("recorded poster count \(recorded.id) of \(vote) (\(total) points) in \(store.path(.ballots))\n")
    }

    /// `--void` and `--close`.
    static func end(_ invocation: Invocation, _ store: WorkspaceStore, _ clock: Clock) throws(CLIError) {
        let vote = try invocation.identifier("vote", as: VoteID.self)
        if let ballot = try invocation.optionalIdentifier("void", as: BallotID.self) {
            if invocation.arguments.flag("close") { throw .usage("give --void or --close, not both", command: "vote") }
            let reason = try invocation.required("reason")
            let receipt = try invocation.transaction { () throws(WorkspaceError) in
                try store.void(ballot, in: vote, reason: reason, at: clock.timestamp)
            }
            invocation.out("voided ballot \(ballot) of \(vote) (record \(receipt.seqs.upperBound) in \(receipt.log))\n")
        } else {
            let note = try invocation.text("note") ?? ""
            let receipt = try invocation.transaction { () throws(WorkspaceError) in try store.close(vote, note: note, at: clock.timestamp) }
            invocation.out("closed vote \(vote) (record \(receipt.seqs.upperBound) in \(receipt.log)); it takes no more ballots\n")
        }
    }

    /// The vote named by --vote.
    static func vote(_ invocation: Invocation, _ votes: [Vote]) throws(CLIError) -> Vote {
        let id = try invocation.identifier("vote", as: VoteID.self)
        guard let vote = votes.first(where: { $0.id == id }) else {
            throw .data("unknown vote '\(id)'; votes in votes.json: \(votes.map(\.id.rawValue).joined(separator: ", "))")
        }
        return vote
    }

    /// `--results`: each vote counted with its rule (or --rule, or side by side with --compare),
    /// the same result `workshop count` gives, its input the ballot log.
    static func results(_ invocation: Invocation) throws(CLIError) {
        let formatName = invocation.arguments.value("format") ?? "text"
        guard let format = CountCommand.Format(rawValue: formatName) else {
            throw .usage("--format '\(formatName)' is not known; use \(CountCommand.Format.allCases.map(\.rawValue).joined(separator: ", "))", command: "vote")
        }
        let store = try invocation.workspaceStore(allowDefault: true)
        let requested = try CountCommand.rules(invocation)
        // The counts need the ballot log and the definitions its votes refer to, not the rating
        // log; the log is hashed as it streams past, for the seal each result names.
        let (workspace, _, seals) = try invocation.loadWorkspaceForStamp(store, files: WorkspaceFile.definitions.union([.ballots]))
        let seal = seals[.ballots] ?? LogSeal(.ballots, bytes: [])
        let votes = invocation.arguments.has("vote") ? [try vote(invocation, workspace.votes)] : workspace.votes
        if format == .csv && votes.count > 1 {
            throw .usage("--format csv gives one vote's table; name the vote with --vote", command: "vote")
        }
        var objects: [JSON] = []
        var text: [String] = []
        for vote in votes {
            let counted = VoteResult(vote, in: workspace, rules: requested)
            let results: [CountResult]
            switch counted.counted {
            case .success(let all): results = all
            case .failure(let problem): throw .data("\(problem.rule.rawValue) cannot count vote \(vote.id) (\(vote.method.name.rawValue)): \(problem.message)")
            }
            let file = counted.file(log: store.path(.ballots), seal: seal)
            if format == .json {
                let counted = results.count == 1 ? CountJSON.result(results[0], file: file) : CountJSON.comparison(RuleComparison(results: results, options: file.profile.options.count), file: file)
                objects.append(described(counted, vote: vote, seal: seal))
            } else {
                let heading = format == .md ? "## \(vote.title) (\(vote.id))\n\n" : format == .text ? invocation.style.bold("\(vote.title) (\(vote.id), \(vote.method.name.rawValue))") + "\n" : ""
                text.append(heading + CountCommand.output(results, file: file, format: format, style: invocation.style))
            }
        }
        invocation.out(format == .json ? JSONWriter.text(.object(["votes": .array(objects)])) : text.joined(separator: "\n"))
    }

    /// `--export-pb FILE`: the vote's counted ballots as a pabulib file.
    static func exportPabulib(_ invocation: Invocation) throws(CLIError) {
        let store = try invocation.workspaceStore(allowDefault: true)
        let target = try invocation.required("export-pb")
        let workspace = try invocation.loadWorkspace(store, files: WorkspaceFile.definitions.union([.ballots]))
        let vote = try self.vote(invocation, workspace.votes)
        let text: String
        do {
            text = try PabulibWriter.text(vote, in: workspace)
        } catch {
            throw .data(error.description)
        }
        do {
            try FileSystem.writeAtomically(Array(text.utf8), to: invocation.url(target), shownAs: target)
        } catch {
            throw .storage(error)
        }
        invocation.out("wrote \(workspace.ballots.count(in: vote.id)) ballots of \(vote.id) to \(target); count them with: workshop count \(target)\n")
    }

    /// A count's JSON object with the vote it counted: id, title, method and the ballot log's
    /// chain value, beside the log's SHA-256 the count names as its input.
    static func described(_ counted: JSON, vote: Vote, seal: LogSeal) -> JSON {
        guard case .object(let members) = counted.value else { return counted }
        return JSON(
            .object(
                [
                    .init(key: "vote", value: .string(vote.id.rawValue)), .init(key: "title", value: .string(vote.title)),
                    .init(key: "method", value: .string(vote.method.name.rawValue)), .init(key: "voters", value: .string(vote.voters.rawValue)),
                    .init(key: "log_chain", value: seal.chain.map(JSON.string) ?? JSON(.null)),
                ] + members))
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
    func rightPadded(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
