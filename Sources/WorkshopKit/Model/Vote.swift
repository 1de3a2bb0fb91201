/// One round of voting: what is on the ballot, how a ballot is filled in, who may vote.
public struct Vote: Hashable, Sendable, Identifiable {
    public var id: VoteID
    public var title: String
    /// The workshop the vote was held in, if any.
    public var workshop: WorkshopID?
    /// How a ballot is filled in, with the method's limits.
    public var method: VotingMethod
    /// The ideas or projects on the ballot, in ballot order.
    public var options: [ItemID]
    /// The rule that counts the ballots, when the vote names one; `nil` for the method's plain
    /// addition (points, approvals, scores).
    public var rule: RuleName?
    /// Who votes: named participants, token holders or anonymous voters.
    public var voters: VoterMode
    /// How finely ballots are timestamped; `nil` for the default (`recordedPrecision`).
    public var timestamps: TimestampPrecision?
    public var source: String?

    public init(
        id: VoteID, title: String, workshop: WorkshopID? = nil, method: VotingMethod, options: [ItemID],
        rule: RuleName? = nil, voters: VoterMode = .named, timestamps: TimestampPrecision? = nil, source: String? = nil
    ) {
        self.id = id
        self.title = title
        self.workshop = workshop
        self.method = method
        self.options = options
        self.rule = rule
        self.voters = voters
        self.timestamps = timestamps
        self.source = source
    }

    /// The precision ballots are recorded at: as the vote says, else to the second for named
    /// voters and to the day otherwise, so an anonymous ballot cannot be matched to the queue.
    public var recordedPrecision: TimestampPrecision { timestamps ?? (voters == .named ? .second : .day) }

    /// The kind of ballot the vote collects.
    public var ballotKind: BallotKind { method.ballotKind }
}
