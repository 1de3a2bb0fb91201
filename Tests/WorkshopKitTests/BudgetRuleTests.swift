import Testing

@testable import WorkshopKit

/// The participatory-budgeting rules on hand-computed cases. The Equal Shares cases were also
/// run through pabutools 1.2.3 (`method_of_equal_shares(..., sat_class=Cost_Sat)`, with
/// `voter_budget_increment=1` and a greedy completion for mes-complete), an independent
/// implementation, which gives the same projects and the same voter budgets after each round.
@Suite("Budget rules")
struct BudgetRuleTests {
    /// Budget 100; support A 5, B 4, C 3, D 3, E 0; costs 60, 50, 30, 10, 20.
    static let greedyCase = Ballots.profile(
        .approvals, options: ["A=60", "B=50", "C=30", "D=10", "E=20"], [(2, "A B"), (2, "A C"), (1, "A D"), (2, "B D"), (1, "C")],
        budget: 100, minimumSupport: 4)

    /// An approval election as a pabulib file: the budget, projects as `id;cost`, and votes.
    static func pb(budget: Int, projects: [String], votes: [String]) throws -> BallotFile {
        let text =
            "META\nkey;value\nbudget;\(budget)\nvote_type;approval\nPROJECTS\nproject_id;cost\n" + projects.map { $0 + "\n" }.joined()
            + "VOTES\nvoter_id;vote\n" + votes.enumerated().map { "\($0 + 1);\($1)\n" }.joined()
        return try BallotFileReader.read(bytes: Array(text.utf8), file: "case.pb")
    }

    @Test("greedy takes projects by support and skips what no longer fits; a project nobody supports is never funded")
    func greedy() throws {
        let profile = Self.greedyCase
        let result = try Ballots.count(.greedy, profile)
        #expect(Ballots.selected(result, profile) == ["A", "C", "D"])
        guard case .funded(let funded) = result.outcome, case .greedy(let greedy) = result.explanation else { return }
        #expect(funded.cost == 100 && funded.left == 0)
        #expect(greedy.steps.map(\.decision) == [.funded(left: 40), .doesNotFit(left: 40), .funded(left: 10), .funded(left: 0), .unsupported])
    }

    @Test("greedy-no-skip stops at the first project that does not fit")
    func greedyNoSkip() throws {
        let result = try Ballots.count(.greedyNoSkip, Self.greedyCase)
        #expect(Ballots.selected(result, Self.greedyCase) == ["A"])
        guard case .greedy(let greedy) = result.explanation else { return }
        #expect(greedy.steps.map(\.decision).suffix(3) == [.notReached, .notReached, .unsupported])
    }

    @Test("greedy-threshold funds only projects with at least the minimum support")
    func greedyThreshold() throws {
        let result = try Ballots.count(.greedyThreshold, Self.greedyCase)
        #expect(Ballots.selected(result, Self.greedyCase) == ["A"])
        let without = Ballots.profile(.approvals, options: ["A=1"], [(1, "A")], budget: 1)
        #expect(RuleName.greedyThreshold.rule.problem(with: without)?.contains("min_project_score_threshold") == true)
    }

    @Test("greedy-cost takes projects by support per unit of cost (D 3/10, C 3/30, A 5/60, B 4/50), free projects first")
    func greedyCost() throws {
        let result = try Ballots.count(.greedyCost, Self.greedyCase)
        #expect(Ballots.selected(result, Self.greedyCase) == ["D", "C", "A"])
        let free = Ballots.profile(.approvals, options: ["A=10", "F=0"], [(5, "A"), (1, "F")], budget: 10)
        #expect(Ballots.selected(try Ballots.count(.greedyCost, free), free) == ["F", "A"])
    }

    @Test("Equal Shares funds supported projects that cost nothing first, and never one nobody supports")
    func equalSharesFreeProjects() throws {
        let profile = Ballots.profile(.approvals, options: ["A=10", "F=0", "G=0"], [(1, "A"), (1, "A F")], budget: 10)
        let result = try Ballots.count(.mes, profile)
        #expect(Ballots.selected(result, profile) == ["F", "A"])
        guard case .equalShares(let details) = result.explanation else { return }
        #expect(details.free.map { profile.options[$0].id } == ["F"])
        #expect(details.unsupported.map { profile.options[$0].id } == ["G"])
    }

    @Test("budget rules break equal support by id in code-point order: '10' before '9', as pabutools does")
    func codePointTieBreak() throws {
        let profile = Ballots.profile(.approvals, options: ["9=10", "10=10"], [(1, "9"), (1, "10")], budget: 10)
        #expect(Ballots.selected(try Ballots.count(.greedy, profile), profile) == ["10"])
        // With 20, each voter pays for their own project at the same price: "10" is funded first.
        let both = Ballots.profile(.approvals, options: ["9=10", "10=10"], [(1, "9"), (1, "10")], budget: 20)
        #expect(Ballots.selected(try Ballots.count(.mes, both), both) == ["10", "9"])
    }

    @Test("Equal Shares funds proportionally where greedy does not: 6 voters for A and B, 4 for C (hand-computed, and pabutools)")
    func equalSharesProportional() throws {
        // 10 voters, 10 each. A (60) and B (40) both have price 1/6 with their 6 supporters; A wins
        // the tie by id and takes all their money, so B drops out; C (40) is paid by its 4 supporters.
        let file = try Self.pb(budget: 100, projects: ["A;60", "B;40", "C;40"], votes: Array(repeating: "A,B", count: 6) + Array(repeating: "C", count: 4))
        let profile = file.profile
        let result = try Ballots.count(.mes, profile)
        #expect(Ballots.selected(result, profile) == ["A", "C"])
        #expect(Ballots.selected(try Ballots.count(.greedy, profile), profile) == ["A", "B"])
        guard case .equalShares(let details) = result.explanation else { return }
        #expect(details.budgetPerVoter == 10)
        #expect(details.rounds.map(\.payment) == [10, 10])
        #expect(details.rounds.map(\.price) == [Rational(1, 6), Rational(1, 4)])
        #expect(details.rounds.map(\.paidInFull) == [6, 4])
        #expect(details.shortfalls.map { profile.options[$0.option].id } == ["B"])
        #expect(details.shortfalls.first?.supportersHad == 0)
    }

    @Test("Equal Shares: a supporter with less than a full share pays all they have (pabutools: budgets 5, 5, 0, 1 after Y)")
    func equalSharesPartialPayment() throws {
        let file = try Self.pb(budget: 40, projects: ["X;15", "Y;14"], votes: ["X", "X", "X,Y", "Y"])
        let result = try Ballots.count(.mes, file.profile)
        guard case .equalShares(let details) = result.explanation else { return }
        #expect(details.rounds.count == 2)
        let y = details.rounds[1]
        #expect(y.payment == 9 && y.paidInFull == 1 && y.paidAllTheyHad == 1 && y.paidByThem == 5)
        #expect(y.price == Rational(9, 14))
        guard case .funded(let funded) = result.outcome else { return }
        #expect(funded.left == 11)
    }

    @Test("mes-complete raises every voter's share by one unit while the outcome fits (B alone, then A and B with +1)")
    func equalSharesCompletion() throws {
        let file = try Self.pb(budget: 100, projects: ["A;55", "B;45"], votes: Array(repeating: "A", count: 5) + Array(repeating: "B", count: 5))
        let profile = file.profile
        #expect(Ballots.selected(try Ballots.count(.mes, profile), profile) == ["B"])
        let complete = try Ballots.count(.mesComplete, profile)
        #expect(Ballots.selected(complete, profile) == ["A", "B"])
        guard case .equalShares(let details) = complete.explanation else { return }
        #expect(details.increments == 1)
        #expect(details.budgetPerVoter == 11)
        #expect(details.completion.isEmpty)
    }

    @Test("mes-complete keeps the last outcome that fits and completes it greedily by supporters")
    func completionByGreedy() throws {
        // Hand-computed: 3 voters, budget 30 (10 each). A (cost 21) has 3 supporters, B (cost 9) 1.
        // Share 10: A (7 each, price 1/3) then B is unaffordable (its voter has 3 left): outcome {A},
        // 9 left, B fits, so not exhaustive. Share 11: A (7 each), B now costs its voter 9 > 4 left;
        // … until share 16: A 7 each, B 9 of 9 left: {A, B} costs 30: fits and is exhaustive.
        let profile = Ballots.profile(.approvals, options: ["A=21", "B=9"], [(2, "A"), (1, "A B")], budget: 30)
        let complete = try Ballots.count(.mesComplete, profile)
        #expect(Ballots.selected(complete, profile) == ["A", "B"])
        guard case .equalShares(let details) = complete.explanation else { return }
        #expect(details.increments == 6)
    }

    @Test("budget rules need a budget and every project's cost, and say so")
    func needsBudget() {
        let noBudget = Ballots.profile(.approvals, options: ["A=1"], [(1, "A")])
        #expect(RuleName.mes.rule.problem(with: noBudget)?.contains("budget") == true)
        let noCost = Ballots.profile(.approvals, options: ["A"], [(1, "A")], budget: 1)
        #expect(RuleName.greedy.rule.problem(with: noCost)?.contains("A has none") == true)
    }
}
