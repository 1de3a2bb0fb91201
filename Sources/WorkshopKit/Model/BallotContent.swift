/// What one voter marked on a ballot: one case per kind of ballot.
///
/// The content is independent of where a ballot comes from (the ballot log, a paper count, a
/// pabulib or PrefLib file); a vote's method says which kind it expects and which limits apply
/// (`BallotRules`), a counting rule says how ballots of that kind are added up.
///
/// Written as text in the notation of `BallotNotation`: `P3:2 P19` (points), `P3 P19`
/// (approvals), `P3,P1=P7,P2` (a ranking with P1 and P7 tied second), `P3:4 P19:0` (scores),
/// `abstain`.
public enum BallotContent: Hashable, Sendable {
    /// Marks nothing: the ballot counts for turnout only.
    case abstain
    /// Dots or cumulative points per option, in the order written; each value is at least 1.
    case points([OptionValue])
    /// The options the voter supports (approval voting, or a participatory-budgeting selection).
    case approvals([ItemID])
    /// A ranking, best first; each element is a group of options tied at that place. A partial
    /// ranking leaves options out: they rank below every ranked option.
    case ranking([[ItemID]])
    /// A score per option (score or range voting); options left out were not scored.
    case scores([OptionValue])

    /// The kind of ballot this content is, or `nil` for an abstention (valid for every kind).
    public var kind: BallotKind? {
        switch self {
        case .abstain: nil
        case .points: .points
        case .approvals: .approvals
        case .ranking: .ranking
        case .scores: .scores
        }
    }

    /// Every option the ballot names, in the order written.
    public var options: [ItemID] {
        switch self {
        case .abstain: []
        case .points(let values), .scores(let values): values.map(\.option)
        case .approvals(let options): options
        case .ranking(let groups): groups.flatMap { $0 }
        }
    }
}

/// An option with a whole number on a ballot: dots given to it, or its score.
public struct OptionValue: Hashable, Sendable {
    public var option: ItemID
    public var value: Int

    public init(_ option: ItemID, _ value: Int) {
        self.option = option
        self.value = value
    }
}

/// The kinds of ballot a vote can collect.
public enum BallotKind: String, Sendable, CaseIterable {
    /// Points per option (dots, cumulative): `P3:2 P19`.
    case points
    /// Options marked (approval, a budget selection): `P3 P19`.
    case approvals
    /// A ranking with ties, best first: `P3,P1=P7,P2`.
    case ranking
    /// A score per option: `P3:4 P19:0`.
    case scores

    /// How a ballot of this kind is written, for messages.
    public var example: String {
        switch self {
        case .points: "P3:2 P19 (two dots on P3, one on P19)"
        case .approvals: "P3 P19"
        case .ranking: "P3,P1=P7,P2 (P3 first, P1 and P7 tied second, then P2)"
        case .scores: "P3:4 P19:0"
        }
    }
}
