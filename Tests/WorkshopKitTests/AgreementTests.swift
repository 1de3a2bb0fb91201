import Foundation
import Testing

@testable import WorkshopKit

@Suite("Agreement: Krippendorff's alpha")
struct AgreementTests {
    /// Reliability data as Krippendorff tabulates it: one row per observer, one column per
    /// unit, `nil` where the observer gave no value.
    private static func data(_ rows: [[Int?]]) -> ReliabilityData<Int> {
        var data = ReliabilityData<Int>()
        for row in rows {
            for (unit, value) in row.enumerated() {
                if let value { data.add(value, unit: unit) }
            }
        }
        return data
    }

    /// Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
    /// Communication, University of Pennsylvania, https://repository.upenn.edu/asc_papers/43 —
    /// the worked example for "any number of observers, missing data": four observers, twelve
    /// units, values 1…5, and the same data computed at each level of measurement:
    /// α nominal = 0.743, ordinal = 0.815, interval = 0.849, ratio = 0.797.
    /// (The same table and values are in Content Analysis, 4th ed., 2019, ch. 12.)
    private let section = Self.data([
        [1, 2, 3, 3, 2, 1, 4, 1, 2, nil, nil, nil],  // observer A
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nil, 3],  // observer B
        [nil, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nil],  // observer C
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nil],  // observer D
    ])

    @Test("Krippendorff's published example: nominal 0.743, ordinal 0.815, interval 0.849, ratio 0.797", arguments: [
        (KrippendorffAlpha.Metric.nominal, "0.743"), (.ordinal, "0.815"), (.interval, "0.849"), (.ratio, "0.797"),
    ])
    func publishedExample(_ metric: KrippendorffAlpha.Metric, _ published: String) throws {
        let alpha = try #require(section.alpha(metric))
        #expect(DecimalLiteral.format(alpha.thousandths, places: 3) == published)
        // Unit 12 has one value only and is not pairable: n = 40 values in 11 units, as the paper counts.
        #expect(alpha.pairableValues == 40)
        #expect(alpha.pairableUnits == 11)
    }

    /// Krippendorff (2011), the first worked example: binary data, two observers, ten units.
    @Test("Krippendorff's binary example: α = 1 − 19·4/(14·6) = 2/21 ≈ 0.095, exactly")
    func binaryExample() throws {
        let alpha = try #require(Self.data([[0, 1, 0, 0, 0, 0, 0, 0, 1, 0], [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]]).alpha(.nominal))
        #expect(alpha.value == Rational(2, 21))
        #expect(alpha.thousandths == 95)
    }

    @Test("Perfect agreement is 1; values that never vary leave alpha undefined; single values are not pairable")
    func edgeCases() throws {
        let perfect = try #require(Self.data([[1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, nil]]).alpha(.ordinal))
        #expect(perfect.value == .one)
        #expect(perfect.reliability == .reliable)
        #expect(Self.data([[3, 3, 3], [3, 3, 3]]).alpha(.ordinal) == nil)
        #expect(Self.data([[1, nil, 3], [nil, 2, nil]]).alpha(.ordinal) == nil)
        #expect(ReliabilityData<Int>().alpha(.interval) == nil)
    }

    @Test("Systematic disagreement gives a negative alpha; the reading follows the printed value")
    func disagreement() throws {
        let opposed = try #require(Self.data([[1, 5, 1, 5], [5, 1, 5, 1]]).alpha(.ordinal))
        #expect(opposed.thousandths < 0)
        #expect(opposed.reliability == .unreliable)
    }

    @Test("The ordinal metric counts the values between two values, not their distance")
    func ordinalMetric() {
        // Marginals 1:2, 2:1, 5:3 — δ²(1,5) = (2 + 1 + 3 − (2 + 3)/2)² = 3.5², whatever the distance 4.
        let difference = KrippendorffAlpha.DifferenceFunction(.ordinal, marginals: [1: 2, 2: 1, 5: 3])
        #expect(difference(1, 5) == Rational(49, 4))
        #expect(difference(5, 1) == Rational(49, 4))
        #expect(difference(1, 2) == Rational(9, 4))  // (2 + 1 − 3/2)²
        #expect(difference(2, 2) == .zero)
    }

    @Test("The panel: one alpha per criterion over the items rated by at least two raters")
    func panel() throws {
        var workspace = Fixtures.small()
        workspace.ratings.append(Rating(rater: "R2", item: "P2", criterion: "growth", score: 2))
        let agreement = Evaluation(workspace).agreement
        // growth: I-1 (5, 3) and P2 (2, 2) are pairable; image: I-1 (4, 4) only, no variation.
        let growth = try #require(agreement["growth"])
        #expect(growth.pairableUnits == 2 && growth.pairableValues == 4)
        #expect(agreement["image"] == nil)
        // "Don't know" is missing data, never a score: P2 with 3 and ? on image has one value,
        // so it is not pairable and image stays without variation (a 0 would make it 3 against 0).
        workspace.ratings.append(Rating(rater: "R1", item: "P2", criterion: "image", score: 3))
        workspace.ratings.append(Rating(rater: "R2", item: "P2", criterion: "image", score: nil))
        #expect(Evaluation(workspace).agreement["image"] == nil)
        #expect(Evaluation(workspace).agreement["growth"] == growth)

        // The illustrative Coesfeld ratings agree little: 0.173 to 0.492 per criterion (README).
        let coesfeld = Evaluation(try Fixtures.coesfeld())
        #expect(coesfeld.agreement.count == coesfeld.workspace.criteria.count)
        for alpha in coesfeld.agreement.values {
            #expect((173...492).contains(alpha.thousandths))
            #expect(alpha.reliability == .unreliable)
        }
    }

    @Test("The reading compares the printed value: 0.7996 prints 0.800 and counts as reliable")
    func readingOfThePrintedValue() {
        func alpha(_ numerator: Int, _ denominator: Int) -> KrippendorffAlpha {
            KrippendorffAlpha(metric: .ordinal, value: Rational(numerator, denominator), pairableValues: 2, pairableUnits: 1)
        }
        #expect(alpha(7996, 10000).fixed == "0.800")
        #expect(alpha(7996, 10000).reliability == .reliable)
        #expect(alpha(7994, 10000).reliability == .tentative)
        #expect(alpha(6665, 10000).reliability == .tentative)
        #expect(alpha(6664, 10000).reliability == .unreliable)
    }
}
