/// The Method of Equal Shares with cost utilities (Peters and Skowron; equalshares.net).
///
/// Every voter gets an equal share of the budget. A project is funded when its supporters can
/// pay for it together; each pays an equal share of its cost, and supporters with less than that
/// left pay all they have. Of all projects that can be paid for, the one with the lowest price
/// per unit of utility is funded first (with cost utilities, a voter's utility from a project
/// is its cost, so the price is a full share ÷ the cost); then the next, until no project can be
/// paid for. A voter supports the projects their ballot names (approves, gives points, ranks,
/// or scores above zero). Projects that cost nothing and have support are funded first.
///
/// - `mes`: no completion; money may be left.
/// - `mes-complete`: the usual completion. Each voter's share is raised by one unit of money at
///   a time (B/n, B/n + 1, B/n + 2, …) as long as the outcome still fits the budget, and the
///   last outcome that fits is kept (pabutools' `voter_budget_increment=1`); then greedy by the
///   number of supporters funds what still fits.
///
/// All arithmetic is exact (integers over a common denominator, which grows to hundreds of
/// bits on real files). Equal prices are broken by project id in Unicode code-point order, as
/// pabutools does, so both select the same projects.
public struct EqualShares: CountingRule {
    public let completes: Bool

    public init(completes: Bool) { self.completes = completes }

    public var name: RuleName { completes ? .mesComplete : .mes }

    public func problem(with profile: BallotProfile) -> String? { BudgetRequirement.problem(with: profile, rule: name) }

    public func count(_ profile: BallotProfile, progress: (Int, Int) -> Void) -> CountResult {
        let engine = EqualSharesEngine(profile)
        let budget = profile.budget ?? .zero
        var outcome = engine.run(increment: 0, explains: !completes)
        var increments = 0
        if completes {
            while !engine.isExhaustive(outcome) {
                progress(increments + 1, 0)
                let next = engine.run(increment: increments + 1, explains: false)
                if next.cost > budget { break }
                outcome = next
                increments += 1
            }
            // Who paid what, for the outcome kept.
            outcome = engine.run(increment: increments)
        }
        var completion: [CountExplanation.GreedyStep] = []
        var selected = engine.free + outcome.rounds.map(\.option)
        if completes {
            let supporters = OptionTotals(profile, measure: .approval).totals.map(Rational.init)
            completion = GreedyBudget.steps(
                profile, support: supporters, costs: engine.costs, left: budget - outcome.cost, order: .support, stopsAtFirstMisfit: false,
                threshold: nil, excluded: Set(selected))
            for step in completion {
                if case .funded = step.decision { selected.append(step.option) }
            }
        }
        let cost = selected.reduce(Rational.zero) { $0 + engine.costs[$1] }
        var parameters: [CountParameter] = [.budget(budget), .costUtilities, .budgetPerVoter(outcome.budgetPerVoter)]
        if completes { parameters.append(.completion(increments: increments)) }
        return CountResult(
            rule: name, parameters: parameters, ballots: profile.voters,
            outcome: .funded(FundedSet(selected: selected, cost: cost, budget: budget)),
            explanation: .equalShares(
                .init(
                    budgetPerVoter: outcome.budgetPerVoter, increments: increments, free: engine.free, rounds: outcome.rounds,
                    shortfalls: outcome.shortfalls, unsupported: engine.unsupported, completion: completion)),
            tieBreak: TieBreak.equalShares)
    }
}
