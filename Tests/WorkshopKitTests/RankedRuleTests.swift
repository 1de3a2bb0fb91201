import Testing

@testable import WorkshopKit

/// The rules that count rankings, against published examples and hand-computed cases.
@Suite("Ranked rules")
struct RankedRuleTests {
    /// Wikipedia, "Schulze method", the example with 45 voters and 5 candidates
    /// (en.wikipedia.org/wiki/Schulze_method#Example): E wins, E > A > C > B > D.
    static let schulzeExample = Ballots.profile(
        .ranking, options: ["A", "B", "C", "D", "E"],
        [
            (5, "A,C,B,E,D"), (5, "A,D,E,C,B"), (8, "B,E,D,A,C"), (3, "C,A,B,E,D"), (7, "C,A,E,B,D"), (2, "C,B,A,D,E"),
            (7, "D,C,E,B,A"), (8, "E,B,A,D,C"),
        ])

    /// Wikipedia's Tennessee capital example (used in "Instant-runoff voting", "Borda count",
    /// "Copeland's method", "Minimax Condorcet method"): Memphis 42 %, Nashville 26 %,
    /// Chattanooga 15 %, Knoxville 17 %. Plurality: Memphis; IRV: Knoxville; Condorcet,
    /// Borda, Copeland and minimax: Nashville.
    static let tennessee = Ballots.profile(
        .ranking, options: ["Memphis", "Nashville", "Chattanooga", "Knoxville"],
        [
            (42, "Memphis,Nashville,Chattanooga,Knoxville"), (26, "Nashville,Chattanooga,Knoxville,Memphis"),
            (15, "Chattanooga,Knoxville,Nashville,Memphis"), (17, "Knoxville,Chattanooga,Nashville,Memphis"),
        ])

    @Test("Schulze: Wikipedia's 45 voters give E > A > C > B > D with the published pairwise and strongest-path tables")
    func schulzeWikipedia() throws {
        let profile = Self.schulzeExample
        let result = try Ballots.count(.schulze, profile)
        #expect(Ballots.ids(result.ranking, profile) == [["E"], ["A"], ["C"], ["B"], ["D"]])
        guard case .pairwise(let pairwise) = result.explanation, case .strongestPaths(let paths) = pairwise.table else {
            Issue.record("no strongest paths")
            return
        }
        #expect(pairwise.matrix.counts == [0, 20, 26, 30, 22, 25, 0, 16, 33, 18, 19, 29, 0, 17, 24, 15, 12, 28, 0, 14, 23, 27, 21, 31, 0])
        #expect(paths == [0, 28, 28, 30, 24, 25, 0, 28, 33, 24, 25, 29, 0, 29, 24, 25, 28, 28, 0, 24, 25, 28, 28, 31, 0])
        #expect(pairwise.condorcetWinner == nil)
    }

    @Test("Schulze names the Condorcet winner when there is one, and it wins (Tennessee: Nashville)")
    func schulzeCondorcet() throws {
        let profile = Self.tennessee
        let result = try Ballots.count(.schulze, profile)
        guard case .pairwise(let pairwise) = result.explanation else { return }
        #expect(pairwise.condorcetWinner.map { profile.options[$0].id } == "Nashville")
        #expect(Ballots.ids(result.ranking, profile) == [["Nashville"], ["Chattanooga"], ["Knoxville"], ["Memphis"]])
    }

    @Test("IRV, Tennessee: Chattanooga out, then Nashville, Knoxville elected with 58 of 100, round by round")
    func irvTennessee() throws {
        let profile = Self.tennessee
        let result = try Ballots.count(.irv, profile)
        #expect(Ballots.ids(result.winners.map { [$0] }, profile) == [["Knoxville"]])
        guard case .runoff(let rounds) = result.explanation else { return }
        func votes(_ round: CountExplanation.RunoffRound) -> [String: Rational] {
            Dictionary(uniqueKeysWithValues: round.votes.map { (profile.options[$0.option].id.rawValue, $0.votes) })
        }
        #expect(rounds.count == 3)
        #expect(votes(rounds[0]) == ["Memphis": 42, "Nashville": 26, "Chattanooga": 15, "Knoxville": 17])
        #expect(rounds[0].eliminated.map { profile.options[$0].id } == ["Chattanooga"])
        #expect(votes(rounds[1]) == ["Memphis": 42, "Nashville": 26, "Knoxville": 32])
        #expect(rounds[1].eliminated.map { profile.options[$0].id } == ["Nashville"])
        #expect(votes(rounds[2]) == ["Memphis": 42, "Knoxville": 58])
        #expect(Ballots.ids(result.ranking, profile) == [["Knoxville"], ["Memphis"], ["Nashville"], ["Chattanooga"]])
    }

    @Test("IRV eliminates every option tied for fewest votes together, and elects all when all tie")
    func irvTies() throws {
        // Hand-computed: B, C and D tie with 2 first places each and go out together; A then has 7,
        // and the D,C ballots are exhausted.
        let profile = Ballots.profile(.ranking, options: ["A", "B", "C", "D"], [(3, "A,B"), (2, "B,A"), (2, "C,A"), (2, "D,C")])
        let result = try Ballots.count(.irv, profile)
        guard case .runoff(let rounds) = result.explanation else { return }
        #expect(rounds[0].eliminated.map { profile.options[$0].id }.sorted() == ["B", "C", "D"])
        #expect(Ballots.ids(result.ranking, profile).first == ["A"])
        #expect(rounds[1].exhausted == 2)
        // Two options with the same votes in every round: both elected.
        let even = Ballots.profile(.ranking, options: ["A", "B"], [(2, "A,B"), (2, "B,A")])
        let tied = try Ballots.count(.irv, even)
        #expect(Ballots.ids(tied.ranking, even) == [["A", "B"]])
    }

    @Test("IRV shares a ballot equally among options tied at its first continuing place and skips exhausted ballots")
    func irvSplitAndExhausted() throws {
        let profile = Ballots.profile(.ranking, options: ["A", "B", "C"], [(2, "A=B"), (3, "C"), (1, "B,A")])
        let result = try Ballots.count(.irv, profile)
        guard case .runoff(let rounds) = result.explanation else { return }
        let first = Dictionary(uniqueKeysWithValues: rounds[0].votes.map { (profile.options[$0.option].id.rawValue, $0.votes) })
        #expect(first == ["A": 1, "B": 2, "C": 3])
        // A goes out; its share moves to B (tied with it on the same ballots): B 3, C 3: both elected.
        #expect(Ballots.ids(result.winners.map { [$0] }, profile) == [["B", "C"]])
    }

    @Test("plurality: Tennessee's first places; a tied first place shares its vote")
    func plurality() throws {
        let result = try Ballots.count(.plurality, Self.tennessee)
        #expect(Ballots.scores(result, Self.tennessee) == ["Memphis": 42, "Nashville": 26, "Chattanooga": 15, "Knoxville": 17])
        let split = Ballots.profile(.ranking, options: ["A", "B", "C"], [(1, "A=B,C"), (1, "C")])
        #expect(Ballots.scores(try Ballots.count(.plurality, split), split) == ["A": Rational(1, 2), "B": Rational(1, 2), "C": 1])
    }

    @Test("Borda (symmetric): Tennessee orders as the classic 3-2-1-0 count (Nashville 194, Chattanooga 173, Memphis 126, Knoxville 107)")
    func bordaTennessee() throws {
        let result = try Ballots.count(.borda, Self.tennessee)
        // symmetric = 2 × classic − 3 × 100 voters
        #expect(Ballots.scores(result, Self.tennessee) == ["Nashville": 88, "Chattanooga": 46, "Memphis": -48, "Knoxville": -86])
    }

    @Test("Borda on partial and tied ballots: unranked options tie at the bottom, tied options score 0 between them")
    func bordaPartial() throws {
        // Hand-computed for options A B C D:
        //   "A,B":   A +3 (B, C, D below); B +2 − 1 = +1; C and D −2 each (A, B above, tied with each other)
        //   "C=D,A": C and D +2 each (A, B below); A +1 − 2 = −1; B −3
        let profile = Ballots.profile(.ranking, options: ["A", "B", "C", "D"], [(1, "A,B"), (1, "C=D,A")])
        let result = try Ballots.count(.borda, profile)
        #expect(Ballots.scores(result, profile) == ["A": 2, "B": -2, "C": 0, "D": 0])
    }

    @Test("points on rankings give place points (3-2-1 for top-3 ballots); symmetric Borda weighs being ranked at all more")
    func placePointsVersusBorda() throws {
        // Hand-computed: 3-2-1 gives A 2 × 3 = 6, B 2 × 2 + 3 = 7, C 2, D 2, E 1.
        let profile = Ballots.profile(.ranking, options: ["A", "B", "C", "D", "E"], [(2, "A,B,C"), (1, "B,D,E")])
        let points = try Ballots.count(.points, profile)
        #expect(Ballots.scores(points, profile) == ["A": 6, "B": 7, "C": 2, "D": 2, "E": 1])
        let borda = try Ballots.count(.borda, profile)
        // Symmetric over five options: A 2 × (+4) + 1 × (−3) = 5; B 2 × (+2) + 1 × (+4) = 8.
        #expect(Ballots.scores(borda, profile)["B"] == 8)
        #expect(Ballots.scores(borda, profile)["A"] == 5)
        #expect(RuleName.points.rule.problem(with: Ballots.profile(.ranking, options: ["A", "B"], [(1, "A=B")])) != nil)
    }

    @Test("Copeland, Tennessee: Nashville 3 wins, Chattanooga 2, Knoxville 1, Memphis 0; a pairwise tie counts half")
    func copeland() throws {
        let result = try Ballots.count(.copeland, Self.tennessee)
        #expect(Ballots.scores(result, Self.tennessee) == ["Nashville": 3, "Chattanooga": 2, "Knoxville": 1, "Memphis": 0])
        let tie = Ballots.profile(.ranking, options: ["A", "B", "C"], [(1, "A,B,C"), (1, "B,A,C")])
        #expect(Ballots.scores(try Ballots.count(.copeland, tie), tie) == ["A": Rational(3, 2), "B": Rational(3, 2), "C": 0])
    }

    @Test("minimax (margins), Tennessee: Nashville's largest defeat is −16, Memphis 16, Chattanooga 36, Knoxville 66")
    func minimax() throws {
        let profile = Self.tennessee
        let result = try Ballots.count(.minimax, profile)
        #expect(Ballots.ids(result.ranking, profile) == [["Nashville"], ["Memphis"], ["Chattanooga"], ["Knoxville"]])
        guard case .pairwise(let pairwise) = result.explanation, case .minimax(let largest, let by) = pairwise.table else { return }
        #expect(largest == [16, -16, 36, 66])
        #expect(by[3].map { profile.options[$0].id } == ["Chattanooga"])
    }

    @Test("minimax in a Condorcet cycle picks the option with the smallest largest defeat")
    func minimaxCycle() throws {
        // Hand-computed cycle: A beats B 6:4 (margin 2), B beats C 7:3 (4), C beats A 6:4 (2).
        let profile = Ballots.profile(.ranking, options: ["A", "B", "C"], [(4, "A,B,C"), (3, "B,C,A"), (2, "C,A,B"), (1, "C,B,A")])
        let result = try Ballots.count(.minimax, profile)
        guard case .pairwise(let pairwise) = result.explanation, case .minimax(let largest, _) = pairwise.table else { return }
        #expect(pairwise.condorcetWinner == nil)
        #expect(largest == [2, 2, 4])
        #expect(Ballots.ids(result.ranking, profile) == [["A", "B"], ["C"]])
    }

    @Test("pairwise comparisons: each ballot compares only its two options; Schulze ranks the comparisons, cycles included")
    func pairwiseComparisons() throws {
        // Hand-computed: A beats B 3:1, B beats C 3:0, A beats C 2:1; D compared once, lost to C.
        let profile = Ballots.profile(
            .ranking, options: ["A", "B", "C", "D"], [(3, "A,B"), (1, "B,A"), (3, "B,C"), (2, "A,C"), (1, "C,A"), (1, "C,D")])
        let result = try Ballots.count(.pairwise, profile)
        #expect(Ballots.ids(result.ranking, profile) == [["A"], ["B"], ["C"], ["D"]])
        guard case .pairwise(let pairwise) = result.explanation else { return }
        // No opinion on pairs never compared: D against A and B stays 0:0.
        #expect(pairwise.matrix.prefer(0, over: 3) == 0 && pairwise.matrix.prefer(3, over: 0) == 0)
        #expect(pairwise.matrix.prefer(0, over: 1) == 3)
        // The same ballots as full rankings would put D below A and B as well.
        let asRankings = try Ballots.count(.schulze, profile)
        guard case .pairwise(let ranked) = asRankings.explanation else { return }
        #expect(ranked.matrix.prefer(0, over: 3) > 0)
    }

    @Test("side by side, Tennessee: plurality, IRV and Schulze elect Memphis, Knoxville and Nashville, and the comparison says so")
    func sideBySide() throws {
        let profile = Self.tennessee
        let comparison = try RuleComparison(profile: profile, rules: [.plurality, .irv, .schulze])
        #expect(comparison.results.map { Ballots.ids($0.winners.map { [$0] }, profile) } == [[["Memphis"]], [["Knoxville"]], [["Nashville"]]])
        #expect(!comparison.agrees)
        let memphis = try #require(comparison.disagreements.first { profile.options[$0.option].id == "Memphis" })
        #expect(memphis.verdicts.map(\.verdict) == ["1", "2", "4"])
        #expect(throws: CountProblem.self) { try RuleComparison(profile: profile, rules: [.greedy]) }
    }

    @Test("rules for rankings refuse other ballots and say why")
    func refusesOtherKinds() {
        let approvals = Ballots.profile(.approvals, options: ["A", "B"], [(1, "A")])
        for rule in [RuleName.plurality, .borda, .schulze, .irv, .copeland, .minimax, .pairwise] {
            #expect(rule.rule.problem(with: approvals)?.contains("counts rankings") == true)
        }
        #expect(RuleName.applicable(to: approvals) == [.points, .approval])
    }
}
