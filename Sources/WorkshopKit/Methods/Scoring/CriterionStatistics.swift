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
        self.init(criterion: criterion, first: scores[0])
        for score in scores.dropFirst() { add(score) }
    }

    /// Statistics of one score, to which more are added.
    init(criterion: CriterionID, first score: Int) {
        self.criterion = criterion
        count = 1
        sum = score
        sumOfSquares = score * score
        minimum = score
        maximum = score
    }

    mutating func add(_ score: Int) {
        count += 1
        sum += score
        sumOfSquares += score * score
        minimum = Swift.min(minimum, score)
        maximum = Swift.max(maximum, score)
    }

    /// The exact mean, as a decimal (38 significant digits); divided when asked for.
    public var mean: Decimal { Decimal(sum) / Decimal(count) }

    /// The mean in hundredths, rounded half away from zero, computed exactly in integers.
    public var meanHundredths: Int { Fraction(Int128(sum), Int128(count)).hundredths }

    /// The population standard deviation: how far ratings lie from their mean.
    public var standardDeviation: Double {
        // n·Σx² − (Σx)² is exact in integers while it fits (any realistic panel); beyond, Double.
        let (nSquares, overflow1) = count.multipliedReportingOverflow(by: sumOfSquares)
        let (sumSquared, overflow2) = sum.multipliedReportingOverflow(by: sum)
        let numerator =
            overflow1 || overflow2
            ? Swift.max(0, Double(count) * Double(sumOfSquares) - Double(sum) * Double(sum)) : Double(nSquares - sumSquared)
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
