/// The files of a workspace folder (`Workshops/<process>/`).
///
/// Definitions are pretty JSON with sorted keys, one object per file holding a list under
/// the key `listKey`, and an optional `"note"` on where the data comes from. Ratings and
/// ballots are append-only CSV logs. Only `process.json` is required; a missing file counts
/// as an empty list (or, for `prioritisation.json`, the standard rule).
public enum WorkspaceFile: String, Sendable, CaseIterable, Comparable {
    case process = "process.json"
    case participants = "participants.json"
    case workshops = "workshops.json"
    case criteria = "criteria.json"
    case ideas = "ideas.json"
    case projects = "projects.json"
    case prioritisation = "prioritisation.json"
    case votes = "votes.json"
    case budget = "budget.json"
    case funding = "funding.json"
    case status = "status.json"
    case milestones = "milestones.json"
    case decisions = "decisions.json"
    case posts = "posts.json"
    case ratings = "ratings.csv"
    case ballots = "ballots.csv"

    /// The key holding the file's list, for list files.
    public var listKey: String? {
        switch self {
        case .participants: "participants"
        case .workshops: "workshops"
        case .criteria: "criteria"
        case .ideas: "ideas"
        case .projects: "projects"
        case .votes: "votes"
        case .budget: "lines"
        case .status: "entries"
        case .milestones: "milestones"
        case .decisions: "decisions"
        case .posts: "posts"
        case .process, .prioritisation, .funding, .ratings, .ballots: nil
        }
    }

    public var isLog: Bool { self == .ratings || self == .ballots }

    /// Every file but the logs: what a command that needs no rating or ballot reads.
    public static let definitions = Set(allCases.filter { !$0.isLog })

    /// The files whose ids this file's content names.
    public var references: Set<WorkspaceFile> {
        switch self {
        case .process, .criteria, .decisions: []
        case .participants: [.process]
        case .workshops: [.process, .participants]
        case .ideas: [.process, .workshops]
        case .projects: [.process, .ideas]
        case .prioritisation: [.projects, .criteria, .votes]
        case .votes: [.workshops, .ideas, .projects, .budget]
        case .budget, .status, .milestones: [.projects]
        case .funding, .posts: [.process, .projects]
        case .ratings: [.participants, .ideas, .projects, .criteria]
        case .ballots: [.votes, .participants, .budget, .projects]
        }
    }

    /// The definition files a change to `files` must read to check itself: the files, those
    /// that refer to them, and everything either refers to. Never the logs.
    public static func closure(of files: Set<WorkspaceFile>) -> Set<WorkspaceFile> {
        var result = files.union(definitions.filter { !$0.references.isDisjoint(with: files) })
        for file in result { result.formUnion(file.references) }
        return result.union([.process]).intersection(definitions)
    }

    public static func < (lhs: WorkspaceFile, rhs: WorkspaceFile) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
