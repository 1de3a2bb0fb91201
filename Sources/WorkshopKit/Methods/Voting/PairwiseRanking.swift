/// `pairwise`: pairwise comparisons ("which of the two is better?") turned into a ranking. Each
/// ballot compares only the options it names (`P3,P7`: P3 is better than P7; `P3=P7`: equally
/// good), and says nothing about the others; the comparisons are added into one matrix and the
/// options ranked by Schulze's method on it, which copes with comparisons that were never made
/// and with cycles (A beats B beats C beats A).
public struct PairwiseRanking: CountingRule {
    public let name = RuleName.pairwise

    public init() {}

    public func problem(with profile: BallotProfile) -> String? { TieBreak.needsPairwiseRankings(profile, rule: name) }

    public func count(_ profile: BallotProfile, progress: (Int, Int) -> Void) -> CountResult {
        let matrix = PairwiseMatrix(profile, unranked: .noOpinion)
        let (ranking, paths) = Schulze.rank(matrix)
        return CountResult(
            rule: name, parameters: [.namedComparisons, .schulzeRanking],
            ballots: profile.voters, outcome: .ranking(ranking),
            explanation: .pairwise(.init(matrix, comparesOnlyNamed: true, table: .strongestPaths(paths))),
            tieBreak: TieBreak.pairwisePlaces)
    }
}
