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
