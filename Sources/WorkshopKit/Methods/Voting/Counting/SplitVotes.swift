/// Votes per option where a ballot may split its vote equally among options tied at its top
/// place: whole votes are integers, shares are kept per split size and added exactly at the end.
struct SplitVotes {
    private var whole: [Int]
    /// `shares[option][k]`: weight of ballots giving the option 1/k of their vote.
    private var shares: [[Int: Int]]

    init(options: Int) {
        whole = Array(repeating: 0, count: options)
        shares = Array(repeating: [:], count: options)
    }

    /// Gives `option` the vote of `weight` ballots, shared among `among` options.
    mutating func add(_ option: Int, weight: Int, among: Int) {
        if among == 1 {
            whole[option] += weight
        } else {
            shares[option][among, default: 0] += weight
        }
    }

    /// The exact votes of each option.
    var totals: [Rational] {
        whole.indices.map { option in
            shares[option].reduce(Rational(whole[option])) { $0 + Rational($1.value, $1.key) }
        }
    }
}
