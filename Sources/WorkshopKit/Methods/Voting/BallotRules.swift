/// What makes a ballot valid for its vote. Used when a ballot is recorded and when a workspace
/// is checked, so both apply the same rules; every message quotes the value at fault and says
/// what is allowed.
public enum BallotRules {
    /// Every way `content` breaks the rules of `vote`; empty when it is valid.
    /// - Parameters:
    ///   - costs: for a budget vote whose costs come from budget.json, each option's cost;
    ///     otherwise ignored.
    /// - Complexity: O(*n*) in the number of marks, after O(*m*) for the vote's options.
    public static func problems(with content: BallotContent, in vote: Vote, costs: [ItemID: Money] = [:]) -> [String] {
        guard let kind = content.kind else { return [] }
        guard kind == vote.ballotKind else {
            return ["this vote (\(vote.method.name.rawValue)) takes ballots written as \(vote.ballotKind.example), not \(kind.rawValue)"]
        }
        var problems = optionProblems(content.options, in: vote)
        let options = Set(vote.options)
        switch (vote.method, content) {
        case (.dots(let perVoter, let perOption), .points(let values)):
            problems += pointLimits(values, total: perVoter, perOption: perOption, noun: "dots", useAll: false)
        case (.cumulative(let points, let perOption, let useAll), .points(let values)):
            problems += pointLimits(values, total: points, perOption: perOption, noun: "points", useAll: useAll)
        case (.approval(let minimum, let maximum), .approvals(let marked)):
            if let maximum, marked.count > maximum { problems.append("\(marked.count) options approved but at most \(maximum) may be") }
            if let minimum, marked.count < minimum { problems.append("\(marked.count) options approved but at least \(minimum) must be") }
        case (.score(let minimum, let maximum), .scores(let values)):
            for value in values where !(minimum...maximum).contains(value.value) {
                problems.append("\(value.option):\(value.value) is outside the scores \(minimum)…\(maximum) this vote allows")
            }
        case (.ranked(let length, let ties), .ranking(let groups)):
            let ranked = groups.reduce(0) { $0 + $1.count }
            if let length, ranked > length { problems.append("\(ranked) options ranked but at most \(length) may be") }
            if !ties, let tied = groups.first(where: { $0.count > 1 }) {
                problems.append(
                    "\(tied.map(\.rawValue).joined(separator: "=")) are tied, but this vote allows no ties; give each option its own place")
            }
        case (.budget(let limit, let given), .approvals(let marked)):
            let table = given.isEmpty ? costs : given
            var total = Money.zero
            for option in marked where options.contains(option) {
                guard let cost = table[option] else {
                    problems.append("option \(option) has no cost; give it in the vote's \"costs\" or as budget lines in budget.json")
                    continue
                }
                total = total + cost
            }
            if total > limit { problems.append("the options selected cost \(total) in all, more than the budget of \(limit)") }
        default:
            break
        }
        return problems
    }

    /// Every way a poster's dot counts break the rules of `vote`: only a points vote (dots,
    /// cumulative) takes them, and only its options; the per-voter limits cannot apply.
    public static func posterProblems(with points: [OptionValue], in vote: Vote) -> [String] {
        guard vote.ballotKind == .points else {
            return ["vote \(vote.id) is a \(vote.method.name.rawValue) vote; poster counts are points and go into dots or cumulative votes only"]
        }
        guard !points.isEmpty else { return ["a poster count gives points to at least one option, e.g. P3:12 P7:5"] }
        return optionProblems(points.map(\.option), in: vote)
    }

    /// Options not on the vote's ballot, and options named twice.
    private static func optionProblems(_ marked: [ItemID], in vote: Vote) -> [String] {
        var problems: [String] = []
        let options = Set(vote.options)
        var seen = Set<ItemID>()
        for option in marked {
            if !options.contains(option) {
                let names = vote.options.map(\.rawValue)
                problems.append(
                    "'\(option)' is not an option of this vote\(Suggestion.didYouMean(option.rawValue, among: names)); options: \(Suggestion.list(names))")
            }
            if !seen.insert(option).inserted {
                problems.append("option \(option) appears twice; name each option once")
            }
        }
        return problems
    }

    private static func pointLimits(_ values: [OptionValue], total: Int, perOption: Int?, noun: String, useAll: Bool) -> [String] {
        var problems: [String] = []
        let placed = values.reduce(0) { $0 + $1.value }
        if placed > total { problems.append("\(placed) \(noun) placed but each voter has \(total)") }
        if useAll, placed < total { problems.append("\(placed) \(noun) placed but this vote needs all \(total) given away") }
        if let perOption {
            for value in values where value.value > perOption {
                problems.append("\(value.value) \(noun) on \(value.option) but at most \(perOption) may go to one option")
            }
        }
        return problems
    }
}
