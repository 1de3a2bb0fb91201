import TestSupport
import Testing

@testable import WorkshopKit

/// Schulze's strongest paths and ranking against the textbook computation (Floyd–Warshall on
/// widest paths, then peeling off the unbeaten options), on generated matrices.
@Suite("Strongest paths")
struct StrongestPathsTests {
    /// The textbook: O(m³) widest paths over winning-votes links.
    static func floydWarshall(_ counts: [Int], size: Int) -> [Int] {
        var paths = [Int](repeating: 0, count: size * size)
        for a in 0..<size {
            for b in 0..<size where a != b && counts[a * size + b] > counts[b * size + a] { paths[a * size + b] = counts[a * size + b] }
        }
        for via in 0..<size {
            for a in 0..<size where a != via {
                for b in 0..<size where b != a && b != via {
                    paths[a * size + b] = max(paths[a * size + b], min(paths[a * size + via], paths[via * size + b]))
                }
            }
        }
        return paths
    }

    /// The textbook ranking: repeatedly place every option no remaining option beats.
    static func peeled(_ paths: [Int], size: Int) -> [[Int]] {
        var remaining = Array(0..<size)
        var ranking: [[Int]] = []
        while !remaining.isEmpty {
            let group = remaining.filter { a in !remaining.contains { b in paths[b * size + a] > paths[a * size + b] } }
            ranking.append(group)
            remaining.removeAll { group.contains($0) }
        }
        return ranking
    }

    /// A matrix of `size` options: each pair's counts drawn up to `strongest`, with ties and
    /// empty pairs mixed in, so links, ties, cycles and unreachable options all occur.
    static func matrix(size: Int, strongest: Int, ties: Int, using generator: inout SplitMix) -> [Int] {
        var counts = [Int](repeating: 0, count: size * size)
        for a in 0..<size {
            for b in (a + 1)..<max(a + 1, size) {
                switch generator.int(in: 0...9) {
                case 0..<ties:
                    let both = generator.int(in: 0...strongest)
                    counts[a * size + b] = both
                    counts[b * size + a] = both
                default:
                    counts[a * size + b] = generator.int(in: 0...strongest)
                    counts[b * size + a] = generator.int(in: 0...strongest)
                }
            }
        }
        return counts
    }

    @Test(
        "paths and ranking equal Floyd–Warshall's on 600 generated matrices: 0 to 100 options (bit sets of several words), ties, strengths past 16 and 32 bits",
        arguments: [(1, 0), (3, 4), (40, 2), (70_000, 3), (5_000_000_000, 1), (1, 9)])
    func agreesWithFloydWarshall(strongest: Int, ties: Int) {
        var generator = SplitMix(seed: UInt64(strongest) &* 31 &+ UInt64(ties))
        for round in 0..<100 {
            let size = round < 10 ? round : generator.int(in: 2...(round % 10 == 0 ? 100 : 40))
            let counts = Self.matrix(size: size, strongest: strongest, ties: ties, using: &generator)
            let expected = Self.floydWarshall(counts, size: size)
            let paths = StrongestPaths.widest(counts: counts, size: size)
            #expect(paths == expected, "size \(size), round \(round)")
            #expect(StrongestPaths.ranking(paths, size: size) == Self.peeled(expected, size: size), "size \(size), round \(round)")
        }
    }

    @Test("who beats whom, read in tiles, equals the pairwise comparison for 0 to 200 options (tiles cut off at the edge)")
    func dominance() {
        var generator = SplitMix(seed: 64)
        for size in [0, 1, 2, 63, 64, 65, 127, 129, 200] {
            let values = (0..<(size * size)).map { _ in generator.int(in: 0...3) }
            let dominance = Dominance(values, size: size)
            for a in 0..<size {
                let expected = (0..<size).filter { values[a * size + $0] > values[$0 * size + a] }
                #expect(dominance.beaten(by: a) == expected, "size \(size), row \(a)")
                #expect(dominance.wins()[a] == expected.count)
            }
        }
    }

    @Test("a ranked vote over 300 options, each ballot naming a few: Schulze ranks it as the textbook does")
    func sparseRankings() throws {
        var generator = SplitMix(seed: 3_000)
        let options = (1...300).map { "P\($0)" }
        let ballots = (0..<400).map { _ in
            (generator.int(in: 1...3), (0..<generator.int(in: 1...4)).map { _ in options[generator.int(in: 0...299)] }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.joined(separator: ","))
        }
        let profile = Ballots.profile(.ranking, options: options, ballots)
        let result = try Ballots.count(.schulze, profile)
        let matrix = PairwiseMatrix(profile, unranked: .tieBelow)
        #expect(result.ranking == Self.peeled(Self.floydWarshall(matrix.counts, size: matrix.size), size: matrix.size))
    }

    @Test("the pairwise rules refuse more than 10 000 options and say which rules can count them")
    func tooManyOptions() {
        var builder = BallotProfileBuilder(kind: .ranking, options: (1...10_001).map { CountOption(id: ItemID("P\($0)"), cost: nil) })
        _ = builder.add(.ranking([[ItemID("P1")], [ItemID("P2")]]), count: 1)
        let profile = builder.build()
        for rule in [RuleName.schulze, .pairwise, .copeland, .minimax, .borda] {
            guard case .failure(let problem) = rule.rule.counted(profile) else {
                Issue.record("\(rule) counted 10 001 options")
                continue
            }
            #expect(problem.message == "\(rule.rawValue) compares every pair of options and takes at most 10000 options, but this vote has 10001; count it with a rule that does not compare pairs (irv, plurality, points)")
        }
        #expect((try? RuleName.irv.rule.counted(profile).get()) != nil)
    }
}
