/// One round of voting: what is on the ballot and how ballots are filled in.
public struct Vote: Hashable, Sendable, Identifiable {
    public var id: VoteID
    public var title: String
    /// The workshop the vote was held in, if any.
    public var workshop: WorkshopID?
    public var method: VotingMethod
    /// The ideas or projects on the ballot, in ballot order.
    public var options: [ItemID]
    /// For `dots`: how many dots each voter may place in all.
    public var dotsPerVoter: Int?
    /// For `dots`: how many dots one option may take from one voter (cumulation limit).
    public var maximumPerOption: Int?
    /// For `approval`: how many options one voter may approve at most; `nil` for no limit.
    public var maximumApprovals: Int?
    public var source: String?

    public init(
        id: VoteID, title: String, workshop: WorkshopID? = nil, method: VotingMethod, options: [ItemID],
        dotsPerVoter: Int? = nil, maximumPerOption: Int? = nil, maximumApprovals: Int? = nil, source: String? = nil
    ) {
        self.id = id
        self.title = title
        self.workshop = workshop
        self.method = method
        self.options = options
        self.dotsPerVoter = dotsPerVoter
        self.maximumPerOption = maximumPerOption
        self.maximumApprovals = maximumApprovals
        self.source = source
    }
}

/// How a ballot is filled in and counted.
public enum VotingMethod: String, Sendable, CaseIterable, JSONEnum {
    /// Dot voting: each voter places a fixed number of dots, several on one option if allowed.
    case dots
    /// Approval: each voter marks the options they support; each mark counts one.
    case approval
}
