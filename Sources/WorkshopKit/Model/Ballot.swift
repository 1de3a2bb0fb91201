/// One voter's ballot in a vote, as recorded in `ballots.csv`.
public struct Ballot: Hashable, Sendable {
    public var vote: VoteID
    public var id: BallotID
    /// Who voted, in the vote's namespace of voters: a participant (named votes), a token
    /// (token votes), or `nil` for an anonymous paper ballot.
    public var voter: VoterID?
    /// What the voter marked.
    public var content: BallotContent
    /// When the ballot was recorded, no finer than the vote asks for; `nil` when not kept.
    public var recordedAt: Timestamp?

    public init(vote: VoteID, id: BallotID, voter: VoterID?, content: BallotContent, recordedAt: Timestamp? = nil) {
        self.vote = vote
        self.id = id
        self.voter = voter
        self.content = content
        self.recordedAt = recordedAt
    }
}
