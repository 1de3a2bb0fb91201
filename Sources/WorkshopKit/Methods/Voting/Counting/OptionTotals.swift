/// The total each option gets when ballots are added up, and how many ballots gave it anything:
/// the arithmetic shared by the tallies and the greedy budget rules.
struct OptionTotals {
    /// What a mark is worth.
    enum Measure {
        /// Points as the ballot gives them: 1 per approval, a points ballot's points, a
        /// ranking's place points (the first place gets `placePoints`, the next one less, …).
        case points
        /// 1 for every option a ballot supports (named, ranked, or scored above zero).
        case approval
        /// A score ballot's scores.
        case score
    }

    var totals: [BigInt]
    var ballots: [Int]

    /// - Complexity: O(*n*) in the total length of the distinct ballots.
    init(_ profile: BallotProfile, measure: Measure) {
        var sums = [ExactSum](repeating: ExactSum(), count: profile.options.count)
        var ballots = [Int](repeating: 0, count: profile.options.count)
        let kind = profile.kind
        let placePoints = profile.placePoints
        profile.forEachBallot { marks, values, count in
            for position in 0..<marks.count {
                let option = Int(marks[position])
                let value: Int
                switch (measure, kind) {
                case (.approval, .scores): value = values[position] > 0 ? 1 : 0
                case (.approval, _), (.points, .approvals): value = 1
                case (.points, .ranking): value = placePoints - Int(values[position])
                case (.points, _), (.score, _): value = Int(values[position])
                }
                if measure == .approval && value == 0 { continue }
                sums[option].add(count, times: value)
                ballots[option] += count
            }
        }
        if measure == .points {
            for (option, points) in profile.posterPoints.enumerated() { sums[option].add(1, times: points) }
        }
        totals = sums.map(\.total)
        self.ballots = ballots
    }

    /// The totals as rows of an explanation, with the mean of the values given when asked.
    func rows(withMean: Bool) -> [CountExplanation.Totals.Row] {
        totals.indices.map { option in
            CountExplanation.Totals.Row(
                option: option, total: Rational(totals[option]), ballots: ballots[option],
                mean: withMean && ballots[option] > 0 ? Rational(totals[option], BigInt(ballots[option])) : nil)
        }
    }
}
