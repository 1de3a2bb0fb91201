/// Says what in an export rests on the sources and what was reconstructed or made up, from
/// each file's `"provenance"` and each idea's `source`.
///
/// A part of an export (the assessment, the budget) takes the least certain provenance of the
/// files it is made from; a file that states none is not named. Ideas are judged one by one:
/// an idea with a `source` counts as taken from it, the others as their file says.
public struct ProvenanceNotes: Sendable {
    public let context: ExportContext

    public init(_ context: ExportContext) {
        self.context = context
    }

    private var language: Language { context.process.language }
    private func text(_ key: OfficeText) -> String { key.text(language) }

    /// A part of an export and the files it is made from.
    public enum Part: Sendable, CaseIterable {
        case ideas, assessment, votes, priority, brief, budget, funding, status, milestones, scores, rule

        var files: [WorkspaceFile] {
            switch self {
            case .ideas: [.ideas]
            case .assessment, .scores: [.ratings, .criteria]
            case .votes: [.ballots, .votes]
            case .priority, .rule: [.prioritisation]
            case .brief: [.projects]
            case .budget: [.budget]
            case .funding: [.funding]
            case .status: [.status]
            case .milestones: [.milestones]
            }
        }

        var label: OfficeText {
            switch self {
            case .ideas: .partIdeas
            case .assessment: .partAssessment
            case .votes: .partVotes
            case .priority: .partPriority
            case .brief: .partBrief
            case .budget: .partBudget
            case .funding: .partFunding
            case .status: .partStatus
            case .milestones: .partMilestones
            case .scores: .partScores
            case .rule: .partRule
            }
        }
    }

    /// The least certain provenance among `files`; `nil` when none of them states one.
    public func provenance(of files: [WorkspaceFile]) -> Provenance? {
        let stated = files.compactMap { context.workspace.provenance[$0] }
        if stated.contains(.illustrative) { return .illustrative }
        if stated.contains(.reconstructed) { return .reconstructed }
        return stated.first
    }

    /// The heading's anchor in index.md: `quellen-und-annahmen`.
    public var anchor: String { Self.slug(text(.sourcesAndAssumptions)) }

    /// A link to the section in index.md, relative to a file `depth` folders below the export's top.
    public func link(depth: Int = 0) -> String {
        let prefix = String(repeating: "../", count: depth)
        return "[\(MarkdownText.inline(text(.sourcesAndAssumptions)))](\(prefix)index.md#\(anchor))"
    }

    /// The word for `files` when they are not wholly from the sources: "Illustrativ" or
    /// "Rekonstruiert"; `nil` when they are, or when none of them states a provenance.
    public func remarkWord(_ files: [WorkspaceFile]) -> String? {
        guard let provenance = provenance(of: files), provenance != .sources else { return nil }
        return provenance == .illustrative ? text(.illustrativeParts) : text(.reconstructedParts)
    }

    /// A line under a section made from `files` that are not wholly from the sources:
    /// "*Rekonstruiert (process.json); siehe Quellen und Annahmen.*", or "" when they are.
    public func remark(_ files: [WorkspaceFile], depth: Int = 0, inIndex: Bool = false) -> String {
        guard let word = remarkWord(files) else { return "" }
        let where_ = inIndex ? "[\(MarkdownText.inline(text(.sourcesAndAssumptions)))](#\(anchor))" : link(depth: depth)
        return "\n*\(MarkdownText.inline(word)) (\(MarkdownText.inline(files.map(\.rawValue).joined(separator: ", ")))) – \(MarkdownText.inline(text(.detailsUnder))) \(where_).*\n"
    }

    /// What a brief shows from which source and what of it is illustrative or reconstructed:
    /// the parts it holds (its texts, ideas, assessment, votes, group, budget, funding,
    /// milestones, status), each idea on its own. `nil` when the workspace says nothing about
    /// its sources.
    public func briefStatement(for project: Project) -> ProvenanceStatement? {
        let evaluation = context.evaluation
        let workspace = context.workspace
        var parts: [Part] = []
        let entries: [Any?] = [project.summary, project.goal, project.description, project.lead, project.start, project.end]
        if entries.contains(where: { $0 != nil }) || !project.partners.isEmpty { parts.append(.brief) }
        if !project.ideas.isEmpty { parts.append(.ideas) }
        if evaluation.projectScores[project.id].map({ $0.ratings > 0 }) == true { parts.append(.assessment) }
        if (evaluation.projectVotes[project.id] ?? 0) > 0 { parts.append(.votes) }
        if evaluation.priorities[project.id] != nil { parts.append(.priority) }
        if !workspace.budgetLines(of: project.id).isEmpty { parts.append(.budget) }
        if workspace.applications.contains(where: { $0.items.contains { $0.project == project.id } }) { parts.append(.funding) }
        if !workspace.milestones(of: project.id).isEmpty { parts.append(.milestones) }
        if !workspace.statusEntries(of: project.id).isEmpty { parts.append(.status) }

        var sourced: [String] = []
        if let source = project.source { sourced.append("\(text(.projectSourced)): \(source)") }
        var illustrative: [String] = []
        var reconstructed: [String] = []
        for part in parts {
            if part == .ideas {
                let ideas = project.ideas.compactMap { workspace.idea($0) }
                for idea in ideas {
                    if let source = idea.source { sourced.append("\(text(.ideaSourced)) \(Typography.unbreakableHyphens(idea.id.rawValue)): \(source)") }
                }
                let unsourced = ideas.filter { $0.source == nil }.map { Typography.unbreakableHyphens($0.id.rawValue) }
                guard !unsourced.isEmpty else { continue }
                let entry = "\(text(unsourced.count == 1 ? .ideaSourced : .partIdeas)) \(unsourced.joined(separator: ", "))"
                switch provenance(of: part.files) {
                case .illustrative: illustrative.append(entry)
                case .reconstructed: reconstructed.append(entry)
                case .sources, nil: break
                }
                continue
            }
            switch provenance(of: part.files) {
            case .illustrative: illustrative.append(text(part.label))
            case .reconstructed: reconstructed.append(text(part.label))
            case .sources, nil: break
            }
        }
        return statement(sourced: sourced, illustrative: illustrative, reconstructed: reconstructed)
    }

    /// The parts the project list shows: scores, votes, the rule and the ideas.
    static let projectListParts: [Part] = [.scores, .votes, .rule, .ideas]

    /// What the project list takes from the sources (each project's source) and what of it is
    /// illustrative or reconstructed.
    public func projectListStatement() -> ProvenanceStatement? {
        let sourced = Set(context.workspace.projects.compactMap(\.source)).sorted().map { "\(text(.projectSourced)): \($0)" }
        return statement(sourced: sourced, parts: Self.projectListParts)
    }

    /// " (mit illustrativen Daten)" after the project list's title when any of its scores,
    /// votes, rule or ideas are illustrative, so a list made with invented scores does not look
    /// like the sources' list; "" otherwise.
    public var projectListCaveat: String {
        Self.projectListParts.contains { provenance(of: $0.files) == .illustrative } ? " (\(text(.illustrativeData)))" : ""
    }

    /// What the budget overview takes from the sources (each application's and call's source)
    /// and what of budget and funding is illustrative or reconstructed.
    public func budgetStatement() -> ProvenanceStatement? {
        let workspace = context.workspace
        let sources = Set(workspace.applications.compactMap(\.source) + workspace.fundingCalls.compactMap(\.source))
        return statement(sourced: sources.sorted().map { "\(context.labels.funding): \($0)" }, parts: [.budget, .funding])
    }

    /// The statement of a whole export made of `parts` (a status report, say), naming
    /// `sourced` as what it takes from the sources.
    public func statement(sourced: [String], parts: [Part]) -> ProvenanceStatement? {
        var illustrative: [String] = []
        var reconstructed: [String] = []
        for part in parts {
            switch provenance(of: part.files) {
            case .illustrative: illustrative.append(text(part.label))
            case .reconstructed: reconstructed.append(text(part.label))
            case .sources, nil: break
            }
        }
        return statement(sourced: sourced, illustrative: illustrative, reconstructed: reconstructed)
    }

    private func statement(sourced: [String], illustrative: [String], reconstructed: [String]) -> ProvenanceStatement? {
        guard !(illustrative.isEmpty && reconstructed.isEmpty && sourced.isEmpty) else { return nil }
        return ProvenanceStatement(sourced: sourced, illustrative: illustrative, reconstructed: reconstructed)
    }

    /// The statement as a Markdown paragraph, its link to index.md relative to a file `depth`
    /// folders below the export's top: "**Quellen und Annahmen:** … Einzelheiten unter [Quellen
    /// und Annahmen](index.md#quellen-und-annahmen).", or "" for no statement.
    public func markdown(_ statement: ProvenanceStatement?, depth: Int = 0) -> String {
        guard let statement else { return "" }
        let sentences = statement.sentences(language, escape: MarkdownText.inline)
            + ["\(MarkdownText.inline(text(.detailsUnder))) \(link(depth: depth))."]
        return "**\(MarkdownText.inline(text(.sourcesAndAssumptions))):** " + sentences.joined(separator: " ") + "\n"
    }

    // MARK: The section "Quellen und Annahmen"

    /// A row of the table "Was woher stammt": a workspace file, what it holds, how far it rests
    /// on the sources, and its note.
    public struct FileRow: Sendable, Hashable {
        public var file: WorkspaceFile
        public var contents: String
        public var provenance: String
        public var note: String
    }

    /// The files that state a provenance or a note, in the workspace's order.
    public var fileRows: [FileRow] {
        let workspace = context.workspace
        return WorkspaceFile.allCases.filter { workspace.notes[$0] != nil || workspace.provenance[$0] != nil }.map { file in
            FileRow(
                file: file, contents: contents(file),
                provenance: workspace.provenance[file].map { $0.label(language) } ?? context.labels.notGiven,
                note: workspace.notes[file] ?? "")
        }
    }

    /// Whether the section "Quellen und Annahmen" has anything to say: documents named, or files
    /// that state where they come from.
    public var hasSection: Bool { !context.process.sources.isEmpty || !fileRows.isEmpty }

    /// What a file holds, in a word or two.
    private func contents(_ file: WorkspaceFile) -> String {
        let labels = context.labels
        return switch file {
        case .process: text(.partProcess)
        case .participants: text(.partParticipants)
        case .workshops: labels.workshops
        case .criteria: text(.partCriteria)
        case .ideas: labels.ideas
        case .projects: labels.projects
        case .prioritisation: text(.partRule)
        case .votes: labels.votes
        case .budget: labels.budget
        case .funding: text(.partFunding)
        case .status: labels.status
        case .milestones: text(.milestones)
        case .decisions: text(.decisions)
        case .posts: text(.posts)
        case .ratings: labels.ratings
        case .ballots: labels.ballots
        }
    }

    /// GitHub's and pandoc's heading anchor: lower case, spaces as hyphens, punctuation dropped.
    static func slug(_ heading: String) -> String {
        var slug = ""
        for character in heading.lowercased() {
            if character == " " {
                slug.append("-")
            } else if character.isLetter || character.isNumber || character == "-" || character == "_" {
                slug.append(character)
            }
        }
        return slug
    }
}
