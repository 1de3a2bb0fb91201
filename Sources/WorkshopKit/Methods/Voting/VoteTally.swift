/// The count of one vote: points per option, ballots, and who took part.
///
/// Counting is plain addition over the ballot log, so anyone can re-run it from `ballots.csv`.
public struct VoteTally: Sendable, Hashable {
    public var vote: VoteID
    /// Dots or approvals per option, for every option on the ballot (zero included).
    public var points: [ItemID: Int]
    public var ballots: Int
    public var abstentions: Int

    /// Counts the ballots of `vote` among `ballots`.
    /// - Complexity: O(*n*) in the number of ballots.
    public init(vote: Vote, ballots: [Ballot]) {
        self.vote = vote.id
        var points = Dictionary(vote.options.map { ($0, 0) }, uniquingKeysWith: { first, _ in first })
        var count = 0
        var abstentions = 0
        for ballot in ballots where ballot.vote == vote.id {
            count += 1
            if ballot.choices.isEmpty { abstentions += 1 }
            for choice in ballot.choices where points[choice.item] != nil {
                points[choice.item, default: 0] += choice.points
            }
        }
        self.points = points
        self.ballots = count
        self.abstentions = abstentions
    }

    public var totalPoints: Int { points.values.reduce(0, +) }

    /// Options from most to fewest points; ties in the vote's ballot order.
    public func ranking(in vote: Vote) -> [(item: ItemID, points: Int)] {
        let order = Dictionary(vote.options.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return points.map { (item: $0.key, points: $0.value) }
            .sorted { ($1.points, order[$0.item] ?? 0) < ($0.points, order[$1.item] ?? 0) }
    }
}
