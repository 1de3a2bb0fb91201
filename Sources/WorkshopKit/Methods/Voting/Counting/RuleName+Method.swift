/// Which rules can count a workspace vote: a vote names one (`"rule"` in votes.json), the
/// workspace checks that it fits the vote's method.
extension RuleName: JSONEnum {
    /// Whether this rule can count ballots of the given method.
    public func counts(_ method: VotingMethod) -> Bool {
        switch self {
        case .points: method.ballotKind == .points
        case .approval: method.ballotKind == .approvals
        case .score: method.ballotKind == .scores
        case .plurality, .borda, .schulze, .irv, .copeland, .minimax, .pairwise: method.ballotKind == .ranking
        case .greedy, .greedyNoSkip, .greedyThreshold, .greedyCost, .mes, .mesComplete: method.name == .budget
        }
    }

    /// What the rule needs, for the message when it does not fit.
    public var needs: String {
        switch self {
        case .points: "a dots or cumulative vote"
        case .approval: "an approval or budget vote"
        case .score: "a score vote"
        case .plurality, .borda, .schulze, .irv, .copeland, .minimax, .pairwise: "a ranked vote"
        case .greedy, .greedyNoSkip, .greedyThreshold, .greedyCost, .mes, .mesComplete: "a budget vote (costs and a limit)"
        }
    }

    /// The rule that counts a vote naming none: the method's own tally (points, approvals,
    /// scores), Schulze for ranked ballots, greedy by votes for a budget.
    public static func `default`(for method: VotingMethod) -> RuleName {
        switch method {
        case .dots, .cumulative: .points
        case .approval: .approval
        case .score: .score
        case .ranked: .schulze
        case .budget: .greedy
        }
    }
}

extension Vote {
    /// The rule its results are counted with: its own `rule`, else its method's default.
    public var countingRule: RuleName { rule ?? .default(for: method) }
}
