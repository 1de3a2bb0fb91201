/// Dot counts read off a poster: points per option, not ballots. Per-voter limits cannot apply
/// (nobody knows who stuck which dot), so only the options are checked; the points add into the
/// vote's points tally, and a `void` naming its id takes it out like a ballot.
public struct PosterCount: Hashable, Sendable {
    public var vote: VoteID
    /// `T` and the record's `seq` (`T000005`) unless given.
    public var id: BallotID
    /// The points per option, in the points notation (`P3:12 P7:5`).
    public var points: [OptionValue]
    /// Where the count comes from ("Plakat Saal 2"); may be empty.
    public var note: String
    public var recordedAt: Timestamp?

    public init(vote: VoteID, id: BallotID, points: [OptionValue], note: String = "", recordedAt: Timestamp? = nil) {
        self.vote = vote
        self.id = id
        self.points = points
        self.note = note
        self.recordedAt = recordedAt
    }
}
