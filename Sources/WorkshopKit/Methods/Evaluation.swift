/// Everything the methods derive from a workspace, computed once: scores, vote results,
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
    /// Scores of the themes rated as items (the seeds score the Tourismus theme on the same
    /// criteria); only themes with ratings.
    public let themeScores: [ThemeID: ItemScore]
    /// Every vote counted by its rule from the ballot log, in votes.json's order: what
    /// `vote --results`, votes.csv, votes.md, the report and the paper show.
    public let voteResults: [VoteResult]
    /// Points per project, its ideas' points included: from the vote prioritisation.json names,
    /// or else from every vote with points per option (dots, cumulative, approval, budget).
    public let projectVotes: [ProjectID: Int]
    public let priorities: [ProjectID: PriorityAssignment]
    public let consolidation: ConsolidationMap
    public let budgets: [BudgetOverview]
    /// How many ratings were corrected by a later one.
    public let supersededRatings: Int
    /// How far the panel agrees on each criterion: Krippendorff's alpha (ordinal) over every
    /// idea and project rated by at least two raters; absent where it is not defined.
    public let agreement: [CriterionID: KrippendorffAlpha]
    /// The latest day a record of the logs was written on (the date of its `recorded_at`), if any says.
    public let lastRecorded: Day?
    /// The consolidated project list: by priority group, then theme (in process order), then project id.
    public let consolidatedList: [Project]

    /// Each project's latest status entry.
    private let latestStatusByProject: [ProjectID: StatusEntry]

    /// Evaluates a workspace: indexes its ratings by item and its definitions by id once
    /// (`Workspace.indexed()`), then scores every idea and project, counts every vote, applies
    /// the priority rule and adds up the budgets.
    /// - Complexity: O(*r* + *b* + *n*) in the ratings that count, the marks on counted
    ///   ballots and the definitions.
    public init(_ source: Workspace) {
        let workspace = source.indexed()
        self.workspace = workspace
        let ratings = workspace.ratings
        supersededRatings = ratings.superseded
        lastRecorded = [ratings.lastRecorded, workspace.ballots.lastRecorded].compactMap { $0 }.max()
        agreement = KrippendorffAlpha.panel(ratings, criteria: workspace.criteria)
        let (starts, order) = ratings.groupedByItem()
        func positions(_ item: ItemID) -> ArraySlice<Int32>? {
            guard let index = ratings.itemIndex(item).map(Int.init) else { return nil }
            return order[starts[index]..<starts[index + 1]]
        }
        let scoring = Scoring(criteria: workspace.criteria)

        var ideaScores: [IdeaID: ItemScore] = [:]
        for idea in workspace.ideas {
            ideaScores[idea.id] = scoring.score(ratings, positions: positions(ItemID(idea.id)).map { [$0] } ?? [])
        }

        var themeScores: [ThemeID: ItemScore] = [:]
        for theme in workspace.process.themes {
            let item = ItemID(rawValue: theme.id.rawValue)
            guard workspace.ratedItem(item)?.kind == .theme, let slice = positions(item) else { continue }
            themeScores[theme.id] = scoring.score(ratings, positions: [slice])
        }
        self.themeScores = themeScores

        voteResults = workspace.votes.map { VoteResult($0, in: workspace) }
        // The votes a priority rule counts: the one it names, or every vote with points.
        var pointsByItem: [ItemID: Int] = [:]
        for result in voteResults where workspace.prioritisation.vote.map({ $0 == result.vote.id }) ?? true {
            for (item, points) in result.points ?? [:] { pointsByItem[item, default: 0] += points }
        }

        var projectScores: [ProjectID: ItemScore] = [:]
        var projectVotes: [ProjectID: Int] = [:]
        var priorities: [ProjectID: PriorityAssignment] = [:]
        let prioritiser = Prioritiser(workspace.prioritisation)
        for project in workspace.projects {
            let items = [ItemID(project.id)] + project.ideas.map { ItemID($0) }
            let score = scoring.score(ratings, positions: items.compactMap(positions))
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
        var latest: [ProjectID: (entry: StatusEntry, offset: Int)] = [:]
        for (offset, entry) in workspace.status.enumerated() {
            if let current = latest[entry.project], (current.entry.date, current.offset) > (entry.date, offset) { continue }
            latest[entry.project] = (entry, offset)
        }
        latestStatusByProject = latest.mapValues(\.entry)
    }

    /// The contents of the ballots that count in `vote`, in the order recorded: what a
    /// counting rule beyond addition (Borda, Schulze, equal shares) works from.
    public func ballots(in vote: VoteID) -> [BallotContent] { workspace.ballots.contents(in: vote) }

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
    public func latestStatus(of project: ProjectID) -> StatusEntry? { latestStatusByProject[project] }
}
