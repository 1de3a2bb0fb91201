/// One workspace vote counted from the ballot log: the one results path that `workshop vote
/// --results`, the exports (`votes.csv`, `votes.md`, the report and the paper) and the priority
/// groups share.
///
/// The vote's counted ballots (voided ones left out, poster counts added to a points tally)
/// become a `BallotProfile`, which the vote's rule (votes.json's `rule`, else the method's
/// default) or the rules asked for count exactly as `workshop count` counts a ballot file.
///
/// ```swift
/// let result = VoteResult(vote, in: workspace)
/// switch result.counted {
/// case .success(let results): results[0].winners
/// case .failure(let problem): print(problem)
/// }
/// ```
public struct VoteResult: Sendable {
    public let vote: Vote
    /// The ballots that count, as every rule reads them.
    public let profile: BallotProfile
    /// The rules counted, in the order asked for.
    public let rules: [RuleName]
    /// One result per rule, or why a rule cannot count the vote.
    public let counted: Result<[CountResult], CountProblem>
    /// Points per option (zero included) for a vote whose points feed the priority groups
    /// (dots, cumulative, approval, budget: the `points` rule, poster counts included); `nil`
    /// for score and ranked votes.
    public let points: [ItemID: Int]?

    /// Counts `vote`'s ballots in `workspace`.
    /// - Parameter rules: the rules to count with; empty for the vote's own rule.
    /// - Complexity: O(*n*) in the marks on the vote's ballots, plus each rule's count.
    public init(_ vote: Vote, in workspace: Workspace, rules: [RuleName] = []) {
        self.vote = vote
        let profile = workspace.ballotProfile(for: vote)
        self.profile = profile
        let rules = rules.isEmpty ? [vote.countingRule] : rules
        self.rules = rules
        // Every rule is asked before any counts, so a refusal costs no count.
        let problem = rules.lazy.compactMap { rule in rule.rule.reason(notCounting: profile).map { CountProblem(rule: rule, message: $0) } }.first
        let results = problem == nil ? rules.map { $0.rule.count(profile) { _, _ in } } : []
        counted = problem.map { .failure($0) } ?? .success(results)
        if vote.method.isPointsLike {
            let tally = results.first { $0.rule == .points } ?? PointsTally().count(profile) { _, _ in }
            var points: [ItemID: Int] = [:]
            if case .scores(let scores) = tally.outcome {
                for (option, score) in zip(profile.options, scores) { points[option.id] = score.floor.intValue ?? 0 }
            }
            self.points = points
        } else {
            points = nil
        }
    }

    /// The result of the first rule counted (the vote's own, unless others were asked for).
    public var result: CountResult? { try? counted.get().first }

    /// The vote's ballots as the input of a count, naming the ballot log they were read from.
    /// - Parameters:
    ///   - path: the ballot log as results show it (`Workshops/x/ballots.csv`).
    ///   - seal: the log's SHA-256, length and last chain value.
    public func file(log path: String, seal: LogSeal) -> BallotFile {
        var metadata: [BallotFile.Entry] = [.init(key: "vote", value: vote.id.rawValue), .init(key: "method", value: vote.method.name.rawValue)]
        if let chain = seal.chain { metadata.append(.init(key: "chain", value: chain)) }
        return BallotFile(
            profile: profile, format: .ballotLog, file: path, sha256: seal.sha256, byteCount: seal.bytes, metadata: metadata,
            officialSelection: nil, declaredSupport: Array(repeating: nil, count: profile.options.count))
    }
}
