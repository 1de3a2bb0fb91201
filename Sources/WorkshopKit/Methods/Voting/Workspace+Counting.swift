/// A workspace vote's ballots as a count's input, so `VoteResult` (and with it `workshop vote
/// --results` and the exports) gives the same result, by the same rules, as `workshop count` on
/// a ballot file.
extension Workspace {
    /// Each project's cost: what its lines in budget.json add up to.
    public var projectCosts: [ItemID: Money] {
        var costs: [ItemID: Money] = [:]
        for line in budget { costs[ItemID(line.project), default: .zero] = costs[ItemID(line.project), default: .zero] + line.amount }
        return costs
    }

    /// The costs of a budget vote's options: its own, else the projects' totals in budget.json;
    /// empty for other votes.
    public func costs(of vote: Vote) -> [ItemID: Money] {
        guard case .budget(_, let given) = vote.method else { return [:] }
        return given.isEmpty ? projectCosts : given
    }

    /// The ballots that count in `vote` (voided ones left out) as a profile: its options in
    /// ballot order with their titles (and costs, for a budget vote), the budget, the rule it
    /// names and its poster counts. `VoteResult` counts it.
    public func ballotProfile(for vote: Vote) -> BallotProfile {
        let costs = costs(of: vote)
        let options = vote.options.map { item in
            CountOption(
                id: item, name: title(of: item), cost: vote.method.name == .budget ? costs[item].map { Rational($0.cents, 100) } : nil)
        }
        var builder = BallotProfileBuilder(kind: vote.ballotKind, options: options)
        // Straight from the interned marks, never a ballot's content as values: memory stays with
        // the distinct ballots. Recorded ballots were checked against the vote, so they fit its
        // options; one that does not (built in memory) is left out whole.
        if let box = ballots.boxIndex(vote.id) {
            let positions = Dictionary(vote.options.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            var optionOfItem: [Int32: Int] = [:]
            ballots.forEachCounted(in: box) { _, marks, values in
                var fits = true
                for (mark, value) in zip(marks, values) {
                    let option = optionOfItem[mark] ?? positions[ballots.itemID(mark)] ?? -1
                    optionOfItem[mark] = option
                    if option < 0 { fits = false } else { builder.mark(option, value: value) }
                }
                if fits { _ = builder.finishBallot() } else { builder.discardBallot() }
            }
        }
        var budget: Rational?
        if case .budget(let limit, _) = vote.method { budget = Rational(limit.cents, 100) }
        var profile = builder.build(budget: budget, namedRule: vote.rule?.rawValue)
        let posters = ballots.posterCounts(in: vote.id)
        if posters > 0 {
            let points = ballots.posterPoints(in: vote.id)
            profile.posterPoints = vote.options.map { points[$0] ?? 0 }
            profile.posterCounts = posters
        }
        return profile
    }

    /// The title of an idea or project, if the workspace knows it.
    public func title(of item: ItemID) -> String? {
        project(ProjectID(rawValue: item.rawValue))?.title ?? idea(IdeaID(rawValue: item.rawValue))?.title
    }
}
