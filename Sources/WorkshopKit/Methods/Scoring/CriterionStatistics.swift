import Foundation

/// What the raters said on one criterion for one item: how many, the mean, and how far apart.
public struct CriterionStatistics: Sendable, Hashable {
    public var criterion: CriterionID
    public var count: Int
    public var sum: Int
    public var minimum: Int
    public var maximum: Int
    /// Σ score², kept for the standard deviation.
    private var sumOfSquares: Int

    public init(criterion: CriterionID, scores: [Int]) {
        precondition(!scores.isEmpty, "statistics need at least one score")
        self.criterion = criterion
        count = scores.count
        sum = scores.reduce(0, +)
        sumOfSquares = scores.reduce(0) { $0 + $1 * $1 }
        minimum = scores.min()!
        maximum = scores.max()!
    }

    /// The exact mean, as a decimal (38 significant digits).
    public var mean: Decimal { Decimal(sum) / Decimal(count) }

    /// The population standard deviation: how far ratings lie from their mean.
    public var standardDeviation: Double {
        // n·Σx² − (Σx)² is exact in integers while it fits (any realistic panel); beyond, Double.
        let (nSquares, overflow1) = count.multipliedReportingOverflow(by: sumOfSquares)
        let (sumSquared, overflow2) = sum.multipliedReportingOverflow(by: sum)
        let numerator =
            overflow1 || overflow2
            ? max(0, Double(count) * Double(sumOfSquares) - Double(sum) * Double(sum)) : Double(nSquares - sumSquared)
        return (numerator / (Double(count) * Double(count))).squareRoot()
    }

    /// The spread as the standard deviation in hundredths, rounded half up, for printing.
    public var standardDeviationHundredths: Int { Int((standardDeviation * 100).rounded(.toNearestOrAwayFromZero)) }

    /// The raters disagree markedly: the standard deviation is at least a quarter of the scale's span
    /// (1.0 on a 1…5 scale).
    public func isDisputed(on scale: Scale) -> Bool {
        standardDeviation * 4 >= Double(scale.maximum - scale.minimum)
    }
}
