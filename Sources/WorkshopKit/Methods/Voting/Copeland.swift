/// `copeland`: each option scores one point for every option it beats head to head and half a
/// point for every option it ties with (unranked options tie below every ranked one).
public struct Copeland: CountingRule {
    public let name = RuleName.copeland

    public init() {}

    public func problem(with profile: BallotProfile) -> String? { TieBreak.needsPairwiseRankings(profile, rule: name) }

    public func count(_ profile: BallotProfile, progress: (Int, Int) -> Void) -> CountResult {
        let matrix = PairwiseMatrix(profile, unranked: .tieBelow)
        let size = matrix.size
        var wins = [Int](repeating: 0, count: size)
        var ties = [Int](repeating: 0, count: size)
        var losses = [Int](repeating: 0, count: size)
        for a in 0..<size {
            for b in 0..<size where a != b {
                let margin = matrix.margin(a, over: b)
                if margin > 0 { wins[a] += 1 } else if margin < 0 { losses[a] += 1 } else { ties[a] += 1 }
            }
        }
        let scores = (0..<size).map { Rational(2 * wins[$0] + ties[$0], 2) }
        return CountResult(
            rule: name, parameters: [.copelandScore, .unrankedBelowRanked],
            ballots: profile.voters, outcome: .scores(scores),
            explanation: .pairwise(.init(matrix, table: .copeland(wins: wins, ties: ties, losses: losses))),
            tieBreak: TieBreak.sharedPlaces)
    }
}
