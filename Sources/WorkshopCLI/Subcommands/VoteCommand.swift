import Foundation
import WorkshopKit

/// `workshop vote`: record ballots and show results.
enum VoteCommand {
    static let command = Command(
        name: "vote",
        summary: "Record a ballot (dots or approvals), import paper ballots, or show a vote's result.",
        usage: [
            "vote WORKSPACE --vote ID [--voter ID] [--ballot ID] CHOICE ...",
            "vote WORKSPACE --from FILE.csv [--encoding windows-1252]",
            "vote [WORKSPACE] --results [--vote ID] [--format text|json]",
        ],
        discussion: """
            Appends one ballot to ballots.csv, the append-only ballot log, flushed to disk before it is \
            acknowledged. CHOICE is an option id, with dots as ID:N (P3:2 gives P3 two dots); a bare ID \
            counts one (an approval). Write 'abstain' for an empty ballot. The ballot is checked against the \
            vote in votes.json first (options, dots per voter, dots per option, approvals) and against the log \
            (one ballot per voter, ballot ids unique); a broken ballot is not recorded. --voter may be left out \
            for anonymous paper ballots; --ballot defaults to the next free B<n>. --from imports ballots with \
            the columns vote,ballot,voter,choices[,recorded_at]. --results prints the tally (read-only; without \
            a WORKSPACE it shows the embedded example).
            """,
        options: [
            .value("vote", "ID", "The vote, as defined in votes.json."),
            .value("voter", "ID", "The participant voting; leave out for anonymous ballots."),
            .value("ballot", "ID", "The ballot's id, e.g. the number on a paper ballot."),
            .flag("results", "Show the tally instead of recording a ballot."),
            .value("format", "text|json", "With --results: print text (default) or JSON."),
        ] + ImportFile.options,
        examples: [
            "workshop vote Workshops/my-process --vote punkte --voter AK-01 P3:2 P19 P25:2",
            "workshop vote Workshops/my-process --vote punkte --ballot 17 P3 P4 P5 P6 P7",
            "workshop vote Workshops/my-process --from paper-ballots.csv",
            "workshop vote --results",
        ],
        run: run)

    static func run(_ invocation: Invocation) throws(CLIError) {
        if invocation.arguments.flag("results") { return try results(invocation) }
        let store = try invocation.workspaceStore(allowDefault: false)
        let workspace = try invocation.loadForChange(store)
        let clock = try Clock(environment: invocation.environment)
        var ballots: [Located<Ballot>]
        if let file = try ImportFile.read(invocation) {
            if ["vote", "voter", "ballot"].contains(where: invocation.arguments.has) || invocation.rest.count > 0 {
                throw .usage("--from imports a whole file; leave out --vote, --voter, --ballot and choices", command: "vote")
            }
            let decoded = BallotsLog.decode(file.bytes, file: file.path, reader: file.reader)
            if decoded.diagnostics.hasErrors { throw .invalid(decoded.diagnostics) }
            ballots = decoded.ballots
            if ballots.isEmpty { throw .data("\(file.path) has no ballots below its header") }
        } else {
            let voteID = try invocation.identifier("vote", as: VoteID.self)
            guard workspace.vote(voteID) != nil else {
                throw .data("unknown vote '\(voteID)'; votes in votes.json: \(workspace.votes.map(\.id.rawValue).joined(separator: ", "))")
            }
            let voter = try invocation.optionalIdentifier("voter", as: ParticipantID.self)
            let choicesText = invocation.rest.joined(separator: " ")
            if choicesText.isEmpty {
                throw .usage("give the choices, e.g. P3:2 P19, or 'abstain' for an empty ballot", command: "vote")
            }
            let choices: [Ballot.Choice]
            switch BallotsLog.parseChoices(choicesText) {
            case .success(let parsed): choices = parsed
            case .failure(let error): throw .usage(error.message, command: "vote")
            }
            let ballotID: BallotID
            if let given = try invocation.optionalIdentifier("ballot", as: BallotID.self) {
                ballotID = given
            } else {
                let taken = Set(workspace.ballots.filter { $0.vote == voteID }.map(\.id.rawValue))
                var number = taken.count + 1
                while taken.contains(padded(number)) { number += 1 }
                ballotID = BallotID(padded(number))
            }
            let ballot = Ballot(vote: voteID, id: ballotID, voter: voter, choices: choices, recordedAt: clock.timestamp)
            var fields = [
                "vote": SourceLocation(file: "--vote \(voteID)"), "ballot": SourceLocation(file: "--ballot \(ballotID)"),
                "choices": SourceLocation(file: "choices '\(choicesText)'"),
            ]
            if let voter { fields["voter"] = SourceLocation(file: "--voter \(voter)") }
            ballots = [Located(ballot, at: SourceLocation(file: "command line"), fields: fields)]
        }
        for index in ballots.indices where ballots[index].value.recordedAt.isEmpty {
            ballots[index].value.recordedAt = clock.timestamp
        }
        let problems = workspace.problems(in: ballots, recordedIn: store.path(.ballots))
        if problems.hasErrors { throw .invalid(problems) }
        do {
            try store.append(ballots.map(\.value))
        } catch {
            throw .storage(error)
        }
        if ballots.count == 1, let ballot = ballots.first?.value {
            invocation.out("recorded ballot \(ballot.id) of \(ballot.vote) in \(store.path(.ballots))\n")
        } else {
            invocation.out("recorded \(ballots.count) ballots in \(store.path(.ballots))\n")
        }
    }

    static func padded(_ number: Int) -> String { number < 10 ? "B00\(number)" : number < 100 ? "B0\(number)" : "B\(number)" }

    static func results(_ invocation: Invocation) throws(CLIError) {
        let json = try invocation.wantsJSON
        let store = try invocation.workspaceStore(allowDefault: true)
        let workspace = try invocation.loadWorkspace(store)
        let evaluation = Evaluation(workspace)
        var votes = workspace.votes
        if let id = try invocation.optionalIdentifier("vote", as: VoteID.self) {
            guard let vote = workspace.vote(id) else {
                throw .data("unknown vote '\(id)'; votes in votes.json: \(workspace.votes.map(\.id.rawValue).joined(separator: ", "))")
            }
            votes = [vote]
        }
        var reports: [JSON] = []
        var text = ""
        for vote in votes {
            guard let tally = evaluation.tallies.first(where: { $0.vote == vote.id }) else { continue }
            let ranking = tally.ranking(in: vote)
            let top = ranking.first?.points ?? 0
            if json {
                reports.append(
                    .object([
                        "vote": .string(vote.id.rawValue), "method": .string(vote.method.rawValue), "ballots": .number(tally.ballots),
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
