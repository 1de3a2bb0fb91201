/// The same ballots counted by several rules, side by side, and where the rules disagree.
///
/// Rules that rank options disagree on an option when they give it different places; budget
/// rules disagree on a project when some fund it and others do not. Winners are compared among
/// the ranking rules, funded sets among the budget rules.
///
/// ```swift
/// let comparison = RuleComparison(profile: profile, rules: [.schulze, .irv, .borda])
/// comparison.disagreements   // the options placed differently, with each rule's verdict
/// ```
public struct RuleComparison: Sendable {
    public let results: [CountResult]

    /// One option the rules treat differently, with what each rule made of it.
    public struct Disagreement: Sendable, Hashable {
        public var option: Int
        public var verdicts: [Verdict]

        public struct Verdict: Sendable, Hashable {
            public var rule: RuleName
            /// `"1"` for a place (`"2="` when shared), `"funded"` or `"not funded"`.
            public var verdict: String
        }
    }

    /// Counts `profile` with each rule (all must be able to count it).
    public init(profile: BallotProfile, rules: [RuleName]) throws(CountProblem) {
        var results: [CountResult] = []
        for rule in rules {
            switch rule.rule.counted(profile) {
            case .success(let result): results.append(result)
            case .failure(let problem): throw problem
            }
        }
        self.init(results: results, options: profile.options.count)
    }

    public init(results: [CountResult], options: Int) {
        self.results = results
        var rows: [Disagreement] = []
        for option in 0..<options {
            let verdicts = results.map { Disagreement.Verdict(rule: $0.rule, verdict: Self.verdict(on: option, in: $0)) }
            let ranked = verdicts.enumerated().filter { !results[$0.offset].rule.isBudgetRule }.map(\.element.verdict)
            let funded = verdicts.enumerated().filter { results[$0.offset].rule.isBudgetRule }.map(\.element.verdict)
            if Set(ranked).count > 1 || Set(funded).count > 1 { rows.append(Disagreement(option: option, verdicts: verdicts)) }
        }
        disagreements = rows
    }

    /// The options the rules treat differently, in option order.
    public let disagreements: [Disagreement]

    /// Whether every rule agrees on every option.
    public var agrees: Bool { disagreements.isEmpty }

    /// The place an option has under a ranking rule (`"2="` when shared), or whether a budget rule funds it.
    public static func verdict(on option: Int, in result: CountResult) -> String {
        if case .funded(let funded) = result.outcome { return funded.selected.contains(option) ? "funded" : "not funded" }
        for (place, group) in CountTable.placed(result.ranking ?? []) where group == option {
            let shared = (result.ranking ?? []).first { $0.contains(option) }.map { $0.count > 1 } ?? false
            return "\(place)\(shared ? "=" : "")"
        }
        return "–"
    }
}
