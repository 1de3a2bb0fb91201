extension KrippendorffAlpha {
    /// The panel's agreement per criterion: ordinal alpha over every item (idea or project, as
    /// rated) that at least two raters scored on the criterion.
    /// - Parameter ratings: the ratings that count, one per rater, item and criterion.
    /// - Returns: alpha per criterion of `criteria` where it is defined.
    /// - Complexity: O(*n*) in the number of ratings, plus the alphas themselves.
    static func panel(_ ratings: [Rating], criteria: [Criterion]) -> [CriterionID: KrippendorffAlpha] {
        var data: [CriterionID: ReliabilityData<ItemID>] = [:]
        for rating in ratings { data[rating.criterion, default: ReliabilityData()].add(rating.score, unit: rating.item) }
        var result: [CriterionID: KrippendorffAlpha] = [:]
        for criterion in criteria {
            if let alpha = data[criterion.id]?.alpha(.ordinal) { result[criterion.id] = alpha }
        }
        return result
    }
}
