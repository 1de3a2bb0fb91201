/// Which idea went into which project, both ways, and which ideas are still open.
///
/// Every idea is in exactly one of three states: merged into one or more projects, set
/// aside with a reason, or open (not yet consolidated).
public struct ConsolidationMap: Sendable, Hashable {
    /// For each idea, the projects it was merged into (in project order).
    public var projectsByIdea: [IdeaID: [ProjectID]]
    /// For each project, the ideas merged into it (as listed in the project).
    public var ideasByProject: [ProjectID: [IdeaID]]
    /// Ideas in no project and not set aside, in idea order.
    public var open: [IdeaID]
    /// Ideas set aside, in idea order.
    public var setAside: [IdeaID]

    public init(workspace: Workspace) {
        var projectsByIdea: [IdeaID: [ProjectID]] = [:]
        var ideasByProject: [ProjectID: [IdeaID]] = [:]
        for project in workspace.projects.sorted(by: { $0.id < $1.id }) {
            ideasByProject[project.id] = project.ideas
            for idea in project.ideas { projectsByIdea[idea, default: []].append(project.id) }
        }
        let ideas = workspace.ideas.sorted { $0.id < $1.id }
        self.projectsByIdea = projectsByIdea
        self.ideasByProject = ideasByProject
        self.open = ideas.filter { projectsByIdea[$0.id] == nil && $0.setAside == nil }.map(\.id)
        self.setAside = ideas.filter { $0.setAside != nil }.map(\.id)
    }
}
