/// What a rater wrote beside their scores on an item: shown by rater id only, never by name.
public struct RatingComment: Sendable, Hashable {
    public var rater: ParticipantID
    public var item: ItemID
    /// The criteria whose rating carries the comment, in the order given.
    public var criteria: [CriterionID]
    public var text: String

    public init(rater: ParticipantID, item: ItemID, criteria: [CriterionID], text: String) {
        self.rater = rater
        self.item = item
        self.criteria = criteria
        self.text = text
    }
}
