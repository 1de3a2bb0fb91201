extension BallotKind {
    /// The ballots of this kind, as results and messages name them: "approval ballots", "rankings".
    public var ballotsNoun: String {
        switch self {
        case .points: "points ballots"
        case .approvals: "approval ballots"
        case .ranking: "rankings"
        case .scores: "score ballots"
        }
    }
}
