/// The values raters gave, unit by unit: the input of Krippendorff's alpha.
///
/// A unit is what was rated (an idea or a project on one criterion); each rater gives it at
/// most one value, and a rater who did not rate a unit simply adds nothing (missing data).
/// Only units with at least two values are pairable and count; the others are kept out, as
/// Krippendorff's definition asks.
///
/// ```swift
/// var data = ReliabilityData<String>()
/// data.add(3, unit: "P1")
/// data.add(4, unit: "P1")
/// let alpha = data.alpha(.ordinal)
/// ```
public struct ReliabilityData<Unit: Hashable & Sendable>: Sendable {
    /// Per unit, how often each value was given.
    private var counts: [Unit: [Int: Int]] = [:]

    public init() {}

    /// Records one rater's value for `unit`.
    /// - Complexity: O(1).
    public mutating func add(_ value: Int, unit: Unit) {
        counts[unit, default: [:]][value, default: 0] += 1
    }

    /// How many units have at least two values.
    public var pairableUnits: Int { counts.values.count { $0.values.reduce(0, +) >= 2 } }

    /// How many values lie in pairable units: Krippendorff's *n*.
    public var pairableValues: Int {
        counts.values.reduce(0) { total, unit in
            let values = unit.values.reduce(0, +)
            return total + (values >= 2 ? values : 0)
        }
    }

    /// Krippendorff's alpha for these data, exactly.
    /// - Returns: `nil` when it is not defined: no unit has two values, or all pairable
    ///   values are equal (no variation to disagree about).
    /// - Complexity: O(*u*·*v*² + *m*·*v*²) for *u* units, *v* distinct values and *m*
    ///   distinct numbers of values per unit.
    public func alpha(_ metric: KrippendorffAlpha.Metric) -> KrippendorffAlpha? {
        // Pair counts o'(c,k) summed per number of values m in a unit; o(c,k) = Σ_m o'_m(c,k) / (m − 1).
        var pairsByUnitSize: [Int: [Pair: Int]] = [:]
        var marginals: [Int: Int] = [:]
        for unit in counts.values {
            let size = unit.values.reduce(0, +)
            guard size >= 2 else { continue }
            for (value, count) in unit {
                marginals[value, default: 0] += count
                for (other, otherCount) in unit {
                    let pairs = value == other ? count * (count - 1) : count * otherCount
                    if pairs > 0 { pairsByUnitSize[size, default: [:]][Pair(value, other), default: 0] += pairs }
                }
            }
        }
        let n = marginals.values.reduce(0, +)
        guard n >= 2 else { return nil }
        let difference = KrippendorffAlpha.DifferenceFunction(metric, marginals: marginals)

        var observed = Rational.zero  // Σ_c Σ_k o_ck δ²_ck
        for (size, pairs) in pairsByUnitSize.sorted(by: { $0.key < $1.key }) {
            var sum = Rational.zero
            for (pair, count) in pairs where pair.first != pair.second {
                sum += Rational(count) * difference(pair.first, pair.second)
            }
            observed += sum / Rational(size - 1)
        }
        var expected = Rational.zero  // Σ_c Σ_k n_c n_k δ²_ck
        for (value, count) in marginals {
            for (other, otherCount) in marginals where other != value {
                expected += Rational(count * otherCount) * difference(value, other)
            }
        }
        guard !expected.isZero else { return nil }
        let value = Rational.one - Rational(n - 1) * observed / expected
        return KrippendorffAlpha(metric: metric, value: value, pairableValues: n, pairableUnits: pairableUnits)
    }

    private struct Pair: Hashable {
        var first: Int
        var second: Int
        init(_ first: Int, _ second: Int) {
            self.first = first
            self.second = second
        }
    }
}
