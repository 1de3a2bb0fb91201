/// What log records are checked against: the ids the definition files know and the votes'
/// rules. When a definition file has errors of its own its list may be incomplete, so
/// references into it are not checked (one broken file, one message).
struct LogContext {
    let participants: Set<ParticipantID>
    let items: Set<ItemID>
    /// What may be rated: ideas, projects and themes.
    let ratedItems: Set<ItemID>
    let criteria: [CriterionID: Criterion]
    let votes: [VoteID: Vote]
    let tokens: [VoteID: TokenList]
    /// Each project's cost from budget.json, for budget votes without costs of their own.
    let projectCosts: [ItemID: Money]
    let unreliable: Set<WorkspaceFile>

    init(_ workspace: Workspace, tokens: [VoteID: TokenList] = [:], unreliable: Set<WorkspaceFile> = []) {
        participants = Set(workspace.participants.map(\.id))
        items = Set(workspace.ideas.map { ItemID($0.id) } + workspace.projects.map { ItemID($0.id) })
        ratedItems = items.union(workspace.process.themes.map { ItemID(rawValue: $0.id.rawValue) })
        criteria = Dictionary(workspace.criteria.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        votes = Dictionary(workspace.votes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.tokens = tokens
        projectCosts = workspace.projectCosts
        self.unreliable = unreliable
    }

    /// Why `text` in column `column` is not a usable id of a known thing, or `nil` when it is
    /// (or when the file defining those things is unreliable).
    func problem<ID: Identifier>(
        _ text: String, as type: ID.Type, column: String, known: Set<ID>, definedIn files: [WorkspaceFile], context: String
    ) -> String? {
        if let problem = ID.problem(with: text) { return "\(column): \(problem)" }
        let id = ID(rawValue: text)
        guard !known.contains(id), unreliable.isDisjoint(with: files) else { return nil }
        return ReferenceCheck.unknown(id, among: known, definedIn: files, context: context)
    }

    /// The costs a budget vote's ballots are checked against.
    func costs(of vote: Vote) -> [ItemID: Money] {
        guard case .budget(_, let given) = vote.method else { return [:] }
        return given.isEmpty ? projectCosts : given
    }
}
