/// How projects are sorted into priority groups: a stated rule, and overrides with reasons.
public struct Prioritisation: Hashable, Sendable {
    /// Steps tried in order; the first step whose minimums a project meets gives its group.
    public var rule: [PriorityStep]
    /// Decisions that set a project's group regardless of the rule, each with a reason.
    public var overrides: [PriorityOverride]
    /// The vote whose points the rule's `votes` counts; `nil` adds up every vote with points
    /// per option (dots, cumulative, approval, budget).
    public var vote: VoteID?

    public init(rule: [PriorityStep], overrides: [PriorityOverride] = [], vote: VoteID? = nil) {
        self.rule = rule
        self.overrides = overrides
        self.vote = vote
    }

    /// The group numbers the rule can give, in order (1, 2, 3).
    public var groups: [Int] { Array(Set(rule.map(\.group) + overrides.map(\.group))).sorted() }

    /// A common default: group 1 needs both scores high, group 2 relevance, the rest go to group 3.
    public static let standard = Prioritisation(rule: [
        PriorityStep(group: 1, minimums: [.relevance: Hundredths(hundredths: 350), .potential: Hundredths(hundredths: 300)]),
        PriorityStep(group: 2, minimums: [.relevance: Hundredths(hundredths: 250)]),
        PriorityStep(group: 3, minimums: [:]),
    ])
}

/// One step of a priority rule: "group 1 when relevance ≥ 3.5 and potential ≥ 3.0".
public struct PriorityStep: Hashable, Sendable {
    public var group: Int
    /// Every measure named must reach its minimum; no minimums means every project qualifies.
    public var minimums: [Measure: Hundredths]

    public init(group: Int, minimums: [Measure: Hundredths]) {
        self.group = group
        self.minimums = minimums
    }

    /// The minimums in a fixed order, for display.
    public var orderedMinimums: [(measure: Measure, minimum: Hundredths)] {
        Measure.allCases.compactMap { measure in minimums[measure].map { (measure, $0) } }
    }

    /// What a rule step can ask of a project.
    public enum Measure: String, Sendable, CaseIterable, JSONEnum {
        /// The weighted relevance score, as printed (two decimals).
        case relevance
        /// The weighted potential score, as printed (two decimals).
        case potential
        /// Points or approvals the project and its ideas received: in the vote the prioritisation
        /// names, or else in all votes with points.
        case votes
    }
}

/// A recorded decision to put a project in a group other than the rule gives.
public struct PriorityOverride: Hashable, Sendable {
    public var project: ProjectID
    public var group: Int
    public var reason: String
    /// Who decided (a body such as "AK", or a participant).
    public var decidedBy: String
    public var date: Day

    public init(project: ProjectID, group: Int, reason: String, decidedBy: String, date: Day) {
        self.project = project
        self.group = group
        self.reason = reason
        self.decidedBy = decidedBy
        self.date = date
    }
}
