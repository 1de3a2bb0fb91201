/// `score`: the sum of the scores each option got, which orders the options, and their mean over
/// the ballots that scored it (options left out of a ballot were not scored by it).
public struct ScoreTally: CountingRule {
    public let name = RuleName.score

    public init() {}

    public func problem(with profile: BallotProfile) -> String? {
        profile.kind == .scores ? nil : "score counts score ballots, but these are \(profile.kind.ballotsNoun)"
    }

    public func count(_ profile: BallotProfile, progress: (Int, Int) -> Void) -> CountResult {
        let totals = OptionTotals(profile, measure: .score)
        let convention = "the sum of the scores given; the mean is over the ballots that scored the option"
        return CountResult(
            rule: name, parameters: [.scoreSum], ballots: profile.voters,
            outcome: .scores(totals.totals.map(Rational.init)),
            explanation: .totals(.init(convention: convention, rows: totals.rows(withMean: true))), tieBreak: TieBreak.sharedPlaces)
    }
}
