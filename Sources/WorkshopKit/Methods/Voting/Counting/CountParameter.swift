/// One setting a count used: a closed set of kinds, with the values that vary carried as data.
///
/// `name` and `value` are the English text that `workshop count` prints and its JSON and CSV
/// carry; an export in another language renders its own text from the same case
/// (`Labels.countParameter(_:numbers:)`).
public enum CountParameter: Sendable, Hashable {
    /// `points`: what a points count adds up for ballots of `kind` (rankings: `placePoints` for the first place).
    case points(BallotKind, placePoints: Int)
    /// `poster_points`: `points` of the totals come from `counts` poster counts.
    case posterPoints(points: Int, counts: Int)
    /// `support` of an approval count: what makes a ballot support an option.
    case approvalSupport(BallotKind)
    /// `budget`: the money to spend.
    case budget(Rational)
    /// `support` of a greedy budget rule: approvals, or what a points count adds up.
    case greedySupport(BallotKind, placePoints: Int)
    /// `order`: by support per unit of cost.
    case supportPerCost
    /// `stop`: at the first project that does not fit.
    case stopAtFirstMisfit
    /// `minimum support`: the least support a funded project needs.
    case minimumSupport(Rational)
    /// `utilities`: a voter gains a supported project's cost.
    case costUtilities
    /// `budget per voter`: each voter's share of the budget.
    case budgetPerVoter(Rational)
    /// `completion`: each voter's budget raised `increments` times by 1, then greedy by supporters.
    case completion(increments: Int)
    /// `link strength`: winning votes.
    case winningVotes
    /// `unranked options`: tie below every ranked one.
    case unrankedBelowRanked
    /// `comparisons`: only between options a ballot names.
    case namedComparisons
    /// `ranking`: Schulze with winning votes.
    case schulzeRanking
    /// `first places`: tied first places share the vote equally.
    case sharedFirstPlaces
    /// `defeat strength`: the margin.
    case marginDefeats
    /// `order`: by the sum of scores.
    case scoreSum
    /// `scoring`: symmetric Borda, unranked options tie at the bottom.
    case symmetricBorda
    /// `score`: wins + ½ × ties.
    case copelandScore
    /// `majority`: more than half of the votes of continuing options.
    case runoffMajority
    /// `elimination ties`: all options tied for fewest are eliminated together.
    case eliminatedTogether

    /// The parameter's name in English, as `workshop count` and its JSON and CSV write it.
    public var name: String {
        switch self {
        case .points: "points"
        case .posterPoints: "poster_points"
        case .approvalSupport, .greedySupport: "support"
        case .budget: "budget"
        case .supportPerCost, .scoreSum: "order"
        case .stopAtFirstMisfit: "stop"
        case .minimumSupport: "minimum support"
        case .costUtilities: "utilities"
        case .budgetPerVoter: "budget per voter"
        case .completion: "completion"
        case .winningVotes: "link strength"
        case .unrankedBelowRanked: "unranked options"
        case .namedComparisons: "comparisons"
        case .schulzeRanking: "ranking"
        case .sharedFirstPlaces: "first places"
        case .marginDefeats: "defeat strength"
        case .symmetricBorda: "scoring"
        case .copelandScore: "score"
        case .runoffMajority: "majority"
        case .eliminatedTogether: "elimination ties"
        }
    }

    /// The parameter's value in English, exact, as `workshop count` and its JSON and CSV write it.
    public var value: String {
        switch self {
        case .points(let kind, let placePoints): Self.pointsConvention(kind, placePoints: placePoints)
        case .posterPoints(let points, let counts): "\(points) points come from \(counts) poster count(s), to which per-voter rules do not apply"
        case .approvalSupport(.approvals): "each approval counts 1"
        case .approvalSupport(.points): "each option given points counts 1, however many points"
        case .approvalSupport(.ranking): "each option ranked counts 1, whatever its place"
        case .approvalSupport(.scores): "each option scored above zero counts 1"
        case .budget(let amount), .minimumSupport(let amount), .budgetPerVoter(let amount): amount.exactText
        case .greedySupport(.approvals, _): "approvals"
        case .greedySupport(let kind, let placePoints): Self.pointsConvention(kind, placePoints: placePoints)
        case .supportPerCost: "support per unit of cost"
        case .stopAtFirstMisfit: "at the first project that does not fit"
        case .costUtilities: "cost (a voter gains a supported project's cost)"
        case .completion(let increments): "raise each voter's budget by 1 while the outcome fits (+\(increments)), then greedy by supporters"
        case .winningVotes: "winning votes"
        case .unrankedBelowRanked: "tie below every ranked one"
        case .namedComparisons: "only between options a ballot names"
        case .schulzeRanking: "Schulze, winning votes"
        case .sharedFirstPlaces: "tied first places share the vote equally"
        case .marginDefeats: "margin"
        case .scoreSum: "by sum of scores"
        case .symmetricBorda: "symmetric (unranked options tie at the bottom)"
        case .copelandScore: "wins + ½ × ties"
        case .runoffMajority: "more than half of the votes of continuing options"
        case .eliminatedTogether: "all options tied for fewest are eliminated together"
        }
    }

    /// What a points count means for ballots of `kind`, in English.
    static func pointsConvention(_ kind: BallotKind, placePoints: Int) -> String {
        switch kind {
        case .approvals: "each approval counts 1 point"
        case .points: "the points each ballot gives"
        case .scores: "the scores each ballot gives"
        case .ranking: "place points: the first place gets \(placePoints), each later place one less" + (placeSeries(placePoints).map { " (\($0))" } ?? "")
        }
    }

    /// `3-2-1`: the place points spelled out, for up to 6 places.
    static func placeSeries(_ placePoints: Int) -> String? {
        placePoints <= 6 ? (1...max(1, placePoints)).reversed().map(String.init).joined(separator: "-") : nil
    }
}
