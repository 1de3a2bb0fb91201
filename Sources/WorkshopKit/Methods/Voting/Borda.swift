/// `borda`: the symmetric Borda count. On each ballot an option scores +1 for every option ranked
/// below it and −1 for every option ranked above it; options a ballot leaves out tie below every
/// ranked one, and tied options score 0 against each other.
///
/// On complete rankings without ties this orders options exactly as the classic count (m − 1
/// points for a first place down to 0 for the last: symmetric = 2 × classic − (m − 1) × ballots).
/// On partial rankings it differs from place points (3-2-1 on top-3 ballots, the `points` rule):
/// on Kraków Nowa Huta 2024 the two pick different winners.
public struct Borda: CountingRule {
    public let name = RuleName.borda

    public init() {}

    public func problem(with profile: BallotProfile) -> String? { TieBreak.needsPairwiseRankings(profile, rule: name) }

    public func count(_ profile: BallotProfile, progress: (Int, Int) -> Void) -> CountResult {
        let matrix = PairwiseMatrix(profile, unranked: .tieBelow)
        let size = matrix.size
        var ranked = [Int](repeating: 0, count: size)
        profile.forEachBallot { marks, _, count in
            for mark in marks { ranked[Int(mark)] += count }
        }
        let scores = (0..<size).map { a in Rational((0..<size).reduce(0) { $0 + ($1 == a ? 0 : matrix.margin(a, over: $1)) }) }
        let convention =
            "symmetric Borda: +1 for each option ranked below, −1 for each ranked above; unranked options tie below every ranked one"
        let rows = (0..<size).map { CountExplanation.Totals.Row(option: $0, total: scores[$0], ballots: ranked[$0], mean: nil) }
        return CountResult(
            rule: name, parameters: [.symmetricBorda], ballots: profile.voters,
            outcome: .scores(scores), explanation: .totals(.init(convention: convention, rows: rows)), tieBreak: TieBreak.sharedPlaces)
    }
}
