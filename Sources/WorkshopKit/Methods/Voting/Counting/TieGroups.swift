/// Groups options by a score.
enum TieGroups {
    /// Options by descending score; equal scores form one group, in option order.
    static func descending(_ scores: [Rational]) -> [[Int]] {
        grouped(scores.indices.sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }) { scores[$0] == scores[$1] }
    }

    /// Options by ascending score (less is better); equal scores form one group, in option order.
    static func ascending<Value: Comparable>(_ scores: [Value]) -> [[Int]] {
        grouped(scores.indices.sorted { scores[$0] < scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }) { scores[$0] == scores[$1] }
    }

    /// Consecutive elements of `order` that are `equal` form one group.
    static func grouped(_ order: [Int], equal: (Int, Int) -> Bool) -> [[Int]] {
        var groups: [[Int]] = []
        for option in order {
            if let last = groups.last?.last, equal(last, option) {
                groups[groups.count - 1].append(option)
            } else {
                groups.append([option])
            }
        }
        return groups
    }
}
