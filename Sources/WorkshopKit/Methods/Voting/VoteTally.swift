/// The count of one vote by plain addition: per option, the points, approvals or scores given
/// (for a ranked vote, first places), the ballots and abstentions.
///
/// Anyone can re-run it from `ballots.csv`. Counting rules beyond addition (Borda, Schulze,
/// equal shares, …) are the voting rules' work, from the ballots' contents.
public struct VoteTally: Sendable, Hashable {
    public var vote: VoteID
    /// What each option received, for every option on the ballot (zero included).
    public var points: [ItemID: Int]
    /// Ballots that count (voided ballots left out).
    public var ballots: Int
    public var abstentions: Int
    /// Poster counts added in (points, not ballots: per-voter limits do not apply to them).
    public var posterCounts: Int
    /// The points that came from poster counts, included in `points`.
    public var posterPoints: Int

    /// Counts the ballots of `vote` in `set`.
    /// - Complexity: O(*n*) in the marks on the vote's ballots.
    public init(vote: Vote, in set: BallotSet) {
        self.vote = vote.id
        var points = Dictionary(vote.options.map { ($0, 0) }, uniquingKeysWith: { first, _ in first })
        var count = 0
        var abstentions = 0
        if let box = set.boxIndex(vote.id) {
            // Per interned option number, the option it is (when on the ballot).
            var totals: [Int32: Int] = [:]
            set.forEachCounted(in: box) { kind, options, values in
                count += 1
                guard let kind else {
                    abstentions += 1
                    return
                }
                for (option, value) in zip(options, values) {
                    switch kind {
                    case .points, .scores: totals[option, default: 0] += Int(value)
                    case .approvals: totals[option, default: 0] += 1
                    case .ranking: if value == 0 { totals[option, default: 0] += 1 }
                    }
                }
            }
            set.forEachPoster(in: box) { options, values in
                for (option, value) in zip(options, values) { totals[option, default: 0] += Int(value) }
            }
            for (option, total) in totals {
                let id = set.itemID(option)
                if points[id] != nil { points[id, default: 0] += total }
            }
        }
        self.points = points
        self.ballots = count
        self.abstentions = abstentions
        posterCounts = set.posterCounts(in: vote.id)
        posterPoints = set.posterPoints(in: vote.id).values.reduce(0, +)
    }

    /// Counts `ballots` (those of other votes are left out).
    public init(vote: Vote, ballots: [Ballot]) {
        self.init(vote: vote, in: BallotSet(ballots.filter { $0.vote == vote.id }))
    }

    public var totalPoints: Int { points.values.reduce(0, +) }

    /// Options from most to fewest points; ties in the vote's ballot order.
    public func ranking(in vote: Vote) -> [(item: ItemID, points: Int)] {
        let order = Dictionary(vote.options.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return points.map { (item: $0.key, points: $0.value) }
            .sorted { ($1.points, order[$0.item] ?? 0) < ($0.points, order[$1.item] ?? 0) }
    }
}
