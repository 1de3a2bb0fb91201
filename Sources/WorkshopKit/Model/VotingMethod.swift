/// How a ballot is filled in, with the limits of each method.
public enum VotingMethod: Hashable, Sendable {
    /// Dot voting: each voter places up to `perVoter` dots, at most `perOption` on one option.
    case dots(perVoter: Int, perOption: Int?)
    /// Cumulative voting: `points` to distribute, at most `perOption` on one option; with
    /// `useAll` a ballot must give away every point.
    case cumulative(points: Int, perOption: Int?, useAll: Bool)
    /// Approval: each voter marks the options they support, between `minimum` and `maximum`.
    case approval(minimum: Int?, maximum: Int?)
    /// Score (range) voting: each option the voter scores gets a whole number in
    /// `minimum…maximum`; options may be left unscored.
    case score(minimum: Int, maximum: Int)
    /// Ranked ballots, best first: at most `length` options ranked (`nil`: all), ties only
    /// where `ties` allows them.
    case ranked(length: Int?, ties: Bool)
    /// Participatory budgeting: a selection of options whose costs add up to at most `limit`.
    /// `costs` gives each option's cost; when empty, each option is a project and costs what
    /// its lines in budget.json add up to.
    case budget(limit: Money, costs: [ItemID: Money])

    /// The method's name, as votes.json writes it.
    public enum Name: String, Sendable, CaseIterable, JSONEnum {
        case dots, cumulative, approval, score, ranked, budget
    }

    public var name: Name {
        switch self {
        case .dots: .dots
        case .cumulative: .cumulative
        case .approval: .approval
        case .score: .score
        case .ranked: .ranked
        case .budget: .budget
        }
    }

    /// The kind of ballot the method collects.
    public var ballotKind: BallotKind {
        switch self {
        case .dots, .cumulative: .points
        case .approval, .budget: .approvals
        case .score: .scores
        case .ranked: .ranking
        }
    }

    /// Whether its outcome is points per option that can be added across votes (dots,
    /// cumulative points, approvals, a budget selection): what a priority rule's `votes` counts.
    public var isPointsLike: Bool {
        switch self {
        case .dots, .cumulative, .approval, .budget: true
        case .score, .ranked: false
        }
    }
}
