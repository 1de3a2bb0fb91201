/// A workspace's ideas and projects by id, and its budget lines, milestones and status entries
/// by project: built once for a workspace that is read many times (an evaluation and every
/// export made from it), so that a lookup costs O(1) rather than a scan of the whole list.
///
/// Positions are indexes into the workspace's arrays, in file order; an id given twice finds
/// its first entry, as a scan would. A workspace drops its lookup when any of these arrays
/// changes (see `Workspace.indexed()`).
struct WorkspaceLookup: Sendable {
    let ideas: [IdeaID: Int]
    let projects: [ProjectID: Int]
    let budget: [ProjectID: [Int]]
    let milestones: [ProjectID: [Int]]
    let status: [ProjectID: [Int]]

    /// - Complexity: O(*n*) in the entries of the arrays indexed.
    init(_ workspace: Workspace) {
        ideas = Self.first(workspace.ideas.map(\.id))
        projects = Self.first(workspace.projects.map(\.id))
        budget = Self.all(workspace.budget.map(\.project))
        milestones = Self.all(workspace.milestones.map(\.project))
        status = Self.all(workspace.status.map(\.project))
    }

    private static func first<Key: Hashable>(_ keys: [Key]) -> [Key: Int] {
        Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private static func all<Key: Hashable>(_ keys: [Key?]) -> [Key: [Int]] {
        var positions: [Key: [Int]] = [:]
        for (position, key) in keys.enumerated() {
            if let key { positions[key, default: []].append(position) }
        }
        return positions
    }
}
