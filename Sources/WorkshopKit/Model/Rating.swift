/// One rater's score for one item (idea or project) on one criterion: a line of `ratings.csv`.
public struct Rating: Hashable, Sendable {
    public var rater: ParticipantID
    public var item: ItemID
    public var criterion: CriterionID
    public var score: Int
    /// When the rating was recorded, ISO 8601; empty when unknown (e.g. typed in from paper).
    public var recordedAt: String

    public init(rater: ParticipantID, item: ItemID, criterion: CriterionID, score: Int, recordedAt: String = "") {
        self.rater = rater
        self.item = item
        self.criterion = criterion
        self.score = score
        self.recordedAt = recordedAt
    }
}
