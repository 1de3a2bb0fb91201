/// The consolidation map: every idea with the project it went into, was set aside, or is open.
public struct ConsolidationRenderer: Sendable {
    public let context: ExportContext

    public init(_ context: ExportContext) {
        self.context = context
    }

    private var labels: Labels { context.labels }
    private var map: ConsolidationMap { context.evaluation.consolidation }

    private func state(of idea: Idea) -> (text: String, projects: [ProjectID]) {
        if let projects = map.projectsByIdea[idea.id] {
            return ("\(labels.mergedInto) \(projects.map(\.rawValue).joined(separator: ", "))", projects)
        }
        if let reason = idea.setAside { return ("\(labels.setAside): \(reason)", []) }
        return (labels.open, [])
    }

    public func markdown() -> String {
        var output = context.markdownTitle("\(labels.consolidationTitle) – \(context.process.title)")
        output += "\n" + MarkdownText.paragraph(labels.consolidationIntro) + "\n\n"
        let counts = [
            "\(labels.ideas): \(context.workspace.ideas.count)",
            "\(labels.mergedInto): \(map.projectsByIdea.count)",
            "\(labels.setAside): \(map.setAside.count)",
            "\(labels.open): \(map.open.count)",
        ]
        output += counts.map { "- \(MarkdownText.lineStart($0))\n" }.joined() + "\n"
        var table = MarkdownTable(columns: [
            .init(labels.idea, width: 8), .init(labels.title, width: 28), .init(labels.theme, width: 12),
            .init(labels.origin, width: 24), .init(labels.ideaState, width: 20),
        ])
        for idea in context.workspace.ideas.sorted(by: { $0.id < $1.id }) {
            let (text, projects) = state(of: idea)
            let stateCell: MarkdownTable.Cell =
                projects.isEmpty
                ? .text(text)
                : .markdown(
                    MarkdownText.inline(labels.mergedInto) + " "
                        + projects.map { "[\(MarkdownText.inline($0.rawValue))](\(context.briefPath($0)))" }.joined(separator: ", "))
            table.rows.append([.text(Typography.unbreakableHyphens(idea.id.rawValue)), .text(idea.title), .text(context.themeName(idea.theme)), .text(context.origin(of: idea)), stateCell])
        }
        output += table.markdown + ProvenanceNotes(context).remark([.ideas])
        return output
    }

    public var csvHeader: [String] {
        switch context.process.language {
        case .german:
            ["Idee", "Titel", "Themenfeld", "Workshop", "Herkunft", "Eingereicht von", "Zentraler Nutzen", "Vermutete Herausforderungen", "Projekte", "Zurückgestellt", "Relevanz", "Potenzial"]
        case .english:
            ["idea", "title", "theme", "workshop", "origin", "submitter", "benefit", "challenges", "projects", "set_aside", "relevance", "potential"]
        }
    }

    /// Every idea sheet with its traceability to projects, ready to filter in a spreadsheet.
    public func csv() -> String { context.csv.document(header: csvHeader, rows: rows()) }

    /// The rows of `csv()`, one per idea, in `csvHeader`'s columns.
    public func rows() -> [[CSVCell]] {
        context.workspace.ideas.sorted(by: { $0.id < $1.id }).map { idea in
            let score = context.evaluation.ideaScores[idea.id]
            return [
                .text(idea.id.rawValue), .text(idea.title), .text(context.themeName(idea.theme)),
                .text(idea.workshop?.rawValue ?? ""), .text(context.origin(of: idea)), .text(idea.submitter ?? ""),
                .text(idea.benefit ?? ""), .text(idea.challenges ?? ""),
                .text((map.projectsByIdea[idea.id] ?? []).map(\.rawValue).joined(separator: " ")),
                .text(idea.setAside ?? ""),
                score?.relevance.map { .decimal($0.hundredths, places: 2) } ?? .empty,
                score?.potential.map { .decimal($0.hundredths, places: 2) } ?? .empty,
            ]
        }
    }
}
