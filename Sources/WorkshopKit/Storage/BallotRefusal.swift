/// Why the ballot log refuses a ballot, as a value a front end can word in its own language:
/// the kiosk speaks the workspace's (German for Coesfeld), while the diagnostic's message says
/// the same in English for the command line.
public enum BallotRefusal: Hashable, Sendable {
    /// The voter (participant or token) has a ballot in this vote already.
    case alreadyVoted(VoterID)
    /// A closing record ended the vote.
    case closed
    /// votes.json changed the vote after its first ballot froze it.
    case definitionChanged
    /// The token is not on the vote's list.
    case notAToken(VoterID)
}
