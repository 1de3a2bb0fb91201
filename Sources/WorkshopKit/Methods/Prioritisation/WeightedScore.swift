/// One group score of one project as exact terms: each rated criterion's weight and mean,
/// so the score can be recomputed exactly for other weights.
///
/// The same arithmetic as `Scoring`: the weighted mean of the criterion means, criteria on
/// another scale mapped linearly onto the group's first scale, criteria without ratings
/// left out.
struct WeightedScore: Sendable {
    struct Term: Sendable {
        var criterion: CriterionID
        /// The weight in hundredths, as in criteria.json.
        var weight: Int
        /// The criterion's mean, mapped onto the group's scale.
        var mean: Rational
    }

    /// The rated criteria of the group, in catalogue order.
    let terms: [Term]

    /// - Returns: `nil` when no criterion of the group has ratings.
    init?(_ group: CriterionGroup, criteria: [Criterion], statistics: [CriterionID: CriterionStatistics]) {
        let members = criteria.filter { $0.group == group }
        guard let reference = members.first?.scale else { return nil }
        let referenceSpan = reference.maximum - reference.minimum
        var terms: [Term] = []
        for criterion in members {
            guard let stats = statistics[criterion.id] else { continue }
            let span = criterion.scale.maximum - criterion.scale.minimum
            let stretch = span > 0 && referenceSpan > 0 ? Rational(referenceSpan, span) : .one
            let mean = Rational(reference.minimum)
                + (Rational(stats.sum, stats.count) - Rational(criterion.scale.minimum)) * stretch
            terms.append(Term(criterion: criterion.id, weight: criterion.weight.value, mean: mean))
        }
        guard !terms.isEmpty else { return nil }
        self.terms = terms
        // The means over one common denominator, so a score is one fraction, reduced once.
        var common = BigInt(1)
        for term in terms {
            let divisor = BigInt.gcd(common, term.mean.denominator)
            common *= term.mean.denominator.quotientAndRemainder(dividingBy: divisor).quotient
        }
        commonDenominator = common
        scaledMeans = terms.map { $0.mean.numerator * common.quotientAndRemainder(dividingBy: $0.mean.denominator).quotient }
    }

    /// The least common denominator of the means, and each mean times it.
    private let commonDenominator: BigInt
    private let scaledMeans: [BigInt]

    /// The exact score with every weight as given, `weights[i]` for `terms[i]`.
    func value(weights: [Int]) -> Rational {
        var sum = BigInt(0)
        var total = 0
        for (mean, weight) in zip(scaledMeans, weights) {
            sum += BigInt(weight) * mean
            total += weight
        }
        return Rational(sum, commonDenominator * BigInt(total))
    }

    /// The exact score with the catalogue's weights.
    var value: Rational { value(weights: terms.map(\.weight)) }

    /// The score as printed and compared by the rule: hundredths, rounded half away from zero.
    static func printed(_ value: Rational) -> Int { value.rounded(scale: 100) }

    /// The lowest and highest score when every weight may move independently anywhere between
    /// `(100 − percent) %` and `(100 + percent) %` of itself.
    ///
    /// The score is a ratio of two linear functions of the weights, so its extremes lie at
    /// corners of that box; at the highest corner every criterion whose mean is above the
    /// highest score has its high weight and every one below it its low weight (raising a
    /// weight pulls the score toward that criterion's mean). Trying each split of the criteria
    /// sorted by mean therefore finds both extremes.
    /// - Complexity: O(*n*²) in the number of rated criteria, instead of 2ⁿ corners.
    func range(percent: Int) -> (lowest: Rational, highest: Rational) {
        func extreme(highestFirst: Bool) -> Rational {
            let order = terms.indices.sorted { a, b in
                let (x, y) = (terms[a].mean, terms[b].mean)
                return x == y ? a < b : (highestFirst ? y < x : x < y)
            }
            var best: Rational?
            for split in 0...order.count {
                var weights = terms.map { $0.weight * (100 - percent) }
                for index in order.prefix(split) { weights[index] = terms[index].weight * (100 + percent) }
                let candidate = value(weights: weights)
                if let current = best, highestFirst ? candidate <= current : candidate >= current { continue }
                best = candidate
            }
            return best ?? value
        }
        return (extreme(highestFirst: false), extreme(highestFirst: true))
    }
}
