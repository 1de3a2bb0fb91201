import Foundation

/// The scores of one idea or project: per criterion, and weighted per group.
public struct ItemScore: Sendable, Hashable {
    /// Statistics for each criterion that has ratings.
    public var criteria: [CriterionID: CriterionStatistics]
    public var relevance: GroupScore?
    public var potential: GroupScore?
    /// How many different raters contributed.
    public var raters: Int
    /// How many ratings (after corrections) went in.
    public var ratings: Int
    /// Per criterion, how many raters said "don't know" (`?`): no score, never zero, counted here only.
    public var dontKnow: [CriterionID: Int] = [:]

    public static let empty = ItemScore(criteria: [:], relevance: nil, potential: nil, raters: 0, ratings: 0)

    /// How many "don't know" answers in all.
    public var dontKnowTotal: Int { dontKnow.values.reduce(0, +) }

    public func group(_ group: CriterionGroup) -> GroupScore? {
        switch group {
        case .relevance: relevance
        case .potential: potential
        }
    }
}

/// A weighted score over the criteria of one group.
public struct GroupScore: Sendable, Hashable {
    /// The exact weighted mean, or (when its fraction would not fit in 128 bits) a decimal.
    enum Exact: Sendable, Hashable {
        case fraction(Fraction)
        case decimal(Decimal)
    }

    let exact: Exact
    /// `value` rounded half up to two decimals, as printed and as priority rules compare it.
    public var hundredths: Int
    /// The weighted mean of the criteria's standard deviations: how much raters disagree overall.
    public var spread: Double
    /// How many of the group's criteria have ratings.
    public var criteriaRated: Int
    public var criteriaTotal: Int

    init(_ exact: Exact, spread: Double, criteriaRated: Int, criteriaTotal: Int) {
        self.exact = exact
        switch exact {
        case .fraction(let fraction): hundredths = fraction.hundredths
        case .decimal(let decimal): hundredths = DecimalRounding.hundredths(decimal)
        }
        self.spread = spread
        self.criteriaRated = criteriaRated
        self.criteriaTotal = criteriaTotal
    }

    /// The weighted mean of the criterion means, on the group's scale, as a decimal.
    public var value: Decimal {
        switch exact {
        case .fraction(let fraction): fraction.decimal
        case .decimal(let decimal): decimal
        }
    }

    public var isPartial: Bool { criteriaRated < criteriaTotal }

    public var spreadHundredths: Int { Int((spread * 100).rounded(.toNearestOrAwayFromZero)) }
}

/// Rounds exact decimals for printing and comparing.
public enum DecimalRounding {
    /// `value` in hundredths, rounded half away from zero.
    ///
    /// The value is first cut to 20 decimal places, so that the last-digit noise of a
    /// 38-digit division (2.674999…9 for an exact 2.675) cannot tip the rounding.
    public static func hundredths(_ value: Decimal) -> Int {
        var input = value
        var snapped = Decimal()
        NSDecimalRound(&snapped, &input, 20, .plain)
        var rounded = Decimal()
        NSDecimalRound(&rounded, &snapped, 2, .plain)
        var scaled = rounded * 100
        var whole = Decimal()
        NSDecimalRound(&whole, &scaled, 0, .plain)
        return Int(whole.description) ?? 0
    }
}
