/// One record of the ballot log: a vote opened, a ballot cast, a poster's dot counts, a ballot
/// (or count) voided, a vote closed.
///
/// Nothing in the log is ever deleted or rewritten: a mistaken ballot is voided by a later
/// record that names it and says why.
public enum BallotRecord: Hashable, Sendable {
    /// The vote's first record: freezes its definition by the SHA-256 of its canonical form
    /// (`Vote.definitionHash`). Written automatically with the vote's first ballot.
    case open(vote: VoteID, definition: String, recordedAt: Timestamp?)
    case ballot(Ballot)
    /// Points per option counted off a poster (a points vote only).
    case count(PosterCount)
    /// Takes a recorded ballot out of the count, with the reason.
    case void(vote: VoteID, ballot: BallotID, reason: String, recordedAt: Timestamp?)
    /// Ends a vote: later ballots are refused.
    case close(vote: VoteID, note: String, recordedAt: Timestamp?)

    /// The kinds as the log's `kind` column writes them.
    public enum Kind: String, Sendable, CaseIterable {
        case open, ballot, count, void, close
    }

    public var kind: Kind {
        switch self {
        case .open: .open
        case .ballot: .ballot
        case .count: .count
        case .void: .void
        case .close: .close
        }
    }

    public var vote: VoteID {
        switch self {
        case .open(let vote, _, _), .void(let vote, _, _, _), .close(let vote, _, _): vote
        case .ballot(let ballot): ballot.vote
        case .count(let poster): poster.vote
        }
    }

    public var recordedAt: Timestamp? {
        switch self {
        case .open(_, _, let time), .void(_, _, _, let time), .close(_, _, let time): time
        case .ballot(let ballot): ballot.recordedAt
        case .count(let poster): poster.recordedAt
        }
    }
}
