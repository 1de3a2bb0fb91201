extension Workspace {
    /// The items a sheet or a session offers by default: the ideas not set aside, as listed,
    /// then the projects.
    public var defaultRatedItems: [ItemID] {
        ideas.filter { $0.setAside == nil }.map { ItemID($0.id) } + projects.map { ItemID($0.id) }
    }

    /// What a rated item is, its title and its theme's name: an idea, a project, or a theme
    /// (looked up in that order); `nil` when the id names none of them.
    public func ratedItem(_ item: ItemID) -> (kind: ItemKind, title: String, theme: String)? {
        func themeName(_ id: ThemeID) -> String { process.theme(id)?.name ?? id.rawValue }
        if let idea = idea(IdeaID(item.rawValue)) { return (.idea, idea.title, themeName(idea.theme)) }
        if let project = project(ProjectID(item.rawValue)) { return (.project, project.title, themeName(project.theme)) }
        if let theme = process.theme(ThemeID(item.rawValue)) { return (.theme, theme.name, theme.name) }
        return nil
    }
}
