/// What a rule made of a profile: the outcome, how it got there, and the conventions it applied.
///
/// Options are referred to by their index in the profile's `options`.
public struct CountResult: Sendable {
    public var rule: RuleName
    /// The settings the count used, in order: budget, threshold, points per place, …
    public var parameters: [CountParameter]
    /// Ballots counted, abstentions included.
    public var ballots: Int
    public var outcome: CountOutcome
    public var explanation: CountExplanation
    /// How the rule breaks ties, or that it reports them as ties.
    public var tieBreak: String

    public init(rule: RuleName, parameters: [CountParameter], ballots: Int, outcome: CountOutcome, explanation: CountExplanation, tieBreak: String) {
        self.rule = rule
        self.parameters = parameters
        self.ballots = ballots
        self.outcome = outcome
        self.explanation = explanation
        self.tieBreak = tieBreak
    }

    /// The options from best to worst, equal options in one group; `nil` for a funded set.
    public var ranking: [[Int]]? {
        switch outcome {
        case .scores(let scores): TieGroups.descending(scores)
        case .ranking(let ranking): ranking
        case .funded: nil
        }
    }

    /// Every option tied for first place; `nil` for a funded set.
    public var winners: [Int]? { ranking.map { $0.first ?? [] } }
}
