/// `schulze`: Schulze's beatpath method. A link from a to b is as strong as the number of voters
/// preferring a to b when that is a majority of the two (winning votes), else absent; a path is
/// as strong as its weakest link; a beats b when a's strongest path to b is stronger than b's to
/// a. Options no other option beats come first, and so on. Names the Condorcet winner when there
/// is one (it always wins under Schulze).
///
/// Source: Markus Schulze, "A new monotonic, clone-independent, reversal symmetric, and
/// Condorcet-consistent single-winner election method", Social Choice and Welfare 36 (2011).
public struct Schulze: CountingRule {
    public let name = RuleName.schulze

    public init() {}

    public func problem(with profile: BallotProfile) -> String? { TieBreak.needsPairwiseRankings(profile, rule: name) }

    public func count(_ profile: BallotProfile, progress: (Int, Int) -> Void) -> CountResult {
        let matrix = PairwiseMatrix(profile, unranked: .tieBelow)
        let (ranking, paths) = Self.rank(matrix)
        return CountResult(
            rule: name, parameters: [.winningVotes, .unrankedBelowRanked],
            ballots: profile.voters, outcome: .ranking(ranking),
            explanation: .pairwise(.init(matrix, table: .strongestPaths(paths))),
            tieBreak: TieBreak.pairwisePlaces)
    }

    /// The Schulze ranking of a matrix and the strongest path strengths (row-major).
    /// - Complexity: see `StrongestPaths`; far below Floyd–Warshall's O(*m*³) in practice.
    static func rank(_ matrix: PairwiseMatrix) -> (ranking: [[Int]], paths: [Int]) {
        let paths = StrongestPaths.widest(counts: matrix.counts, size: matrix.size)
        return (StrongestPaths.ranking(paths, size: matrix.size), paths)
    }
}
