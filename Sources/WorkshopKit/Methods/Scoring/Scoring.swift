import Foundation

/// Weighted panel scoring: turns the ratings that count into scores per idea and per project.
///
/// - A rater who scores the same item on the same criterion again corrects the earlier
///   score; only the latest counts (`RatingSet` keeps only that one). "Don't know" (`?`) is
///   no score: it is left out of counts, means and spreads.
/// - Per criterion: count, mean, minimum, maximum, standard deviation.
/// - Per group (relevance, potential): the weighted mean of the criterion means. Criteria
///   on a different scale than the group's first criterion are mapped linearly onto it.
///   Criteria without ratings are left out and the score is marked partial.
/// - A project's score pools the ratings given to the project itself and to every idea
///   merged into it, so scoring idea sheets before consolidation is not lost.
///
/// Means are exact: integer sums and counts, a fraction per group, one division to print.
public struct Scoring: Sendable {
    public let criteria: [Criterion]

    public init(criteria: [Criterion]) {
        self.criteria = criteria
    }

    /// Scores one idea or project from the ratings that concern it (those that count).
    public func score(_ ratings: [Rating]) -> ItemScore {
        var statistics: [CriterionID: CriterionStatistics] = [:]
        var raters = Set<ParticipantID>()
        var count = 0
        var dontKnow: [CriterionID: Int] = [:]
        for rating in ratings {
            guard let score = rating.score else {
                dontKnow[rating.criterion, default: 0] += 1
                continue
            }
            count += 1
            raters.insert(rating.rater)
            if statistics[rating.criterion] == nil {
                statistics[rating.criterion] = CriterionStatistics(criterion: rating.criterion, first: score)
            } else {
                statistics[rating.criterion]!.add(score)
            }
        }
        var score = itemScore(statistics, raters: raters.count, ratings: count)
        score.dontKnow = dontKnow
        return score
    }

    /// Scores an item from the ratings at `positions` in `set`'s entries.
    func score(_ set: RatingSet, positions: [ArraySlice<Int32>]) -> ItemScore {
        var byCriterion: [Int32: CriterionStatistics] = [:]
        var raters = Set<Int32>()
        var count = 0
        var dontKnow: [Int32: Int] = [:]
        for slice in positions {
            for position in slice {
                let entry = set.entries[Int(position)]
                guard entry.score != RatingSet.dontKnow else {
                    dontKnow[entry.criterion, default: 0] += 1
                    continue
                }
                count += 1
                raters.insert(entry.rater)
                let score = Int(entry.score)
                if byCriterion[entry.criterion] == nil {
                    byCriterion[entry.criterion] = CriterionStatistics(criterion: set.criterionID(entry.criterion), first: score)
                } else {
                    byCriterion[entry.criterion]!.add(score)
                }
            }
        }
        var statistics: [CriterionID: CriterionStatistics] = [:]
        for stats in byCriterion.values { statistics[stats.criterion] = stats }
        var score = itemScore(statistics, raters: raters.count, ratings: count)
        for (criterion, answers) in dontKnow { score.dontKnow[set.criterionID(criterion)] = answers }
        return score
    }

    private func itemScore(_ statistics: [CriterionID: CriterionStatistics], raters: Int, ratings: Int) -> ItemScore {
        ItemScore(
            criteria: statistics, relevance: groupScore(.relevance, statistics), potential: groupScore(.potential, statistics),
            raters: raters, ratings: ratings)
    }

    private func groupScore(_ group: CriterionGroup, _ statistics: [CriterionID: CriterionStatistics]) -> GroupScore? {
        let members = criteria.filter { $0.group == group }
        guard let reference = members.first?.scale else { return nil }
        let rated = members.filter { statistics[$0.id] != nil }
        guard !rated.isEmpty else { return nil }
        var weightTotal = 0
        var spreadSum = 0.0
        for criterion in rated {
            let span = criterion.scale.maximum - criterion.scale.minimum
            let referenceSpan = reference.maximum - reference.minimum
            let stretch = span > 0 && referenceSpan > 0 ? Double(referenceSpan) / Double(span) : 1
            weightTotal += criterion.weight.value
            spreadSum += Double(criterion.weight.value) * statistics[criterion.id]!.standardDeviation * stretch
        }
        let exact: GroupScore.Exact =
            exactMean(rated, statistics, reference: reference, weightTotal: weightTotal).map { .fraction($0) }
            ?? .decimal(decimalMean(rated, statistics, reference: reference, weightTotal: weightTotal))
        return GroupScore(exact, spread: spreadSum / Double(weightTotal), criteriaRated: rated.count, criteriaTotal: members.count)
    }

    /// The weighted mean of the criterion means mapped onto `reference`, as an exact fraction;
    /// `nil` when it does not fit in 128 bits (then `decimalMean` gives it to 38 digits).
    private func exactMean(
        _ rated: [Criterion], _ statistics: [CriterionID: CriterionStatistics], reference: Scale, weightTotal: Int
    ) -> Fraction? {
        var weighted = Fraction(0)
        for criterion in rated {
            let stats = statistics[criterion.id]!
            let span = criterion.scale.maximum - criterion.scale.minimum
            let referenceSpan = reference.maximum - reference.minimum
            let stretch = span > 0 && referenceSpan > 0 ? Fraction(Int128(referenceSpan), Int128(span)) : Fraction(1)
            // reference minimum + (sum / count − minimum) × stretch
            let offset = Fraction(Int128(stats.sum) - Int128(criterion.scale.minimum) * Int128(stats.count), Int128(stats.count))
            guard let stretched = offset.multiplied(by: stretch), let mean = stretched.adding(Fraction(Int128(reference.minimum))),
                let term = mean.multiplied(by: Fraction(Int128(criterion.weight.value))), let sum = weighted.adding(term)
            else { return nil }
            weighted = sum
        }
        return weighted.multiplied(by: Fraction(1, Int128(weightTotal)))
    }

    private func decimalMean(
        _ rated: [Criterion], _ statistics: [CriterionID: CriterionStatistics], reference: Scale, weightTotal: Int
    ) -> Decimal {
        var weightedSum = Decimal(0)
        for criterion in rated {
            let stats = statistics[criterion.id]!
            let span = criterion.scale.maximum - criterion.scale.minimum
            let referenceSpan = reference.maximum - reference.minimum
            let stretch = span > 0 && referenceSpan > 0 ? Decimal(referenceSpan) / Decimal(span) : 1
            let mean = Decimal(reference.minimum) + (stats.mean - Decimal(criterion.scale.minimum)) * stretch
            weightedSum += Decimal(criterion.weight.value) * mean
        }
        return weightedSum / Decimal(weightTotal)
    }
}
