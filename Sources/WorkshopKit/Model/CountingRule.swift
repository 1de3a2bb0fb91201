/// The rules that can count a vote. The vote names one (`"rule"` in votes.json); counting is
/// the voting rules' work (`Methods/Voting/`), the workspace stores and checks the name.
public enum CountingRule: String, Sendable, CaseIterable, JSONEnum {
    /// Points added up per option (dots, cumulative).
    case points
    /// Approvals added up per option.
    case approval
    /// Scores added up per option.
    case score
    /// First preferences of ranked ballots.
    case plurality
    case borda
    case schulze
    /// Instant-runoff voting.
    case irv
    case copeland
    case minimax
    /// Participatory budgeting: the most approved projects that still fit the budget, skipping those that do not.
    case greedy
    /// Like greedy, but stops at the first project that does not fit.
    case greedyNoSkip = "greedy-no-skip"
    /// Greedy among projects above an approval threshold.
    case greedyThreshold = "greedy-threshold"
    /// Greedy by approvals per unit of cost.
    case greedyCost = "greedy-cost"
    /// The method of equal shares.
    case mes
    /// The method of equal shares, completed greedily with the money left over.
    case mesComplete = "mes-complete"

    /// Whether the rule can count ballots of a vote with this method.
    public func counts(_ method: VotingMethod) -> Bool {
        switch self {
        case .points: method.ballotKind == .points
        case .approval: method.ballotKind == .approvals
        case .score: method.ballotKind == .scores
        case .plurality, .borda, .schulze, .irv, .copeland, .minimax: method.ballotKind == .ranking
        case .greedy, .greedyNoSkip, .greedyThreshold, .greedyCost, .mes, .mesComplete: method.name == .budget
        }
    }

    /// What the rule needs, for messages.
    public var needs: String {
        switch self {
        case .points: "a dots or cumulative vote"
        case .approval: "an approval or budget vote"
        case .score: "a score vote"
        case .plurality, .borda, .schulze, .irv, .copeland, .minimax: "a ranked vote"
        case .greedy, .greedyNoSkip, .greedyThreshold, .greedyCost, .mes, .mesComplete: "a budget vote (costs and a limit)"
        }
    }
}
