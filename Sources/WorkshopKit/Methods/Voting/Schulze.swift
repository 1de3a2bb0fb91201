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

    public func problem(with profile: BallotProfile) -> String? { TieBreak.needsRankings(profile, rule: name) }

    public func count(_ profile: BallotProfile, progress: (Int, Int) -> Void) -> CountResult {
        let matrix = PairwiseMatrix(profile, unranked: .tieBelow)
        let (ranking, paths) = Self.rank(matrix)
        return CountResult(
            rule: name, parameters: [.init("link strength", "winning votes"), .init("unranked options", "tie below every ranked one")],
            ballots: profile.voters, outcome: .ranking(ranking),
            explanation: .pairwise(.init(matrix, table: .strongestPaths(paths))),
            tieBreak: TieBreak.pairwisePlaces)
    }

    /// The Schulze ranking of a matrix and the strongest path strengths (row-major).
    /// - Complexity: O(*m*³) for *m* options (Floyd–Warshall on widest paths).
    static func rank(_ matrix: PairwiseMatrix) -> (ranking: [[Int]], paths: [Int]) {
        let size = matrix.size
        var paths = [Int](repeating: 0, count: size * size)
        for a in 0..<size {
            for b in 0..<size where a != b {
                let forward = matrix.prefer(a, over: b)
                if forward > matrix.prefer(b, over: a) { paths[a * size + b] = forward }
            }
        }
        paths.withUnsafeMutableBufferPointer { p in
            for via in 0..<size {
                for a in 0..<size where a != via {
                    let toVia = p[a * size + via]
                    if toVia == 0 { continue }
                    for b in 0..<size where b != a && b != via {
                        let through = min(toVia, p[via * size + b])
                        if through > p[a * size + b] { p[a * size + b] = through }
                    }
                }
            }
        }
        var remaining = Array(0..<size)
        var ranking: [[Int]] = []
        while !remaining.isEmpty {
            let unbeaten = remaining.filter { a in !remaining.contains { b in paths[b * size + a] > paths[a * size + b] } }
            // The beatpath relation is transitive, so some option is always unbeaten; guard anyway.
            let group = unbeaten.isEmpty ? remaining : unbeaten
            ranking.append(group)
            remaining.removeAll { group.contains($0) }
        }
        return (ranking, paths)
    }
}
