/// `approval`: how many ballots support each option: approved, given points, ranked, or scored
/// above zero. How many options a voter may approve is a rule of the ballot, not of the count.
public struct ApprovalTally: CountingRule {
    public let name = RuleName.approval

    public init() {}

    public func problem(with profile: BallotProfile) -> String? { nil }

    public func count(_ profile: BallotProfile, progress: (Int, Int) -> Void) -> CountResult {
        let totals = OptionTotals(profile, measure: .approval)
        let support = CountParameter.approvalSupport(profile.kind)
        return CountResult(
            rule: name, parameters: [support], ballots: profile.voters,
            outcome: .scores(totals.totals.map(Rational.init)),
            explanation: .totals(.init(convention: support.value, rows: totals.rows(withMean: false))), tieBreak: TieBreak.sharedPlaces)
    }
}
