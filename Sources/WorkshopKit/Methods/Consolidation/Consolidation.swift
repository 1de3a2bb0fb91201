/// Merging idea sheets into projects of the consolidated list.
public enum Consolidation {
    /// What went wrong when merging, with what to do about it.
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        case unknownIdea(IdeaID, known: [IdeaID])
        case ideaSetAside(IdeaID, reason: String)
        case unknownTheme(ThemeID, known: [ThemeID])
        case idClash(ProjectID)
        case noIdeas
        case missingTitle(ProjectID)

        public var description: String {
            switch self {
            case .unknownIdea(let id, let known):
                "unknown idea '\(id)'\(Suggestion.didYouMean(id.rawValue, among: known.map(\.rawValue))); ideas: \(Suggestion.list(known.map(\.rawValue)))"
            case .ideaSetAside(let id, let reason):
                "idea \(id) was set aside (\(reason)); reopen it first"
            case .unknownTheme(let id, let known):
                "unknown theme '\(id)'\(Suggestion.didYouMean(id.rawValue, among: known.map(\.rawValue))); themes: \(Suggestion.list(known.map(\.rawValue)))"
            case .idClash(let id):
                "'\(id)' is already the id of an idea; choose another project id"
            case .noIdeas:
                "name at least one idea to merge"
            case .missingTitle(let id):
                "project \(id) is new; give it a --title (and a --theme unless all its ideas share one)"
            }
        }
    }

    /// Merges ideas into a project, creating the project when it does not exist yet.
    ///
    /// A new project takes its theme from `theme`, or from its ideas when they share one.
    /// Ideas already in the project are not added twice.
    /// - Returns: the project as it now stands.
    /// - Throws: `Problem` when an idea or theme is unknown or an idea was set aside.
    @discardableResult
    public static func merge(
        _ ideas: [IdeaID], into projectID: ProjectID, title: String? = nil, theme: ThemeID? = nil,
        in workspace: inout Workspace
    ) throws(Problem) -> Project {
        guard !ideas.isEmpty else { throw .noIdeas }
        let known = workspace.ideas.map(\.id).sorted()
        for id in ideas {
            guard let idea = workspace.idea(id) else { throw .unknownIdea(id, known: known) }
            if let reason = idea.setAside { throw .ideaSetAside(id, reason: reason) }
        }
        if let theme, workspace.process.theme(theme) == nil {
            throw .unknownTheme(theme, known: workspace.process.themes.map(\.id))
        }
        if let index = workspace.projects.firstIndex(where: { $0.id == projectID }) {
            for id in ideas where !workspace.projects[index].ideas.contains(id) {
                workspace.projects[index].ideas.append(id)
            }
            if let title { workspace.projects[index].title = title }
            if let theme { workspace.projects[index].theme = theme }
            return workspace.projects[index]
        }
        if workspace.ideas.contains(where: { $0.id.rawValue == projectID.rawValue }) { throw .idClash(projectID) }
        let themes = Set(ideas.compactMap { workspace.idea($0)?.theme })
        guard let title, let projectTheme = theme ?? (themes.count == 1 ? themes.first : nil) else {
            throw .missingTitle(projectID)
        }
        let project = Project(id: projectID, title: title, theme: projectTheme, ideas: ideas)
        workspace.projects.append(project)
        workspace.projects.sort { $0.id < $1.id }
        return project
    }

    /// Sets an idea aside with a reason, so the consolidation map shows why it went nowhere.
    public static func setAside(_ id: IdeaID, reason: String, in workspace: inout Workspace) throws(Problem) {
        guard let index = workspace.ideas.firstIndex(where: { $0.id == id }) else {
            throw .unknownIdea(id, known: workspace.ideas.map(\.id).sorted())
        }
        for projectIndex in workspace.projects.indices {
            workspace.projects[projectIndex].ideas.removeAll { $0 == id }
        }
        workspace.ideas[index].setAside = reason
    }

    /// Takes a set-aside idea back into the open ideas.
    public static func reopen(_ id: IdeaID, in workspace: inout Workspace) throws(Problem) {
        guard let index = workspace.ideas.firstIndex(where: { $0.id == id }) else {
            throw .unknownIdea(id, known: workspace.ideas.map(\.id).sorted())
        }
        workspace.ideas[index].setAside = nil
    }
}
