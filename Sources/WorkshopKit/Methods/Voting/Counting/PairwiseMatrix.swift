/// Head-to-head contests: for each pair of options, how many voters prefer the one to the other.
public struct PairwiseMatrix: Sendable, Hashable {
    /// The number of options.
    public let size: Int
    /// Row-major: `counts[a * size + b]` voters prefer option a to option b.
    public let counts: [Int]

    /// The most options the pairwise rules take: 10 000 options make 10⁸ pairs, a table of
    /// 800 MB (and as much again for Schulze's strongest paths).
    public static let maximumSize = 10_000

    /// How a ranking that leaves options out enters the contests.
    enum Unranked {
        /// Unranked options tie below every ranked option (Schulze, Copeland, minimax, Borda).
        case tieBelow
        /// A ballot compares only the options it ranks (pairwise comparisons).
        case noOpinion
    }

    /// Voters preferring `a` to `b`.
    public func prefer(_ a: Int, over b: Int) -> Int { counts[a * size + b] }

    /// How many more voters prefer `a` to `b` than `b` to `a`.
    public func margin(_ a: Int, over b: Int) -> Int { prefer(a, over: b) - prefer(b, over: a) }

    /// The option that beats every other option head to head, if there is one.
    public var condorcetWinner: Int? {
        (0..<size).first { a in (0..<size).allSatisfy { b in a == b || margin(a, over: b) > 0 } }
    }

    init(size: Int, counts: [Int]) {
        self.size = size
        self.counts = counts
    }

    /// The contests of a profile of rankings.
    /// - Complexity: O(*k*²) per distinct ballot of length *k*, plus O(*m*²) for *m* options.
    init(_ profile: BallotProfile, unranked: Unranked) {
        let size = profile.options.count
        var counts = [Int](repeating: 0, count: size * size)
        // Each option's wins over every option, corrected below for the options ranked with or above it.
        var beatsAll = [Int](repeating: 0, count: size)
        counts.withUnsafeMutableBufferPointer { matrix in
            profile.forEachBallot { marks, places, weight in
                let length = marks.count
                var groupStart = 0
                while groupStart < length {
                    var groupEnd = groupStart + 1
                    while groupEnd < length && places[groupEnd] == places[groupStart] { groupEnd += 1 }
                    for i in groupStart..<groupEnd {
                        let row = Int(marks[i]) * size
                        switch unranked {
                        case .tieBelow:
                            beatsAll[Int(marks[i])] += weight
                            for j in 0..<groupEnd where j != i { matrix[row + Int(marks[j])] -= weight }
                        case .noOpinion:
                            for j in groupEnd..<length { matrix[row + Int(marks[j])] += weight }
                        }
                    }
                    groupStart = groupEnd
                }
            }
            for a in 0..<size where beatsAll[a] != 0 {
                for b in 0..<size where b != a { matrix[a * size + b] += beatsAll[a] }
            }
        }
        self.init(size: size, counts: counts)
    }
}
