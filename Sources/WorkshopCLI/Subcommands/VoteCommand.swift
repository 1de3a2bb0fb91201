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
            "vote WORKSPACE --vote ID --void BALLOT --reason TEXT",
            "vote WORKSPACE --vote ID --close [--note TEXT]",
            "vote [WORKSPACE] --results [--vote ID] [--format text|json]",
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
            nothing. --void takes a recorded ballot out of the count with a reason (a new record; nothing \
            is deleted); --close ends a vote. --results prints the tally (read-only; without a WORKSPACE it \
            shows the embedded example).
            """,
        options: [
            .value("vote", "ID", "The vote, as defined in votes.json."),
            .value("voter", "ID", "The participant (named votes) or token (token votes); leave out for anonymous votes."),
            .value("ballot", "ID", "The ballot's id, e.g. the number on a paper ballot; with --void, the ballot to void."),
            .value("void", "BALLOT", "Void a recorded ballot (with --reason)."),
            .value("reason", "TEXT", "Why the ballot is voided."),
            .flag("close", "Close the vote: no more ballots."),
            .value("note", "TEXT", "With --close: a note kept in the log."),
            .flag("results", "Show the tally instead of recording a ballot."),
            .value("format", "text|json", "With --results: print text (default) or JSON."),
        ] + ImportFile.options,
        examples: [
            "workshop vote Workshops/my-process --vote punkte --voter AK-01 P3:2 P19 P25:2",
            "workshop vote Workshops/my-process --vote rangfolge --voter T-7KQ2-M9XD P3,P1=P7,P2",
            "workshop vote Workshops/my-process --vote papier --ballot 17 P3 P4 P5 P6 P7",
            "workshop vote Workshops/my-process --from paper-ballots.csv",
            "workshop vote Workshops/my-process --vote punkte --void B000014 --reason \"doppelt abgegeben (Zettel 14)\"",
            "workshop vote Workshops/my-process --vote punkte --close --note \"Abstimmung beendet\"",
            "workshop vote --results",
        ],
        run: run)

    static func run(_ invocation: Invocation) throws(CLIError) {
        if invocation.arguments.flag("results") { return try results(invocation) }
        let store = try invocation.workspaceStore(allowDefault: false)
        let clock = try Clock(environment: invocation.environment)
        if invocation.arguments.has("void") || invocation.arguments.flag("close") { return try end(invocation, store, clock) }
        // The votes say how each ballot's content is written.
        let votes = try invocation.loadWorkspace(store, files: [.process, .votes]).votes
        var ballots: [Located<Ballot>]
        if let file = try ImportFile.read(invocation) {
            if ["vote", "voter", "ballot"].contains(where: invocation.arguments.has) || invocation.rest.count > 0 {
                throw .usage("--from imports a whole file; leave out --vote, --voter, --ballot and the content", command: "vote")
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

    static func results(_ invocation: Invocation) throws(CLIError) {
        let json = try invocation.wantsJSON
        let store = try invocation.workspaceStore(allowDefault: true)
        // The tallies need the ballot log, not the rating log.
        let workspace = try invocation.loadWorkspace(store, files: WorkspaceFile.definitions.union([.ballots]))
        let evaluation = Evaluation(workspace)
        let votes = invocation.arguments.has("vote") ? [try vote(invocation, workspace.votes)] : workspace.votes
        var reports: [JSON] = []
        var text = ""
        for vote in votes {
            guard let tally = evaluation.tallies.first(where: { $0.vote == vote.id }) else { continue }
            let ranking = tally.ranking(in: vote)
            let top = ranking.first?.points ?? 0
            if json {
                reports.append(
                    .object([
                        "vote": .string(vote.id.rawValue), "method": .string(vote.method.name.rawValue), "ballots": .number(tally.ballots),
                        "abstentions": .number(tally.abstentions),
                        "points": .array(ranking.map { .object(["option": .string($0.item.rawValue), "points": .number($0.points)]) }),
                    ]))
                continue
            }
            text += invocation.style.bold("\(vote.title) (\(vote.id))") + ": \(tally.ballots) ballots, \(tally.totalPoints) points\n"
            for entry in ranking {
                let name = entry.item.rawValue.padding(toLength: max(6, entry.item.rawValue.count), withPad: " ", startingAt: 0)
                text += "  \(name) \(String(entry.points).leftPadded(4))\(invocation.style.bar(entry.points, of: top))\n"
            }
        }
        invocation.out(json ? JSONWriter.text(.object(["votes": .array(reports)])) : text)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
    func rightPadded(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
