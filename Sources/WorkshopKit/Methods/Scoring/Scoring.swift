import Foundation

/// Weighted panel scoring: turns the rating log into scores per idea and per project.
///
/// - A rater who scores the same item on the same criterion again corrects the earlier
///   score; only the latest counts.
/// - Per criterion: count, mean, minimum, maximum, standard deviation.
/// - Per group (relevance, potential): the weighted mean of the criterion means. Criteria
///   on a different scale than the group's first criterion are mapped linearly onto it.
///   Criteria without ratings are left out and the score is marked partial.
/// - A project's score pools the ratings given to the project itself and to every idea
///   merged into it, so scoring idea sheets before consolidation is not lost.
public struct Scoring: Sendable {
    public let criteria: [Criterion]

    public init(criteria: [Criterion]) {
        self.criteria = criteria
    }

    /// The ratings that count: for each rater, item and criterion the last one recorded.
    /// - Complexity: O(*n*) in the number of ratings.
    public static func effectiveRatings(_ ratings: [Rating]) -> [Rating] {
        struct Key: Hashable {
            var rater: ParticipantID
            var item: ItemID
            var criterion: CriterionID
        }
        var latest: [Key: Int] = [:]
        for (offset, rating) in ratings.enumerated() {
            latest[Key(rater: rating.rater, item: rating.item, criterion: rating.criterion)] = offset
        }
        return latest.values.sorted().map { ratings[$0] }
    }

    /// Scores one idea or project from the ratings that concern it.
    public func score(_ ratings: [Rating]) -> ItemScore {
        var scoresByCriterion: [CriterionID: [Int]] = [:]
        for rating in ratings { scoresByCriterion[rating.criterion, default: []].append(rating.score) }
        var statistics: [CriterionID: CriterionStatistics] = [:]
        for (criterion, scores) in scoresByCriterion {
            statistics[criterion] = CriterionStatistics(criterion: criterion, scores: scores)
        }
        return ItemScore(
            criteria: statistics,
            relevance: groupScore(.relevance, statistics),
            potential: groupScore(.potential, statistics),
            raters: Set(ratings.map(\.rater)).count,
            ratings: ratings.count)
    }

    private func groupScore(_ group: CriterionGroup, _ statistics: [CriterionID: CriterionStatistics]) -> GroupScore? {
        let members = criteria.filter { $0.group == group }
        guard let reference = members.first?.scale else { return nil }
        var weightedSum = Decimal(0)
        var weightTotal = 0
        var spreadSum = 0.0
        var rated = 0
        for criterion in members {
            guard let stats = statistics[criterion.id] else { continue }
            rated += 1
            let weight = Decimal(criterion.weight.value)
            // Scales from files always span at least one step; a degenerate one counts as unstretched.
            let span = criterion.scale.maximum - criterion.scale.minimum
            let referenceSpan = reference.maximum - reference.minimum
            let stretch = span > 0 && referenceSpan > 0 ? Decimal(referenceSpan) / Decimal(span) : 1
            let mean = Decimal(reference.minimum) + (stats.mean - Decimal(criterion.scale.minimum)) * stretch
            weightedSum += weight * mean
            weightTotal += criterion.weight.value
            let doubleStretch = span > 0 && referenceSpan > 0 ? Double(referenceSpan) / Double(span) : 1
            spreadSum += Double(criterion.weight.value) * stats.standardDeviation * doubleStretch
        }
        guard rated > 0 else { return nil }
        let value = weightedSum / Decimal(weightTotal)
        return GroupScore(
            value: value, hundredths: DecimalRounding.hundredths(value), spread: spreadSum / Double(weightTotal),
            criteriaRated: rated, criteriaTotal: members.count)
    }
}
