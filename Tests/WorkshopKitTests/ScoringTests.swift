import Foundation
import Testing

@testable import WorkshopKit

@Suite("Weighted panel scoring")
struct ScoringTests {
    let scale = Scale(minimum: 1, maximum: 5)

    private func criteria(_ weights: [(CriterionID, CriterionGroup, Int)]) -> [Criterion] {
        weights.map { Criterion(id: $0.0, group: $0.1, name: $0.0.rawValue, weight: Hundredths(hundredths: $0.2), scale: scale) }
    }

    private func ratings(_ rows: [(ParticipantID, CriterionID, Int)], item: ItemID = "I-1") -> [Rating] {
        rows.map { Rating(rater: $0.0, item: item, criterion: $0.1, score: $0.2) }
    }

    @Test("Per criterion: count, exact mean, minimum, maximum and population standard deviation")
    func criterionStatistics() {
        let stats = CriterionStatistics(criterion: "c", scores: [2, 4, 4, 4, 5, 5, 7, 9])
        #expect(stats.count == 8)
        #expect(stats.mean == Decimal(5))
        #expect(stats.minimum == 2 && stats.maximum == 9)
        #expect(stats.standardDeviation == 2)
        #expect(stats.standardDeviationHundredths == 200)
        #expect(CriterionStatistics(criterion: "c", scores: [3, 3, 3]).standardDeviation == 0)
    }

    @Test("Group scores are the weighted mean of the criterion means")
    func weightedMean() throws {
        let scoring = Scoring(criteria: criteria([("a", .relevance, 300), ("b", .relevance, 100), ("p", .potential, 100)]))
        // a: mean 4 (weight 3), b: mean 2 (weight 1) → (12 + 2) / 4 = 3.5
        let score = scoring.score(ratings([("R1", "a", 5), ("R2", "a", 3), ("R1", "b", 2), ("R2", "b", 2), ("R1", "p", 1)]))
        let relevance = try #require(score.relevance)
        #expect(relevance.value == Decimal(string: "3.5"))
        #expect(relevance.hundredths == 350)
        #expect(relevance.isPartial == false)
        #expect(score.potential?.hundredths == 100)
        #expect(score.raters == 2)
        #expect(score.ratings == 5)
    }

    @Test("Criteria without ratings are left out and the score is marked partial")
    func partialScores() throws {
        let scoring = Scoring(criteria: criteria([("a", .relevance, 100), ("b", .relevance, 100)]))
        let score = scoring.score(ratings([("R1", "a", 4)]))
        let relevance = try #require(score.relevance)
        #expect(relevance.hundredths == 400)
        #expect(relevance.isPartial)
        #expect(relevance.criteriaRated == 1 && relevance.criteriaTotal == 2)
        #expect(score.potential == nil)
    }

    @Test("A criterion on another scale is mapped onto the group's first scale")
    func scaleMapping() throws {
        var list = criteria([("a", .relevance, 100)])
        list.append(Criterion(id: "b", group: .relevance, name: "b", scale: Scale(minimum: 0, maximum: 10)))
        // a: 5 on 1…5; b: 5 on 0…10 → 3 on 1…5; mean (5 + 3) / 2 = 4
        let score = Scoring(criteria: list).score(ratings([("R1", "a", 5), ("R1", "b", 5)]))
        #expect(try #require(score.relevance).hundredths == 400)
    }

    @Test("Rounding is half away from zero on the exact value, not on a binary approximation")
    func roundingAtHalf() throws {
        // Mean of 2.675 exactly (107/40): binary floating point would give 2.67.
        let scoring = Scoring(criteria: criteria([("a", .relevance, 100)]))
        let scores = Array(repeating: 3, count: 27) + Array(repeating: 2, count: 13)  // (81 + 26) / 40 = 2.675
        let rows = scores.enumerated().map { (ParticipantID("R\($0.offset)"), CriterionID("a"), $0.element) }
        #expect(try #require(scoring.score(ratings(rows)).relevance).hundredths == 268)
        // A third: 8/3 = 2.666… → 2.67
        #expect(try #require(scoring.score(ratings([("R1", "a", 3), ("R2", "a", 3), ("R3", "a", 2)])).relevance).hundredths == 267)
        #expect(DecimalRounding.hundredths(Decimal(string: "-1.005")!) == -101)
    }

    @Test("A later rating by the same rater on the same item and criterion corrects the earlier one; don't know counts as a rating given, never as a score")
    func corrections() throws {
        let log = [
            Rating(rater: "R1", item: "I-1", criterion: "a", score: 1),
            Rating(rater: "R2", item: "I-1", criterion: "a", score: 4),
            Rating(rater: "R1", item: "I-1", criterion: "a", score: 5),
            Rating(rater: "R1", item: "I-2", criterion: "a", score: 2),
            Rating(rater: "R3", item: "I-1", criterion: "a", score: nil),
        ]
        let set = RatingSet(log)
        #expect(set.recordCount == 5)
        #expect(set.superseded == 1)
        // The correction takes the place of the rating it corrects.
        #expect(set.ratings == [log[2], log[1], log[3], log[4]])
        let scoring = Scoring(criteria: criteria([("a", .relevance, 100)]))
        let score = scoring.score(set.ratings.filter { $0.item == "I-1" })
        // 5 and 4: the "?" is no score, not a zero.
        #expect(try #require(score.relevance).hundredths == 450)
        #expect(score.ratings == 2 && score.raters == 2)
    }

    @Test("A project pools the ratings of its ideas and its own; superseded ratings are counted")
    func projectPooling() throws {
        var workspace = Fixtures.small()
        workspace.ratings.append(Rating(rater: "R1", item: "P1", criterion: "growth", score: 1))
        workspace.ratings.append(Rating(rater: "R2", item: "I-1", criterion: "growth", score: 5))  // corrects R2's 3
        let evaluation = Evaluation(workspace)
        let project = try #require(evaluation.projectScores["P1"])
        // growth: I-1 by R1 5, I-1 by R2 5 (corrected), P1 by R1 1 → mean 11/3; image: 4, 4 → 4
        #expect(project.criteria["growth"]?.count == 3)
        #expect(project.criteria["growth"]?.mean == Decimal(11) / Decimal(3))
        // (2 × 11/3 + 1 × 4) / 3 = 3.777… → 3.78
        #expect(project.relevance?.hundredths == 378)
        #expect(evaluation.supersededRatings == 1)
        #expect(evaluation.ideaScores["I-2"] == .empty)
    }

    @Test("Disagreement is flagged when the spread reaches a quarter of the scale")
    func disputed() {
        #expect(CriterionStatistics(criterion: "a", scores: [1, 5]).isDisputed(on: scale))
        #expect(CriterionStatistics(criterion: "a", scores: [3, 4]).isDisputed(on: scale) == false)
    }
}

@Suite("Priority groups by a stated rule")
struct PrioritisationTests {
    let rule = Prioritisation(rule: [
        PriorityStep(group: 1, minimums: [.relevance: Hundredths(hundredths: 350), .potential: Hundredths(hundredths: 300)]),
        PriorityStep(group: 2, minimums: [.votes: Hundredths(5)]),
        PriorityStep(group: 3, minimums: [:]),
    ])

    private func score(_ relevance: Int?, _ potential: Int?) -> ItemScore {
        func group(_ hundredths: Int?) -> GroupScore? {
            hundredths.map { GroupScore(.fraction(Fraction(Int128($0), 100)), spread: 0, criteriaRated: 1, criteriaTotal: 1) }
        }
        return ItemScore(criteria: [:], relevance: group(relevance), potential: group(potential), raters: 1, ratings: 1)
    }

    @Test("The first step whose every minimum is met gives the group; minimums are inclusive",
          arguments: [(350, 300, 0, 1), (349, 400, 0, 3), (349, 400, 5, 2), (500, 299, 4, 3), (500, 300, 0, 1)])
    func steps(_ relevance: Int, _ potential: Int, _ votes: Int, _ expected: Int) {
        let assignment = Prioritiser(rule).assign("P1", score: score(relevance, potential), votes: votes)
        #expect(assignment.group == expected)
        #expect(assignment.ruleGroup == expected)
        #expect(assignment.isOverridden == false)
    }

    @Test("A project without a score meets no minimum on it")
    func unscored() {
        #expect(Prioritiser(rule).assign("P1", score: score(nil, nil), votes: 0).group == 3)
        #expect(Prioritiser(rule).assign("P1", score: score(nil, nil), votes: 7).group == 2)
    }

    @Test("An override replaces the rule's group and keeps both")
    func override() throws {
        var withOverride = rule
        withOverride.overrides = [PriorityOverride(project: "P1", group: 1, reason: "strategic", decidedBy: "AK", date: try #require(Day("2020-08-25")))]
        let assignment = Prioritiser(withOverride).assign("P1", score: score(100, 100), votes: 0)
        #expect(assignment.group == 1)
        #expect(assignment.ruleGroup == 3)
        #expect(assignment.isOverridden)
        #expect(assignment.override?.reason == "strategic")
        #expect(Prioritiser(withOverride).assign("P2", score: score(100, 100), votes: 0).override == nil)
    }

    @Test("The consolidated list is sorted by group, theme order, then natural project order")
    func listOrder() {
        var workspace = Fixtures.small()
        workspace.projects.append(Project(id: "P10", title: "Ten", theme: "mobility"))
        workspace.projects.append(Project(id: "P9", title: "Nine", theme: "mobility"))
        workspace.prioritisation = Prioritisation(rule: [PriorityStep(group: 1, minimums: [:])])
        #expect(Evaluation(workspace).consolidatedList.map(\.id) == ["P1", "P9", "P10", "P2"])
    }
}
