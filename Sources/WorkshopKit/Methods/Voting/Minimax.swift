/// `minimax` (Simpson–Kramer, by margins): each option's score is its largest defeat, the most by
/// which any other option beats it head to head (negative when it beats every option); the
/// smallest largest defeat wins. Unranked options tie below every ranked one.
public struct Minimax: CountingRule {
    public let name = RuleName.minimax

    public init() {}

    public func problem(with profile: BallotProfile) -> String? { TieBreak.needsPairwiseRankings(profile, rule: name) }

    public func count(_ profile: BallotProfile, progress: (Int, Int) -> Void) -> CountResult {
        let matrix = PairwiseMatrix(profile, unranked: .tieBelow)
        let size = matrix.size
        var largest = [Int](repeating: 0, count: size)
        var by = [[Int]](repeating: [], count: size)
        for a in 0..<size {
            let opponents = (0..<size).filter { $0 != a }
            guard let worst = opponents.map({ matrix.margin($0, over: a) }).max() else { continue }
            largest[a] = worst
            by[a] = opponents.filter { matrix.margin($0, over: a) == worst }
        }
        return CountResult(
            rule: name, parameters: [.marginDefeats, .unrankedBelowRanked],
            ballots: profile.voters, outcome: .ranking(TieGroups.ascending(largest)),
            explanation: .pairwise(.init(matrix, table: .minimax(largestDefeat: largest, by: by))),
            tieBreak: TieBreak.sharedPlaces)
    }
}
