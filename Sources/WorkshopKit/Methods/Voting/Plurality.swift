/// `plurality`: first places per option. A ballot that ties several options at its first place
/// gives each an equal share of its vote (½ each for two), so every ballot counts exactly once.
public struct Plurality: CountingRule {
    public let name = RuleName.plurality

    public init() {}

    public func problem(with profile: BallotProfile) -> String? { TieBreak.needsRankings(profile, rule: name) }

    public func count(_ profile: BallotProfile, progress: (Int, Int) -> Void) -> CountResult {
        var votes = SplitVotes(options: profile.options.count)
        var ballots = [Int](repeating: 0, count: profile.options.count)
        profile.forEachBallot { marks, places, count in
            var end = 1
            while end < marks.count && places[end] == places[0] { end += 1 }
            for position in 0..<end {
                votes.add(Int(marks[position]), weight: count, among: end)
                ballots[Int(marks[position])] += count
            }
        }
        let totals = votes.totals
        let convention = "a ballot's vote goes to its first place; options tied first share it equally"
        let rows = totals.indices.map { CountExplanation.Totals.Row(option: $0, total: totals[$0], ballots: ballots[$0], mean: nil) }
        return CountResult(
            rule: name, parameters: [.sharedFirstPlaces], ballots: profile.voters,
            outcome: .scores(totals), explanation: .totals(.init(convention: convention, rows: rows)), tieBreak: TieBreak.sharedPlaces)
    }
}
