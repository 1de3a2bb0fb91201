import Testing

@testable import WorkshopKit

@Suite("Votes")
struct VotingTests {
    let dots = Vote(id: "v", title: "Dots", method: .dots, options: ["A", "B", "C"], dotsPerVoter: 5, maximumPerOption: 3)
    let approval = Vote(id: "a", title: "Approval", method: .approval, options: ["A", "B", "C"], maximumApprovals: 2)

    private func ballot(_ vote: VoteID, _ id: BallotID, _ choices: [(ItemID, Int)], voter: ParticipantID? = nil) -> Ballot {
        Ballot(vote: vote, id: id, voter: voter, choices: choices.map { Ballot.Choice(item: $0.0, points: $0.1) })
    }

    @Test("A tally adds the points of the vote's ballots only, zero for options without any")
    func tally() {
        let ballots = [
            ballot("v", "1", [("A", 3), ("B", 2)]), ballot("v", "2", [("B", 1)]), ballot("v", "3", []),
            ballot("other", "1", [("A", 5)]),
        ]
        let tally = VoteTally(vote: dots, ballots: ballots)
        #expect(tally.points == ["A": 3, "B": 3, "C": 0])
        #expect(tally.ballots == 3)
        #expect(tally.abstentions == 1)
        #expect(tally.totalPoints == 6)
        // Ties keep the ballot order.
        #expect(tally.ranking(in: dots).map(\.item) == ["A", "B", "C"])
    }

    @Test("Dot ballots: total and per-option limits, unknown and repeated options")
    func dotRules() {
        #expect(BallotRules.problems(with: ballot("v", "1", [("A", 3), ("B", 2)]), in: dots).isEmpty)
        #expect(BallotRules.problems(with: ballot("v", "1", [("A", 3), ("B", 3)]), in: dots) == ["6 dots placed but each voter has 5"])
        #expect(BallotRules.problems(with: ballot("v", "1", [("A", 4)]), in: dots) == ["4 dots on A but at most 3 may go to one option"])
        let problems = BallotRules.problems(with: ballot("v", "1", [("D", 1), ("A", 1), ("A", 1)]), in: dots)
        #expect(problems.count == 2)
        #expect(problems[0].hasPrefix("'D' is not an option of this vote"))
        #expect(problems[1].hasPrefix("option A appears twice"))
    }

    @Test("Approval ballots: marks only, at most the allowed number")
    func approvalRules() {
        #expect(BallotRules.problems(with: ballot("a", "1", [("A", 1), ("B", 1)]), in: approval).isEmpty)
        #expect(BallotRules.problems(with: ballot("a", "1", [("A", 1), ("B", 1), ("C", 1)]), in: approval) == ["3 options approved but at most 2 may be"])
        #expect(BallotRules.problems(with: ballot("a", "1", [("A", 2)]), in: approval).first?.contains("only marks options") == true)
    }

    @Test("Choices are written and read in the log's notation", arguments: ["P3:2 P19 P25:2", "abstain", "A"])
    func choicesNotation(_ text: String) throws {
        let parsed = try BallotsLog.parseChoices(text).get()
        #expect(BallotsLog.choicesText(parsed) == text)
    }

    @Test("Bad choices say what is allowed", arguments: ["P3:0", "P3:x", "P3:", "-P3", "P3:1001"])
    func badChoices(_ text: String) {
        guard case .failure(let error) = BallotsLog.parseChoices(text) else {
            Issue.record("'\(text)' was accepted")
            return
        }
        #expect(error.message.hasPrefix("choice '\(text)'"))
    }
}

@Suite("Consolidation")
struct ConsolidationTests {
    @Test("Merging into a new project takes the ideas' shared theme and keeps the trace both ways")
    func mergeNew() throws {
        var workspace = Fixtures.small()
        workspace.projects.removeAll()
        let project = try Consolidation.merge(["I-1", "I-2"], into: "P7", title: "Hubs", in: &workspace)
        #expect(project.theme == "mobility")
        #expect(project.ideas == ["I-1", "I-2"])
        let map = ConsolidationMap(workspace: workspace)
        #expect(map.projectsByIdea["I-1"] == ["P7"])
        #expect(map.ideasByProject["P7"] == ["I-1", "I-2"])
        #expect(map.open == ["I-3"])
    }

    @Test("Merging into an existing project adds only new ideas")
    func mergeExisting() throws {
        var workspace = Fixtures.small()
        let project = try Consolidation.merge(["I-2", "I-3"], into: "P1", in: &workspace)
        #expect(project.ideas == ["I-1", "I-2", "I-3"])
        #expect(ConsolidationMap(workspace: workspace).projectsByIdea["I-3"] == ["P1", "P2"])
    }

    @Test("Merging refuses unknown ideas, set-aside ideas, clashing ids and untitled new projects")
    func mergeProblems() throws {
        var workspace = Fixtures.small()
        #expect(throws: Consolidation.Problem.unknownIdea("I-9", known: ["I-1", "I-2", "I-3"])) {
            try Consolidation.merge(["I-9"], into: "P1", in: &workspace)
        }
        #expect(throws: Consolidation.Problem.missingTitle("P8")) { try Consolidation.merge(["I-1", "I-3"], into: "P8", in: &workspace) }
        #expect(throws: Consolidation.Problem.idClash("I-2")) { try Consolidation.merge(["I-1"], into: "I-2", title: "x", in: &workspace) }
        try Consolidation.setAside("I-3", reason: "exists already", in: &workspace)
        #expect(throws: Consolidation.Problem.ideaSetAside("I-3", reason: "exists already")) {
            try Consolidation.merge(["I-3"], into: "P1", in: &workspace)
        }
    }

    @Test("Setting aside removes the idea from its projects; reopening makes it open again")
    func setAsideAndReopen() throws {
        var workspace = Fixtures.small()
        try Consolidation.setAside("I-3", reason: "exists already", in: &workspace)
        #expect(workspace.project("P2")?.ideas == [])
        #expect(ConsolidationMap(workspace: workspace).setAside == ["I-3"])
        try Consolidation.reopen("I-3", in: &workspace)
        #expect(ConsolidationMap(workspace: workspace).open == ["I-3"])
    }
}
