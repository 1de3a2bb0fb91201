/// Everything the methods derive from a workspace, computed once: scores, vote tallies,
/// priority groups, the consolidation map and the budgets.
///
/// Renderers and commands read their scores, groups and budgets from an evaluation rather
/// than computing them again.
///
/// ```swift
/// let evaluation = Evaluation(workspace)
/// for project in evaluation.consolidatedList { print(project.id, evaluation.priorities[project.id]!.group) }
/// ```
public struct Evaluation: Sendable {
    public let workspace: Workspace
    public let ideaScores: [IdeaID: ItemScore]
    public let projectScores: [ProjectID: ItemScore]
    public let tallies: [VoteTally]
    /// Points per project from all votes, its ideas' points included.
    public let projectVotes: [ProjectID: Int]
    public let priorities: [ProjectID: PriorityAssignment]
    public let consolidation: ConsolidationMap
    public let budgets: [BudgetOverview]
    /// How many ratings were corrected by a later one.
    public let supersededRatings: Int
    /// How far the panel agrees on each criterion: Krippendorff's alpha (ordinal) over every
    /// idea and project rated by at least two raters; absent where it is not defined.
    public let agreement: [CriterionID: KrippendorffAlpha]
    /// The latest day a rating or ballot was recorded (the date of its `recorded_at`), if any says.
    public let lastRecorded: Day?
    /// The consolidated project list: by priority group, then theme (in process order), then project id.
    public let consolidatedList: [Project]

    public init(_ workspace: Workspace) {
        self.workspace = workspace
        let effective = Scoring.effectiveRatings(workspace.ratings)
        supersededRatings = workspace.ratings.count - effective.count
        lastRecorded = [Self.latestDay(workspace.ratings.lazy.map(\.recordedAt)), Self.latestDay(workspace.ballots.lazy.map(\.recordedAt))]
            .compactMap { $0 }.max()
        let ratingsByItem = Dictionary(grouping: effective, by: \.item)
        agreement = KrippendorffAlpha.panel(effective, criteria: workspace.criteria)
        let scoring = Scoring(criteria: workspace.criteria)

        var ideaScores: [IdeaID: ItemScore] = [:]
        for idea in workspace.ideas {
            ideaScores[idea.id] = scoring.score(ratingsByItem[ItemID(idea.id)] ?? [])
        }

        tallies = workspace.votes.map { VoteTally(vote: $0, ballots: workspace.ballots) }
        var pointsByItem: [ItemID: Int] = [:]
        for tally in tallies {
            for (item, points) in tally.points { pointsByItem[item, default: 0] += points }
        }

        var projectScores: [ProjectID: ItemScore] = [:]
        var projectVotes: [ProjectID: Int] = [:]
        var priorities: [ProjectID: PriorityAssignment] = [:]
        let prioritiser = Prioritiser(workspace.prioritisation)
        for project in workspace.projects {
            let items = [ItemID(project.id)] + project.ideas.map { ItemID($0) }
            let score = scoring.score(items.flatMap { ratingsByItem[$0] ?? [] })
            let votes = items.reduce(0) { $0 + (pointsByItem[$1] ?? 0) }
            projectScores[project.id] = score
            projectVotes[project.id] = votes
            priorities[project.id] = prioritiser.assign(project.id, score: score, votes: votes)
        }
        self.ideaScores = ideaScores
        self.projectScores = projectScores
        self.projectVotes = projectVotes
        self.priorities = priorities
        consolidation = ConsolidationMap(workspace: workspace)
        budgets = BudgetOverview.all(in: workspace)
        consolidatedList = Self.sorted(workspace.projects, themes: workspace.process.themes, priorities: priorities)
    }

    /// The latest calendar day among ISO 8601 timestamps (`2020-08-25T15:11:00+02:00`): the
    /// day as written, in the time zone the timestamp was recorded in.
    static func latestDay<Timestamps: Sequence<String>>(_ timestamps: Timestamps) -> Day? {
        var latest: Day?
        for timestamp in timestamps where timestamp.utf8.count >= 10 {
            guard let day = Day(String(timestamp.prefix(10))) else { continue }
            if latest.map({ day > $0 }) ?? true { latest = day }
        }
        return latest
    }

    private static func sorted(_ projects: [Project], themes: [Theme], priorities: [ProjectID: PriorityAssignment]) -> [Project] {
        let themeOrder = Dictionary(themes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        return projects.sorted { a, b in
            let groupA = priorities[a.id]?.group ?? .max
            let groupB = priorities[b.id]?.group ?? .max
            if groupA != groupB { return groupA < groupB }
            let themeA = themeOrder[a.theme] ?? .max
            let themeB = themeOrder[b.theme] ?? .max
            if themeA != themeB { return themeA < themeB }
            return a.id < b.id
        }
    }

    /// The latest status entry of a project (by date, then by file order).
    public func latestStatus(of project: ProjectID) -> StatusEntry? {
        workspace.status.enumerated()
            .filter { $0.element.project == project }
            .max { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }?
            .element
    }
}
