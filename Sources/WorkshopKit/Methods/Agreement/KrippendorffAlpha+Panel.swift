extension KrippendorffAlpha {
    /// The panel's agreement per criterion: ordinal alpha over every item (idea or project, as
    /// rated) that at least two raters scored on the criterion. "Don't know" (`?`) is missing
    /// data: no value for that rater, never a score.
    /// - Parameter ratings: the ratings that count, one per rater, item and criterion.
    /// - Returns: alpha per criterion of `criteria` where it is defined.
    /// - Complexity: O(*n*) in the number of ratings, plus the alphas themselves.
    static func panel(_ ratings: RatingSet, criteria: [Criterion]) -> [CriterionID: KrippendorffAlpha] {
        var data: [Int32: ReliabilityData<Int32>] = [:]
        for entry in ratings.entries where entry.score != RatingSet.dontKnow {
            data[entry.criterion, default: ReliabilityData()].add(Int(entry.score), unit: entry.item)
        }
        var result: [CriterionID: KrippendorffAlpha] = [:]
        for criterion in criteria {
            if let index = ratings.criterionIndex(criterion.id), let alpha = data[index]?.alpha(.ordinal) { result[criterion.id] = alpha }
        }
        return result
    }
}
