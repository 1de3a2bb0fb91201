import Testing

@testable import WorkshopKit

@Suite("Votes")
struct VotingTests {
    let dots = Vote(id: "v", title: "Dots", method: .dots(perVoter: 5, perOption: 3), options: ["A", "B", "C"])
    let approval = Vote(id: "a", title: "Approval", method: .approval(minimum: 1, maximum: 2), options: ["A", "B", "C"])

    private func ballot(_ vote: VoteID, _ id: BallotID, _ content: BallotContent) -> Ballot {
        Ballot(vote: vote, id: id, voter: nil, content: content)
    }

    private func points(_ marks: [(ItemID, Int)]) -> BallotContent { .points(marks.map { OptionValue($0.0, $0.1) }) }

    @Test("Poster counts add into the tally as points, not ballots; a voided one drops out, a voided ballot beside it too")
    func posterTally() {
        var set = BallotSet([ballot("v", "B1", points([("A", 2)])), ballot("v", "B2", points([("B", 1)]))])
        set.apply(.count(PosterCount(vote: "v", id: "T3", points: [OptionValue("A", 12), OptionValue("C", 5)])))
        set.apply(.count(PosterCount(vote: "v", id: "T4", points: [OptionValue("B", 4)])))
        #expect(set.count(in: "v") == 2 && set.posterCounts(in: "v") == 2)
        #expect(set.contents(in: "v").count == 2)
        var tally = VoteTally(vote: dots, in: set)
        #expect(tally.points == ["A": 14, "B": 5, "C": 5] && tally.ballots == 2 && tally.posterCounts == 2 && tally.posterPoints == 21)
        set.apply(.void(vote: "v", ballot: "T4", reason: "doppelt", recordedAt: nil))
        set.apply(.void(vote: "v", ballot: "B2", reason: "doppelt", recordedAt: nil))
        tally = VoteTally(vote: dots, in: set)
        #expect(tally.points == ["A": 14, "B": 0, "C": 5] && tally.ballots == 1 && tally.posterCounts == 1 && tally.posterPoints == 17)
    }

    @Test("Poster rules: points for a points vote's options only, however many")
    func posterRules() {
        #expect(BallotRules.posterProblems(with: [OptionValue("A", 40)], in: dots).isEmpty)
        #expect(BallotRules.posterProblems(with: [OptionValue("D", 1)], in: dots).first?.contains("'D' is not an option of this vote") == true)
        #expect(BallotRules.posterProblems(with: [OptionValue("A", 1)], in: approval) == [
            "vote a is a approval vote; poster counts are points and go into dots or cumulative votes only"
        ])
    }

    @Test("A tally adds the points of the vote's ballots only, zero for options without any")
    func tally() {
        let ballots = [
            ballot("v", "1", points([("A", 3), ("B", 2)])), ballot("v", "2", points([("B", 1)])), ballot("v", "3", .abstain),
            ballot("other", "1", points([("A", 5)])),
        ]
        let tally = VoteTally(vote: dots, ballots: ballots)
        #expect(tally.points == ["A": 3, "B": 3, "C": 0])
        #expect(tally.ballots == 3)
        #expect(tally.abstentions == 1)
        #expect(tally.totalPoints == 6)
        // Ties keep the ballot order.
        #expect(tally.ranking(in: dots).map(\.item) == ["A", "B", "C"])
    }

    @Test("A voided ballot is not counted; a closed vote is known")
    func voidAndClose() {
        var set = BallotSet([ballot("v", "1", points([("A", 3)])), ballot("v", "2", points([("B", 2)]))])
        let voided = set.void("1", in: "v")
        let unknown = set.void("9", in: "v")
        #expect(voided && !unknown)
        set.close("v")
        #expect(set.isClosed("v") && set.count(in: "v") == 1)
        #expect(VoteTally(vote: dots, in: set).points == ["A": 0, "B": 2, "C": 0])
    }

    @Test("Rankings, scores and approvals are tallied by plain addition (first places for rankings)")
    func tallyKinds() {
        let ranked = Vote(id: "r", title: "R", method: .ranked(length: nil, ties: true), options: ["A", "B", "C"])
        let set = BallotSet([
            ballot("r", "1", .ranking([["A"], ["B", "C"]])), ballot("r", "2", .ranking([["B"], ["A"]])), ballot("r", "3", .ranking([["A"]])),
        ])
        #expect(VoteTally(vote: ranked, in: set).points == ["A": 2, "B": 1, "C": 0])
        #expect(set.contents(in: "r") == [.ranking([["A"], ["B", "C"]]), .ranking([["B"], ["A"]]), .ranking([["A"]])])
    }

    @Test("Dot ballots: total and per-option limits, unknown and repeated options")
    func dotRules() {
        #expect(BallotRules.problems(with: points([("A", 3), ("B", 2)]), in: dots).isEmpty)
        #expect(BallotRules.problems(with: points([("A", 3), ("B", 3)]), in: dots) == ["6 dots placed but each voter has 5"])
        #expect(BallotRules.problems(with: points([("A", 4)]), in: dots) == ["4 dots on A but at most 3 may go to one option"])
        let problems = BallotRules.problems(with: points([("D", 1), ("A", 1), ("A", 1)]), in: dots)
        #expect(problems.count == 2)
        #expect(problems[0].hasPrefix("'D' is not an option of this vote"))
        #expect(problems[1].hasPrefix("option A appears twice"))
        #expect(BallotRules.problems(with: .abstain, in: dots).isEmpty)
        #expect(BallotRules.problems(with: .approvals(["A"]), in: dots).first?.hasPrefix("this vote (dots) takes ballots written as P3:2 P19") == true)
    }

    @Test("Cumulative ballots: points to distribute, a limit per option, and all points used when asked")
    func cumulativeRules() {
        let vote = Vote(id: "c", title: "C", method: .cumulative(points: 10, perOption: 6, useAll: true), options: ["A", "B"])
        #expect(BallotRules.problems(with: points([("A", 6), ("B", 4)]), in: vote).isEmpty)
        #expect(BallotRules.problems(with: points([("A", 5), ("B", 4)]), in: vote) == ["9 points placed but this vote needs all 10 given away"])
        #expect(BallotRules.problems(with: points([("A", 7), ("B", 4)]), in: vote).count == 2)
    }

    @Test("Approval ballots: at least and at most the allowed number")
    func approvalRules() {
        #expect(BallotRules.problems(with: .approvals(["A", "B"]), in: approval).isEmpty)
        #expect(BallotRules.problems(with: .approvals(["A", "B", "C"]), in: approval) == ["3 options approved but at most 2 may be"])
        #expect(BallotRules.problems(with: .approvals([]), in: approval) == ["0 options approved but at least 1 must be"])
    }

    @Test("Score ballots: each score within the range, options may be left unscored")
    func scoreRules() {
        let vote = Vote(id: "s", title: "S", method: .score(minimum: -2, maximum: 2), options: ["A", "B", "C"])
        #expect(BallotRules.problems(with: .scores([OptionValue("A", -2), OptionValue("C", 2)]), in: vote).isEmpty)
        #expect(BallotRules.problems(with: .scores([OptionValue("A", 3)]), in: vote) == ["A:3 is outside the scores -2…2 this vote allows"])
    }

    @Test("Ranked ballots: at most the ranking length, ties only where allowed")
    func rankedRules() {
        let strict = Vote(id: "r", title: "R", method: .ranked(length: 2, ties: false), options: ["A", "B", "C"])
        #expect(BallotRules.problems(with: .ranking([["A"], ["B"]]), in: strict).isEmpty)
        #expect(BallotRules.problems(with: .ranking([["A"], ["B"], ["C"]]), in: strict) == ["3 options ranked but at most 2 may be"])
        #expect(BallotRules.problems(with: .ranking([["A", "B"]]), in: strict).first?.hasPrefix("A=B are tied, but this vote allows no ties") == true)
        let ties = Vote(id: "t", title: "T", method: .ranked(length: nil, ties: true), options: ["A", "B", "C"])
        #expect(BallotRules.problems(with: .ranking([["A", "B"], ["C"]]), in: ties).isEmpty)
    }

    @Test("Budget ballots: the selection's cost within the budget, costs from the vote or from budget.json")
    func budgetRules() {
        let given = Vote(
            id: "b", title: "B", method: .budget(limit: Money(euros: 100), costs: ["A": Money(euros: 60), "B": Money(euros: 50)]), options: ["A", "B"])
        #expect(BallotRules.problems(with: .approvals(["A"]), in: given).isEmpty)
        #expect(BallotRules.problems(with: .approvals(["A", "B"]), in: given) == ["the options selected cost 110.00 in all, more than the budget of 100.00"])
        let fromBudget = Vote(id: "b", title: "B", method: .budget(limit: Money(euros: 100), costs: [:]), options: ["A", "B"])
        #expect(BallotRules.problems(with: .approvals(["A", "B"]), in: fromBudget, costs: ["A": Money(euros: 10), "B": Money(euros: 20)]).isEmpty)
        #expect(BallotRules.problems(with: .approvals(["A"]), in: fromBudget).first?.hasPrefix("option A has no cost") == true)
    }

    @Test("Counting rules are checked against the method they count")
    func ruleNames() {
        #expect(RuleName.schulze.counts(.ranked(length: nil, ties: true)))
        #expect(RuleName.schulze.counts(.dots(perVoter: 5, perOption: nil)) == false)
        #expect(RuleName.mesComplete.counts(.budget(limit: Money(euros: 1), costs: [:])))
        #expect(RuleName.greedyNoSkip.rawValue == "greedy-no-skip")
        #expect(RuleName.allCases.count == 16)
    }
}
