/// Every counting rule, by the name the command line and results use.
public enum RuleName: String, Sendable, CaseIterable, Hashable {
    case points
    case approval
    case score
    case plurality
    case borda
    case schulze
    case irv
    case copeland
    case minimax
    case pairwise
    case greedy
    case greedyNoSkip = "greedy-no-skip"
    case greedyThreshold = "greedy-threshold"
    case greedyCost = "greedy-cost"
    case mes
    case mesComplete = "mes-complete"

    /// The rule itself.
    public var rule: any CountingRule {
        switch self {
        case .points: PointsTally()
        case .approval: ApprovalTally()
        case .score: ScoreTally()
        case .plurality: Plurality()
        case .borda: Borda()
        case .schulze: Schulze()
        case .irv: InstantRunoff()
        case .copeland: Copeland()
        case .minimax: Minimax()
        case .pairwise: PairwiseRanking()
        case .greedy: GreedyBudget(order: .support, stopsAtFirstMisfit: false, usesThreshold: false)
        case .greedyNoSkip: GreedyBudget(order: .support, stopsAtFirstMisfit: true, usesThreshold: false)
        case .greedyThreshold: GreedyBudget(order: .support, stopsAtFirstMisfit: false, usesThreshold: true)
        case .greedyCost: GreedyBudget(order: .supportPerCost, stopsAtFirstMisfit: false, usesThreshold: false)
        case .mes: EqualShares(completes: false)
        case .mesComplete: EqualShares(completes: true)
        }
    }

    /// One line on what the rule does, for help and results.
    public var summary: String {
        switch self {
        case .points: "points per option: dots, cumulative points, or place points of a ranking"
        case .approval: "how many ballots support each option"
        case .score: "the sum of the scores each option got (and their mean)"
        case .plurality: "first places per option"
        case .borda: "symmetric Borda count of rankings"
        case .schulze: "Schulze's beatpath method on pairwise contests"
        case .irv: "instant-runoff: eliminate the weakest, transfer, repeat"
        case .copeland: "pairwise wins (a tie counts half)"
        case .minimax: "the smallest largest pairwise defeat (by margin)"
        case .pairwise: "pairwise comparisons (\"which of the two is better\") ranked by Schulze"
        case .greedy: "budget: projects by support, skipping those that no longer fit"
        case .greedyNoSkip: "budget: projects by support, stopping at the first that does not fit"
        case .greedyThreshold: "budget: projects with at least the minimum support, by support, skipping"
        case .greedyCost: "budget: projects by support per cost, skipping those that no longer fit"
        case .mes: "budget: Method of Equal Shares with cost utilities, no completion"
        case .mesComplete: "budget: Equal Shares, budget raised one unit per voter at a time, then greedy"
        }
    }

    /// Whether the rule funds projects within a budget (its result is a funded set).
    public var isBudgetRule: Bool {
        switch self {
        case .greedy, .greedyNoSkip, .greedyThreshold, .greedyCost, .mes, .mesComplete: true
        default: false
        }
    }

    /// The rules that can count `profile`, in the order of `allCases`.
    public static func applicable(to profile: BallotProfile) -> [RuleName] {
        allCases.filter { $0.rule.reason(notCounting: profile) == nil }
    }

    /// The rule a pabulib file's META `rule` names, when this toolkit has it.
    ///
    /// `greedy`, `greedy-threshold`, `greedy-no-skip` and `greedy-cost` are taken as they are;
    /// `equalshares` (and `equalshares/add1`, Equal Shares completed by raising the voters'
    /// budgets) is `mes-complete`; `mes` is `mes`.
    public init?(pabulibName: String) {
        let name = pabulibName.trimmingSpaces.lowercased()
        switch name {
        case "equalshares", "equalshares/add1", "equal-shares", "mes-complete": self = .mesComplete
        case "mes": self = .mes
        default: self.init(rawValue: name)
        }
    }
}
