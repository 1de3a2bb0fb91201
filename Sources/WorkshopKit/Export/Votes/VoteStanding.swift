/// One counted vote as the exports show it: every option in the outcome's order with its place
/// (for a budget rule, whether it is funded) and the value its bar shows. votes.csv, votes.md,
/// the vote's chart, the report and the paper all read it, so they cannot disagree with
/// `workshop vote --results`.
///
/// The value is the rule's own total where it adds one up (points, approvals, scores, first
/// places, Borda points); for rules that rank or fund without a total (Schulze, instant-runoff,
/// Copeland, minimax, the budget rules) it is how many ballots name the option.
public struct VoteStanding: Sendable {
    /// One option of the vote.
    public struct Row: Sendable, Hashable {
        public var option: ItemID
        /// Its place: 1, 2, 2, 4 for a ranking (tied options share one), the order in which a
        /// budget rule funded it; `nil` for a project not funded.
        public var place: Int?
        /// For a budget rule, whether it is funded; `nil` for other rules.
        public var funded: Bool?
        /// What its bar shows, exact.
        public var value: Rational
    }

    /// What `Row.value` is.
    public enum Measure: Sendable, Hashable {
        /// The rule's total (`points`, `approval`, `score`, `plurality`, `borda`).
        case total(RuleName)
        /// The ballots naming the option (approved, given points, ranked or scored above zero).
        case supporters
    }

    public let result: VoteResult
    /// The count of the vote's rule, or why it could not count.
    public let count: Result<CountResult, CountProblem>
    public let measure: Measure
    /// Every option, in the outcome's order; empty when the rule could not count the vote.
    public let rows: [Row]

    public init(_ result: VoteResult) {
        self.result = result
        let profile = result.profile
        let ids = profile.options.map(\.id)
        // A result holds one count per rule asked for, at least the vote's own.
        guard case .success(let results) = result.counted, let count = results.first else {
            if case .failure(let problem) = result.counted {
                self.count = .failure(problem)
            } else {
                self.count = .failure(CountProblem(rule: result.vote.countingRule, message: "no rule was counted"))
            }
            measure = .supporters
            rows = []
            return
        }
        self.count = .success(count)
        let values: [Rational]
        if case .scores(let scores) = count.outcome {
            values = scores
            measure = .total(count.rule)
        } else {
            values = OptionTotals(profile, measure: .approval).ballots.map { Rational($0) }
            measure = .supporters
        }
        if case .funded(let funded) = count.outcome {
            let selected = Set(funded.selected)
            let rest = profile.options.indices.filter { !selected.contains($0) }.sorted { values[$0] > values[$1] || (values[$0] == values[$1] && $0 < $1) }
            rows = funded.selected.enumerated().map { Row(option: ids[$1], place: $0 + 1, funded: true, value: values[$1]) }
                + rest.map { Row(option: ids[$0], place: nil, funded: false, value: values[$0]) }
        } else {
            rows = CountTable.placed(count.ranking ?? []).map { Row(option: ids[$1], place: $0, funded: nil, value: values[$1]) }
        }
    }

    /// The vote's ballots, abstentions included.
    public var ballots: Int { result.profile.voters }
}
