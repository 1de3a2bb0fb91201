/// One voter's ballot in a vote: a line of `ballots.csv`.
///
/// A ballot is one line so that it is recorded whole or not at all.
public struct Ballot: Hashable, Sendable {
    public var vote: VoteID
    public var id: BallotID
    /// The voter, or `nil` for anonymous (paper) ballots.
    public var voter: ParticipantID?
    /// What the voter gave each option: dots, or 1 for an approval; in the order written.
    public var choices: [Choice]
    /// When the ballot was recorded, ISO 8601; empty when unknown.
    public var recordedAt: String

    public struct Choice: Hashable, Sendable {
        public var item: ItemID
        public var points: Int

        public init(item: ItemID, points: Int) {
            self.item = item
            self.points = points
        }
    }

    public init(vote: VoteID, id: BallotID, voter: ParticipantID?, choices: [Choice], recordedAt: String = "") {
        self.vote = vote
        self.id = id
        self.voter = voter
        self.choices = choices
        self.recordedAt = recordedAt
    }

    public var totalPoints: Int { choices.reduce(0) { $0 + $1.points } }
}
