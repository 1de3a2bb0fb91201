/// Krippendorff's alpha: how far raters agree beyond what chance would give, for any number
/// of raters, with missing ratings.
///
/// α = 1 − D_o / D_e, where D_o is the disagreement observed between values given to the
/// same unit and D_e the disagreement expected if the same values were paired at random
/// (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011). α = 1 is perfect
/// agreement, 0 agreement as by chance; below 0, systematic disagreement. Krippendorff's
/// guideline: rely on data with α ≥ 0.800, draw tentative conclusions from 0.667 ≤ α < 0.800,
/// and not at all below 0.667.
///
/// For panel ratings on a 1…5 scale the ordinal metric is the fitting one: it respects the
/// order of the scale without assuming equal steps, and it weighs a difference by how many
/// of the given values lie between the two.
///
/// Computed exactly with rationals; `thousandths` is the value as printed.
public struct KrippendorffAlpha: Sendable, Hashable {
    /// The level of measurement, which decides how much two different values disagree.
    public enum Metric: String, Sendable, CaseIterable {
        /// Any two different values disagree equally.
        case nominal
        /// Values are ordered; a difference counts the values given between them.
        case ordinal
        /// Differences are squared distances on the scale.
        case interval
        /// Differences relative to the values' size, ((c − k)/(c + k))², for values ≥ 0.
        case ratio
    }

    public let metric: Metric
    /// The exact value.
    let value: Rational
    /// How many values lie in units rated at least twice (Krippendorff's *n*).
    public let pairableValues: Int
    /// How many units were rated at least twice.
    public let pairableUnits: Int

    init(metric: Metric, value: Rational, pairableValues: Int, pairableUnits: Int) {
        self.metric = metric
        self.value = value
        self.pairableValues = pairableValues
        self.pairableUnits = pairableUnits
    }

    /// α in thousandths, rounded half away from zero: 815 for 0.815.
    public var thousandths: Int { value.rounded(scale: 1000) }

    /// α with three decimals and a point, as printed and in JSON: `0.815`.
    public var fixed: String { DecimalLiteral.format(thousandths, places: 3) }

    /// What the printed value supports, by Krippendorff's thresholds.
    public var reliability: Reliability {
        if thousandths >= 800 { return .reliable }
        if thousandths >= 667 { return .tentative }
        return .unreliable
    }

    /// Krippendorff's reading of an alpha.
    public enum Reliability: String, Sendable, CaseIterable {
        /// α ≥ 0.800: the ratings can be relied on.
        case reliable
        /// 0.667 ≤ α < 0.800: tentative conclusions only.
        case tentative
        /// α < 0.667: the raters do not agree enough to draw conclusions.
        case unreliable
    }

    /// δ²(c, k) for one metric; the ordinal one needs how often each value was given.
    struct DifferenceFunction {
        let metric: Metric
        /// For the ordinal metric: the values in order and the running totals of their counts.
        private let ordinalRank: [Int: (cumulative: Int, count: Int)]

        init(_ metric: Metric, marginals: [Int: Int]) {
            self.metric = metric
            var rank: [Int: (Int, Int)] = [:]
            var cumulative = 0
            for value in marginals.keys.sorted() {
                let count = marginals[value] ?? 0
                cumulative += count
                rank[value] = (cumulative, count)
            }
            ordinalRank = rank
        }

        func callAsFunction(_ c: Int, _ k: Int) -> Rational {
            if c == k { return .zero }
            switch metric {
            case .nominal:
                return .one
            case .interval:
                let distance = BigInt(c) - BigInt(k)
                return Rational(distance * distance)
            case .ratio:
                // Meant for values ≥ 0; two values summing to zero differ as much as 0 and any other value.
                let distance = BigInt(c) - BigInt(k)
                let sum = BigInt(c) + BigInt(k)
                return sum.isZero ? .one : Rational(distance * distance, sum * sum)
            case .ordinal:
                // (Σ_{g=c}^{k} n_g − (n_c + n_k)/2)², with c ≤ k: the count of values from c to k,
                // less half of the two ends.
                let (low, high) = c < k ? (c, k) : (k, c)
                guard let lowRank = ordinalRank[low], let highRank = ordinalRank[high] else { return .zero }
                let between = highRank.cumulative - lowRank.cumulative + lowRank.count  // Σ_{g=low}^{high} n_g
                let twice = 2 * between - lowRank.count - highRank.count
                return Rational(twice * twice, 4)
            }
        }
    }
}
