/// `points`: adds up the points each ballot gives each option: dots and cumulative points as
/// given, 1 per approval, and on rankings the place points the vote implies (the first place
/// gets `placePoints`, each later place one less: 3-2-1 on Kraków's top-3 ballots).
public struct PointsTally: CountingRule {
    public let name = RuleName.points

    public init() {}

    public func problem(with profile: BallotProfile) -> String? {
        switch profile.kind {
        case .scores: "score ballots may give zero or less, which are not points; count them with 'score'"
        case .ranking where profile.hasTies:
            "some rankings tie options at one place, which has no place points; count them with borda or a pairwise rule"
        default: nil
        }
    }

    public func count(_ profile: BallotProfile, progress: (Int, Int) -> Void) -> CountResult {
        let totals = OptionTotals(profile, measure: .points)
        let points = CountParameter.points(profile.kind, placePoints: profile.placePoints)
        var parameters = [points]
        if profile.posterCounts > 0 {
            parameters.append(.posterPoints(points: profile.posterPoints.reduce(0, +), counts: profile.posterCounts))
        }
        return CountResult(
            rule: name, parameters: parameters, ballots: profile.voters,
            outcome: .scores(totals.totals.map(Rational.init)),
            explanation: .totals(.init(convention: points.value, rows: totals.rows(withMean: false))), tieBreak: TieBreak.sharedPlaces)
    }
}
