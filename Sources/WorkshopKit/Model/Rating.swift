/// One rater's score for one item (idea or project) on one criterion: a record of `ratings.csv`.
public struct Rating: Hashable, Sendable {
    public var rater: ParticipantID
    public var item: ItemID
    public var criterion: CriterionID
    /// The score on the criterion's scale, or `nil` for "don't know" (written `?`): never a
    /// score, never zero, and left out of means and spreads.
    public var score: Int?
    /// How the rating reached the log; `nil` when unknown (lines migrated from format 1).
    public var channel: RatingChannel?
    /// What the rater added in words; empty for none.
    public var comment: String
    /// When the rating was recorded; `nil` when unknown (e.g. typed in from paper).
    public var recordedAt: Timestamp?

    public init(
        rater: ParticipantID, item: ItemID, criterion: CriterionID, score: Int?, channel: RatingChannel? = nil,
        comment: String = "", recordedAt: Timestamp? = nil
    ) {
        self.rater = rater
        self.item = item
        self.criterion = criterion
        self.score = score
        self.channel = channel
        self.comment = comment
        self.recordedAt = recordedAt
    }
}
