/// The greedy budget rules: take projects from the most supported down and fund each that still
/// fits in what is left of the budget.
///
/// - `greedy`: by support, skipping a project that no longer fits (the rule most cities use).
/// - `greedy-no-skip`: by support, stopping at the first project that does not fit.
/// - `greedy-threshold`: only projects with at least the minimum support the vote sets (pabulib's
///   `min_project_score_threshold`), by support, skipping.
/// - `greedy-cost`: by support per unit of cost, skipping.
///
/// Support is what the `points` rule adds up: approvals, points, or a ranking's place points
/// (3-2-1 on Kraków's top-3 ballots). A project nobody supports is never funded. Projects with
/// equal support are taken in the order of their ids by Unicode code points, as pabutools does.
public struct GreedyBudget: CountingRule {
    public enum Order: Sendable {
        case support
        case supportPerCost
    }

    public let order: Order
    public let stopsAtFirstMisfit: Bool
    public let usesThreshold: Bool

    public init(order: Order, stopsAtFirstMisfit: Bool, usesThreshold: Bool) {
        self.order = order
        self.stopsAtFirstMisfit = stopsAtFirstMisfit
        self.usesThreshold = usesThreshold
    }

    public var name: RuleName {
        if order == .supportPerCost { return .greedyCost }
        if stopsAtFirstMisfit { return .greedyNoSkip }
        return usesThreshold ? .greedyThreshold : .greedy
    }

    public func problem(with profile: BallotProfile) -> String? {
        if let problem = BudgetRequirement.problem(with: profile, rule: name) { return problem }
        if profile.kind == .ranking && profile.hasTies {
            return "some rankings tie options at one place, which has no place points to take projects by"
        }
        if usesThreshold && profile.minimumSupport == nil {
            return "the ballots set no minimum support (a pabulib file's META min_project_score_threshold); use greedy"
        }
        return nil
    }

    public func count(_ profile: BallotProfile, progress: (Int, Int) -> Void) -> CountResult {
        let support = OptionTotals(profile, measure: profile.kind == .scores ? .score : .points).totals.map(Rational.init)
        let budget = profile.budget ?? .zero
        let costs = profile.options.map { $0.cost ?? .zero }
        let steps = Self.steps(
            profile, support: support, costs: costs, left: budget, order: order, stopsAtFirstMisfit: stopsAtFirstMisfit,
            threshold: usesThreshold ? profile.minimumSupport : nil)
        let selected = steps.compactMap { step -> Int? in
            if case .funded = step.decision { return step.option }
            return nil
        }
        let cost = selected.reduce(Rational.zero) { $0 + costs[$1] }
        let supportParameter = CountParameter.greedySupport(profile.kind, placePoints: profile.placePoints)
        var parameters: [CountParameter] = [.budget(budget), supportParameter]
        if order == .supportPerCost { parameters.append(.supportPerCost) }
        if stopsAtFirstMisfit { parameters.append(.stopAtFirstMisfit) }
        if usesThreshold, let threshold = profile.minimumSupport { parameters.append(.minimumSupport(threshold)) }
        return CountResult(
            rule: name, parameters: parameters, ballots: profile.voters,
            outcome: .funded(FundedSet(selected: selected, cost: cost, budget: budget)),
            explanation: .greedy(.init(support: supportParameter.value + (order == .supportPerCost ? ", per unit of cost" : ""), steps: steps)),
            tieBreak: TieBreak.projectID)
    }

    /// The greedy decisions, project by project, starting with `left` money.
    /// - Parameters:
    ///   - order: by support, or by support per unit of cost (free projects first).
    ///   - excluded: projects already funded, not looked at again.
    static func steps(
        _ profile: BallotProfile, support: [Rational], costs: [Rational], left: Rational, order: Order, stopsAtFirstMisfit: Bool,
        threshold: Rational?, excluded: Set<Int> = []
    ) -> [CountExplanation.GreedyStep] {
        func key(_ option: Int) -> Rational? {
            switch order {
            case .support: support[option]
            case .supportPerCost: costs[option].isZero ? nil : support[option] / costs[option]
            }
        }
        func precedes(_ a: Int, _ b: Int) -> Bool {
            switch (key(a), key(b)) {
            case (nil, nil): profile.precedesByID(a, b)
            case (nil, _): true
            case (_, nil): false
            case (let x?, let y?): x > y || (x == y && profile.precedesByID(a, b))
            }
        }
        var left = left
        var stopped = false
        var steps: [CountExplanation.GreedyStep] = []
        for option in profile.options.indices.filter({ !excluded.contains($0) }).sorted(by: precedes) {
            let decision: CountExplanation.GreedyStep.Decision
            if support[option].signum <= 0 {
                decision = .unsupported
            } else if let threshold, support[option] < threshold {
                decision = .belowThreshold(threshold)
            } else if stopped {
                decision = .notReached
            } else if costs[option] <= left {
                left -= costs[option]
                decision = .funded(left: left)
            } else {
                decision = .doesNotFit(left: left)
                stopped = stopsAtFirstMisfit
            }
            steps.append(.init(option: option, support: support[option], cost: costs[option], decision: decision))
        }
        return steps
    }
}
