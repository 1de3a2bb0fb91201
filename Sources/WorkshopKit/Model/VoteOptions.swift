/// Where a new vote's options come from: listed one by one, every project of the consolidated
/// list, or every idea of a theme that was not set aside.
public enum VoteOptions: Hashable, Sendable {
    /// The ideas or projects given, in ballot order.
    case given([ItemID])
    /// Every project in projects.json, in its order.
    case allProjects
    /// Every idea of the theme in ideas.json that was not set aside, in its order.
    case ideas(of: ThemeID)

    /// The options in `workspace`, in ballot order.
    /// - Throws: `.refused` when there are none, or the theme is unknown.
    public func items(in workspace: Workspace) throws(WorkspaceError) -> [ItemID] {
        switch self {
        case .given(let items): return items
        case .allProjects:
            if workspace.projects.isEmpty { throw .refused("projects.json lists no projects yet; consolidate ideas into projects first, or name the options with --option") }
            return workspace.projects.map { ItemID(rawValue: $0.id.rawValue) }
        case .ideas(let theme):
            guard workspace.process.theme(theme) != nil else {
                let themes = workspace.process.themes.map(\.id.rawValue)
                throw .refused("unknown theme '\(theme)'\(Suggestion.didYouMean(theme.rawValue, among: themes)); themes in process.json: \(Suggestion.list(themes))")
            }
            let ideas = workspace.ideas.filter { $0.theme == theme && $0.setAside == nil }
            if ideas.isEmpty { throw .refused("theme \(theme) has no ideas that were not set aside; add ideas first, or name the options with --option") }
            return ideas.map { ItemID(rawValue: $0.id.rawValue) }
        }
    }
}
