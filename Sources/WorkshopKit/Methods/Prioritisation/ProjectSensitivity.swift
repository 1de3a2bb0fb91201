/// How firmly the rule holds one project in its priority group.
///
/// All changes are of the rule's group (an override is a decision and does not move with
/// weights); weights and thresholds are on the grid criteria.json and prioritisation.json
/// can hold (hundredths), and every figure is exact.
public struct ProjectSensitivity: Sendable, Hashable {
    public var project: ProjectID
    /// The group the rule gives now.
    public var ruleGroup: Int
    /// For each rated criterion, the nearest weight above and below its current one that
    /// moves the project to another group, where one within 0.01…1000 does.
    public var weightChanges: [WeightChange]
    /// For each threshold of the rule whose change moves the project: the nearest value that does.
    public var thresholdChanges: [ThresholdChange]
    /// Where the project can go when every weight varies independently by the band (±20 %).
    public var band: Band

    /// The smallest single-weight change that moves the project: the one whose weight is
    /// multiplied or divided by the least factor (×1.25 and ÷1.25 count the same); ties by
    /// catalogue order, then the raise first.
    public var smallestWeightChange: WeightChange? {
        weightChanges.enumerated().min { a, b in
            let order = a.element.factorOrder(b.element)
            return order == 0 ? a.offset < b.offset : order < 0
        }?.element
    }

    /// The smallest threshold change on a score (relevance or potential), in hundredths; ties
    /// by rule order.
    public var smallestThresholdChange: ThresholdChange? {
        thresholdChanges.filter { $0.measure != .votes }.enumerated().min { a, b in
            let (x, y) = (a.element.distance, b.element.distance)
            return x == y ? a.offset < b.offset : x < y
        }?.element
    }

    /// A new weight for one criterion, all else unchanged, and the group the project then gets.
    public struct WeightChange: Sendable, Hashable {
        public var criterion: CriterionID
        public var from: Hundredths
        public var to: Hundredths
        /// The rule's group with the new weight.
        public var group: Int

        /// The change in percent of the current weight, rounded half away from zero: +58, −37.
        public var percent: Int { DecimalLiteral.roundedDivision((to.value - from.value) * 100, by: from.value) }

        /// Negative when `self` changes the weight by a smaller factor than `other`, 0 when equal.
        func factorOrder(_ other: WeightChange) -> Int {
            // factor = max(to/from, from/to) as a fraction big/small; compare big₁·small₂ with big₂·small₁.
            let (big1, small1) = (max(to.value, from.value), min(to.value, from.value))
            let (big2, small2) = (max(other.to.value, other.from.value), min(other.to.value, other.from.value))
            let left = big1 * small2
            let right = big2 * small1
            return left == right ? 0 : (left < right ? -1 : 1)
        }
    }

    /// A new value for one minimum of one rule step, and the group the project then gets.
    public struct ThresholdChange: Sendable, Hashable {
        /// The step of the rule (0-based).
        public var step: Int
        public var measure: PriorityStep.Measure
        public var from: Hundredths
        public var to: Hundredths
        public var group: Int

        /// How far the threshold moves, in hundredths.
        public var distance: Int { abs(to.value - from.value) }
    }

    /// The reach of the project's scores and group when every weight varies by ±`percent` %.
    public struct Band: Sendable, Hashable {
        public var percent: Int
        /// The lowest and highest relevance as printed (hundredths); `nil` without a relevance score.
        public var relevance: ClosedRange<Int>?
        public var potential: ClosedRange<Int>?
        /// Every rule group some weights in the band give, in order.
        public var groups: [Int]
    }

    /// Whether weights within the band can move the project to another group.
    public var movesWithinBand: Bool { band.groups != [ruleGroup] }
}
