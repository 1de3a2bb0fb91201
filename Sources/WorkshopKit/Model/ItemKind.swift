/// What an item that is rated is: an idea, a project, or a theme (the seeds score the
/// Tourismus theme on the same criteria as ideas, before any idea exists).
public enum ItemKind: String, Sendable, Hashable, CaseIterable {
    case idea, project, theme
}
