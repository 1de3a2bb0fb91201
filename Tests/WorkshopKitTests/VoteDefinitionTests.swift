import Testing

@testable import WorkshopKit

/// Votes in votes.json: every method with its parameters, rules, voters and timestamps.
@Suite("Vote definitions")
struct VoteDefinitionTests {
    private func decode(_ votes: String, prioritisation: String? = nil, budget: String? = nil) -> WorkspaceDecoder.Result {
        var files = Fixtures.files(of: Fixtures.small(), ballots: [])
        files[.votes] = Array("{\"votes\": [\(votes)]}".utf8)
        if let prioritisation { files[.prioritisation] = Array(prioritisation.utf8) }
        if let budget { files[.budget] = Array(budget.utf8) }
        return WorkspaceDecoder.decode(id: "test", files: files, folder: "W")
    }

    private func vote(_ json: String) throws -> Vote {
        let result = decode(json)
        return try #require(result.workspace?.votes.first, "\(result.diagnostics.sorted)")
    }

    @Test("Every method reads with its parameters and writes back the same")
    func methods() throws {
        let cases: [(String, VotingMethod)] = [
            (#""method": "dots", "dotsPerVoter": 5, "maximumPerOption": 2"#, .dots(perVoter: 5, perOption: 2)),
            (#""method": "cumulative", "pointsPerVoter": 10, "useAllPoints": true"#, .cumulative(points: 10, perOption: nil, useAll: true)),
            (#""method": "approval", "minimumApprovals": 1, "maximumApprovals": 2"#, .approval(minimum: 1, maximum: 2)),
            (#""method": "score", "minimumScore": 0, "maximumScore": 5"#, .score(minimum: 0, maximum: 5)),
            (#""method": "ranked", "rankingLength": 2, "ties": true"#, .ranked(length: 2, ties: true)),
            (#""method": "budget", "budget": 100, "costs": {"P1": 60, "P2": 50}"#, .budget(limit: Money(euros: 100), costs: ["P1": Money(euros: 60), "P2": Money(euros: 50)])),
        ]
        for (json, method) in cases {
            let read = try vote(#"{"id": "v", "title": "V", "options": ["P1", "P2"], "#+json+"}")
            #expect(read.method == method)
            let again = try vote(JSONWriter.text(read.json))
            #expect(again == read)
        }
    }

    @Test("Voters default to named, timestamps to the second for named voters and the day otherwise")
    func defaults() throws {
        let named = try vote(#"{"id": "v", "title": "V", "options": ["P1"], "method": "approval"}"#)
        #expect(named.voters == .named && named.recordedPrecision == .second)
        let tokens = try vote(#"{"id": "v", "title": "V", "options": ["P1"], "method": "approval", "voters": "tokens"}"#)
        #expect(tokens.recordedPrecision == .day)
        let minute = try vote(#"{"id": "v", "title": "V", "options": ["P1"], "method": "approval", "voters": "anonymous", "timestamps": "minute"}"#)
        #expect(minute.recordedPrecision == .minute)
    }

    @Test("A definition's hash covers what counts, not the title", arguments: [
        #"{"id": "v", "title": "Other title", "options": ["P1", "P2"], "method": "approval"}"#,
    ])
    func definitionHash(_ retitled: String) throws {
        let base = try vote(#"{"id": "v", "title": "V", "options": ["P1", "P2"], "method": "approval"}"#)
        #expect(try vote(retitled).definitionHash == base.definitionHash)
        #expect(try vote(#"{"id": "v", "title": "V", "options": ["P2", "P1"], "method": "approval"}"#).definitionHash != base.definitionHash)
        #expect(try vote(#"{"id": "v", "title": "V", "options": ["P1", "P2"], "method": "approval", "voters": "named"}"#).definitionHash == base.definitionHash)
        #expect(base.definitionHash.hasPrefix("sha256:") && base.definitionHash.count == 71)
    }

    @Test("Wrong or missing parameters, unknown and unfitting rules are errors that say what is allowed", arguments: [
        (#""method": "dots", "maximumApprovals": 3"#, #""maximumApprovals" belongs to approval votes, not dots"#),
        (#""method": "dots""#, #"uses dots but does not say "dotsPerVoter""#),
        (#""method": "score", "minimumScore": 5, "maximumScore": 5"#, #""minimumScore" (5) must be below "maximumScore" (5)"#),
        (#""method": "approval", "rule": "schulze""#, "the rule schulze counts a ranked vote; this vote's method is approval"),
        (#""method": "ranked", "rule": "shulze""#, #""rule" must be one of points, approval, score, plurality, borda, schulze"#),
        (#""method": "ranked", "rankingLength": 3"#, #""rankingLength" is 3; allowed: 1…2"#),
        (#""method": "budget", "budget": 100, "costs": {"P1": 60}"#, "gives no cost for option P2"),
        (#""method": "budget", "budget": 100, "costs": {"P1": 60, "P2": 1, "P9": 1}"#, "names P9, which is not an option of the vote"),
        (#""method": "approval", "voters": "everyone""#, #""voters" must be one of named, tokens, anonymous; found 'everyone'"#),
    ])
    func problems(_ json: String, _ expected: String) {
        let result = decode(#"{"id": "v", "title": "V", "options": ["P1", "P2"], "#+json+"}")
        #expect(result.workspace == nil)
        #expect(result.diagnostics.contains { $0.location.file == "W/votes.json" && $0.message.contains(expected) }, "\(result.diagnostics.sorted)")
    }

    @Test("A budget vote without costs takes them from budget.json, and says which options have none")
    func costsFromBudget() {
        let vote = #"{"id": "b", "title": "B", "options": ["P1", "P2"], "method": "budget", "budget": 100}"#
        let budget = #"{"lines": [{"project": "P1", "kind": "investment", "amount": 60}]}"#
        let result = decode(vote, budget: budget)
        #expect(result.diagnostics.sorted.map(\.message) == [
            "vote b takes its costs from budget.json, but P2 has no budget lines there; give the vote \"costs\" or add the lines"
        ])
    }

    @Test("Priority rules may name the vote they count; a vote without points per option is refused")
    func prioritisationVote() throws {
        let votes = #"{"id": "a", "title": "A", "options": ["P1"], "method": "approval"}, {"id": "r", "title": "R", "options": ["P1"], "method": "ranked"}"#
        let rule = #"{"rule": [{"group": 1, "minimums": {"votes": 1}}, {"group": 2, "minimums": {}}], "vote": "%@"}"#
        let named = decode(votes, prioritisation: rule.replacingOccurrences(of: "%@", with: "a"))
        #expect(try #require(named.workspace).prioritisation.vote == "a")
        let ranked = decode(votes, prioritisation: rule.replacingOccurrences(of: "%@", with: "r"))
        #expect(ranked.diagnostics.contains { $0.message.hasPrefix("the rule counts the votes of r, a ranked vote; its outcome is not points per project") })
        let unknown = decode(votes, prioritisation: rule.replacingOccurrences(of: "%@", with: "x"))
        #expect(unknown.diagnostics.contains { $0.message.hasPrefix("prioritisation: unknown vote 'x'") })
    }

    @Test("Without a named vote, the votes a rule counts are the ones with points per option")
    func countedVotes() throws {
        var workspace = Fixtures.small()
        workspace.votes.append(Vote(id: "r", title: "R", method: .ranked(length: nil, ties: false), options: ["P1", "P2"], voters: .anonymous))
        workspace.ballots = BallotSet(Fixtures.smallBallots + [Ballot(vote: "r", id: "1", voter: nil, content: .ranking([["P2"], ["P1"]]))])
        // Dots: P1 3, P2 1; the ranking's first place for P2 is not added.
        #expect(Evaluation(workspace).projectVotes == ["P1": 3, "P2": 1])
        workspace.prioritisation.vote = "dots"
        #expect(Evaluation(workspace).projectVotes == ["P1": 3, "P2": 1])
        // A ranked vote has no points per option (naming one is an error when read, above).
        workspace.prioritisation.vote = "r"
        #expect(Evaluation(workspace).projectVotes == ["P1": 0, "P2": 0])
    }
}
