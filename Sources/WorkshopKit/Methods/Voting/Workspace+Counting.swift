/// A workspace vote's ballots as a count's input, so `workshop vote --results` gives the same
/// result, by the same rules, as `workshop count` on a ballot file.
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

    /// The ballots that count in `vote` (voided ones left out) as a ballot file: its options in
    /// ballot order with their titles (and costs, for a budget vote), the budget, and `seal`
    /// naming the ballot log the ballots were read from.
    public func ballotFile(for vote: Vote, log path: String, seal: LogSeal) -> BallotFile {
        let costs = costs(of: vote)
        let options = vote.options.map { item in
            CountOption(
                id: item, name: title(of: item), cost: vote.method.name == .budget ? costs[item].map { Rational($0.cents, 100) } : nil)
        }
        var builder = BallotProfileBuilder(kind: vote.ballotKind, options: options)
        // Recorded ballots were checked against the vote, so they fit its options.
        for content in ballots.contents(in: vote.id) { _ = builder.add(content) }
        var budget: Rational?
        if case .budget(let limit, _) = vote.method { budget = Rational(limit.cents, 100) }
        var profile = builder.build(budget: budget, namedRule: vote.rule?.rawValue)
        let posters = ballots.posterCounts(in: vote.id)
        if posters > 0 {
            let points = ballots.posterPoints(in: vote.id)
            profile.posterPoints = vote.options.map { points[$0] ?? 0 }
            profile.posterCounts = posters
        }
        var metadata: [BallotFile.Entry] = [.init(key: "vote", value: vote.id.rawValue), .init(key: "method", value: vote.method.name.rawValue)]
        if let chain = seal.chain { metadata.append(.init(key: "chain", value: chain)) }
        return BallotFile(
            profile: profile, format: .ballotLog, file: path, sha256: seal.sha256, byteCount: seal.bytes, metadata: metadata,
            officialSelection: nil, declaredSupport: Array(repeating: nil, count: options.count))
    }

    /// The title of an idea or project, if the workspace knows it.
    public func title(of item: ItemID) -> String? {
        project(ProjectID(rawValue: item.rawValue))?.title ?? idea(IdeaID(rawValue: item.rawValue))?.title
    }
}
