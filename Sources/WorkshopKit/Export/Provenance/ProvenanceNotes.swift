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

    /// A line under a section made from `files` that are not wholly from the sources:
    /// "*Rekonstruiert (process.json); siehe Quellen und Annahmen.*", or "" when they are.
    public func remark(_ files: [WorkspaceFile], depth: Int = 0, inIndex: Bool = false) -> String {
        guard let provenance = provenance(of: files), provenance != .sources else { return "" }
        let word = provenance == .illustrative ? text(.illustrativeParts) : text(.reconstructedParts)
        let where_ = inIndex ? "[\(MarkdownText.inline(text(.sourcesAndAssumptions)))](#\(anchor))" : link(depth: depth)
        return "\n*\(MarkdownText.inline(word)) (\(MarkdownText.inline(files.map(\.rawValue).joined(separator: ", ")))) – \(MarkdownText.inline(text(.detailsUnder))) \(where_).*\n"
    }

    /// The provenance line of a brief: what it shows from which source, what is illustrative or
    /// reconstructed. `nil` when the workspace says nothing about its sources.
    public func briefLine(for project: Project, parts: [Part]) -> String? {
        var sourced: [String] = []
        if let source = project.source { sourced.append("\(text(.projectSourced)): \(source)") }
        var illustrative: [String] = []
        var reconstructed: [String] = []
        for part in parts {
            if part == .ideas {
                let ideas = project.ideas.compactMap { context.workspace.idea($0) }
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
        return line(sourced: sourced, illustrative: illustrative, reconstructed: reconstructed, depth: 1)
    }

    /// The provenance line of a whole export made of `parts` (the project list, budget.md, a
    /// status report), naming `sources` as what it takes from the sources.
    public func line(sourced: [String], parts: [Part], depth: Int = 0) -> String? {
        var illustrative: [String] = []
        var reconstructed: [String] = []
        for part in parts {
            switch provenance(of: part.files) {
            case .illustrative: illustrative.append(text(part.label))
            case .reconstructed: reconstructed.append(text(part.label))
            case .sources, nil: break
            }
        }
        return line(sourced: sourced, illustrative: illustrative, reconstructed: reconstructed, depth: depth)
    }

    /// Whether any of `parts` is illustrative.
    public func isIllustrative(_ parts: [Part]) -> Bool {
        parts.contains { provenance(of: $0.files) == .illustrative }
    }

    private func line(sourced: [String], illustrative: [String], reconstructed: [String], depth: Int) -> String? {
        guard !(illustrative.isEmpty && reconstructed.isEmpty && sourced.isEmpty) else { return nil }
        var sentences: [String] = []
        if !sourced.isEmpty { sentences.append(sourced.map(MarkdownText.inline).joined(separator: "; ") + ".") }
        if !illustrative.isEmpty {
            sentences.append("\(MarkdownText.inline(text(.illustrativeParts))): \(illustrative.map(MarkdownText.inline).joined(separator: ", ")).")
        }
        if !reconstructed.isEmpty {
            sentences.append("\(MarkdownText.inline(text(.reconstructedParts))): \(reconstructed.map(MarkdownText.inline).joined(separator: ", ")).")
        }
        sentences.append("\(MarkdownText.inline(text(.detailsUnder))) \(link(depth: depth)).")
        return "**\(MarkdownText.inline(text(.sourcesAndAssumptions))):** " + sentences.joined(separator: " ") + "\n"
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
