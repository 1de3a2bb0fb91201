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

    /// `vote` counted by its rule from `set`, as the exports and `vote --results` count it.
    private func counted(_ vote: Vote, _ set: BallotSet) -> VoteResult {
        VoteResult(vote, in: Workspace(id: "t", process: ParticipationProcess(title: "T"), votes: [vote], ballots: set))
    }

    @Test("Poster counts add into the tally as points, not ballots; a voided one drops out, a voided ballot beside it too")
    func posterTally() {
        var set = BallotSet([ballot("v", "B1", points([("A", 2)])), ballot("v", "B2", points([("B", 1)]))])
        set.apply(.count(PosterCount(vote: "v", id: "T3", points: [OptionValue("A", 12), OptionValue("C", 5)])))
        set.apply(.count(PosterCount(vote: "v", id: "T4", points: [OptionValue("B", 4)])))
        #expect(set.count(in: "v") == 2 && set.posterCounts(in: "v") == 2)
        #expect(set.contents(in: "v").count == 2)
        var tally = counted(dots, set)
        #expect(tally.points == ["A": 14, "B": 5, "C": 5] && tally.profile.voters == 2 && tally.profile.posterCounts == 2)
        #expect(tally.result?.parameters.last?.value == "21 points come from 2 poster count(s), to which per-voter rules do not apply")
        set.apply(.void(vote: "v", ballot: "T4", reason: "doppelt", recordedAt: nil))
        set.apply(.void(vote: "v", ballot: "B2", reason: "doppelt", recordedAt: nil))
        tally = counted(dots, set)
        #expect(tally.points == ["A": 14, "B": 0, "C": 5] && tally.profile.voters == 1 && tally.profile.posterCounts == 1)
        #expect(tally.result?.parameters.last?.value == "17 points come from 1 poster count(s), to which per-voter rules do not apply")
    }

    @Test("Poster rules: points for a points vote's options only, however many")
    func posterRules() {
        #expect(BallotRules.posterProblems(with: [OptionValue("A", 40)], in: dots).isEmpty)
        #expect(BallotRules.posterProblems(with: [OptionValue("D", 1)], in: dots).first?.contains("'D' is not an option of this vote") == true)
        #expect(BallotRules.posterProblems(with: [OptionValue("A", 1)], in: approval) == [
            "vote a is a approval vote; poster counts are points and go into dots or cumulative votes only"
        ])
    }

    @Test("A vote's result adds the points of its own ballots only, zero for options without any; tied options share a place in ballot order")
    func tally() {
        let ballots = [
            ballot("v", "1", points([("A", 3), ("B", 2)])), ballot("v", "2", points([("B", 1)])), ballot("v", "3", .abstain),
            ballot("other", "1", points([("A", 5)])),
        ]
        let tally = counted(dots, BallotSet(ballots))
        #expect(tally.points == ["A": 3, "B": 3, "C": 0])
        #expect(tally.profile.voters == 3)
        #expect(tally.profile.abstentions == 1)
        #expect(tally.rules == [.points] && tally.result?.ranking == [[0, 1], [2]])
        let standing = VoteStanding(tally)
        #expect(standing.rows.map(\.option) == ["A", "B", "C"] && standing.rows.map(\.place) == [1, 1, 3])
        #expect(standing.measure == .total(.points) && standing.rows.map(\.value) == [Rational(3), Rational(3), .zero])
    }

    @Test("A ranked vote is counted by its rule (Schulze unless it names one), its bars the ballots naming each option; no points")
    func rankedResult() {
        let ranked = Vote(id: "r", title: "R", method: .ranked(length: nil, ties: true), options: ["A", "B", "C"])
        let set = BallotSet([
            ballot("r", "1", .ranking([["A"], ["B", "C"]])), ballot("r", "2", .ranking([["B"], ["A"]])), ballot("r", "3", .ranking([["A"]])),
        ])
        let result = counted(ranked, set)
        #expect(result.points == nil && result.rules == [.schulze])
        // A beats B 2:1 and C 3:0 (unranked options tie below ranked ones); B beats C 1:0.
        #expect(result.result?.ranking == [[0], [1], [2]])
        let standing = VoteStanding(result)
        #expect(standing.measure == .supporters && standing.rows.map(\.value) == [Rational(3), Rational(2), Rational(1)])
        #expect(counted(ranked, set).counted.map { $0.map(\.rule) } == .success([.schulze]))
    }

    @Test("A budget vote's result marks the projects funded in the order the rule funded them; a rule that cannot count says why")
    func budgetResult() {
        let budget = Vote(
            id: "b", title: "B", method: .budget(limit: Money(cents: 1000_00), costs: ["A": Money(cents: 600_00), "B": Money(cents: 500_00), "C": Money(cents: 300_00)]),
            options: ["A", "B", "C"])
        let set = BallotSet([ballot("b", "1", .approvals(["A", "C"])), ballot("b", "2", .approvals(["A", "B"])), ballot("b", "3", .approvals(["B"]))])
        let standing = VoteStanding(counted(budget, set))
        // greedy: A (2 votes, 600) funded, B (2 votes, 500) does not fit in the 400 left, C (1 vote, 300) does.
        #expect(standing.rows.map(\.option) == ["A", "C", "B"] && standing.rows.map(\.funded) == [true, true, false])
        #expect(standing.rows.map(\.place) == [1, 2, nil])
        let refused = VoteResult(budget, in: Workspace(id: "t", process: ParticipationProcess(title: "T"), votes: [budget], ballots: set), rules: [.borda])
        guard case .failure(let problem) = refused.counted else {
            Issue.record("borda counted approval ballots")
            return
        }
        #expect(problem.rule == .borda && VoteStanding(refused).rows.isEmpty)
    }

    @Test("A voided ballot is not counted; a closed vote is known")
    func voidAndClose() {
        var set = BallotSet([ballot("v", "1", points([("A", 3)])), ballot("v", "2", points([("B", 2)]))])
        let voided = set.void("1", in: "v")
        let unknown = set.void("9", in: "v")
        #expect(voided && !unknown)
        set.close("v")
        #expect(set.isClosed("v") && set.count(in: "v") == 1)
        #expect(counted(dots, set).points == ["A": 0, "B": 2, "C": 0])
    }

    @Test("A ballot set keeps rankings as recorded")
    func rankingContents() {
        let set = BallotSet([
            ballot("r", "1", .ranking([["A"], ["B", "C"]])), ballot("r", "2", .ranking([["B"], ["A"]])), ballot("r", "3", .ranking([["A"]])),
        ])
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
