/// The consolidated project list by priority group, as Markdown and as CSV.
public struct ProjectListRenderer: Sendable {
    public let context: ExportContext

    public init(_ context: ExportContext) {
        self.context = context
    }

    private var evaluation: Evaluation { context.evaluation }
    private var labels: Labels { context.labels }

    public func markdown() -> String {
        let list = evaluation.consolidatedList
        let notes = ProvenanceNotes(context)
        var output = context.markdownTitle("\(labels.projectListTitle)\(notes.projectListCaveat) – \(context.process.title)")
        output += "\n" + MarkdownText.paragraph(labels.projectListIntro) + "\n"
        if let statement = notes.projectListStatement() { output += "\n" + notes.markdown(statement) }
        if PortfolioChart(context).hasContent {
            output += "\n![\(MarkdownText.inline(labels.portfolioAlt))](\(PortfolioChart.path))\n"
        }
        for group in context.workspace.prioritisation.groups {
            let members = list.filter { evaluation.priorities[$0.id]?.group == group }
            guard !members.isEmpty else { continue }
            output += "\n## \(MarkdownText.inline(labels.priorityGroup(group))) (\(members.count) \(MarkdownText.inline(labels.projects)))\n\n"
            var table = MarkdownTable(columns: [
                .init(labels.projectNumber, width: 5),
                .init(labels.project, width: 30),
                .init(labels.theme, width: 14),
                .init(labels.relevance, .right, width: 11),
                .init(labels.potential, .right, width: 11),
                .init(labels.votes, .right, width: 6),
                .init(labels.ideas, width: 14),
            ])
            for project in members {
                let score = evaluation.projectScores[project.id]
                let assignment = evaluation.priorities[project.id]
                let title = project.title + (assignment?.isOverridden == true ? " (\(labels.override))" : "")
                table.rows.append([
                    .markdown("[\(MarkdownText.inline(project.id.rawValue))](\(context.briefPath(project.id)))"),
                    .text(title),
                    .text(context.themeName(project.theme)),
                    .text(context.scoreWithSpread(score?.relevance)),
                    .text(context.scoreWithSpread(score?.potential)),
                    .text(context.numbers.integer(evaluation.projectVotes[project.id] ?? 0)),
                    .text(Typography.unbreakableHyphens(project.ideas.map(\.rawValue).joined(separator: ", "))),
                ])
            }
            output += table.markdown
        }
        output += "\n" + MarkdownText.paragraph(labels.scoreLegend) + "\n"
        output += "\n## \(MarkdownText.inline(labels.ruleTitle))\n\n"
        for step in context.workspace.prioritisation.rule {
            output += "- **\(MarkdownText.inline(labels.priorityGroup(step.group)))**: \(MarkdownText.inline(context.ruleText(step)))\n"
        }
        output += notes.remark([.prioritisation])
        let overrides = list.compactMap { evaluation.priorities[$0.id] }.filter(\.isOverridden)
        if !overrides.isEmpty {
            output += "\n## \(MarkdownText.inline(labels.overridesTitle))\n\n"
            var table = MarkdownTable(columns: [
                .init(labels.project, width: 6),
                .init(labels.rule, width: 12),
                .init(labels.priority, width: 12),
                .init(labels.reason, width: 40),
                .init(labels.decidedBy, width: 12),
                .init(labels.date, width: 10),
            ])
            for assignment in overrides {
                guard let override = assignment.override else { continue }
                table.rows.append([
                    .markdown("[\(MarkdownText.inline(assignment.project.rawValue))](\(context.briefPath(assignment.project)))"),
                    .text(labels.priorityGroup(assignment.ruleGroup)),
                    .text(labels.priorityGroup(assignment.group)),
                    .text(override.reason),
                    .text(override.decidedBy),
                    .text(context.date(override.date)),
                ])
            }
            output += table.markdown + notes.remark([.prioritisation])
        }
        output += SensitivityRenderer(context).markdownSection()
        output += AgreementRenderer(context).markdownSection()
        return output
    }

    /// The CSV column names, in the workspace's language.
    public var csvHeader: [String] {
        switch context.process.language {
        case .german:
            [
                "Prioritätengruppe", "Priorität", "Nr.", "Projekt", "Themenfeld", "Relevanz", "Streuung Relevanz",
                "Potenzial", "Streuung Potenzial", "Punkte", "Bewertende", "Ideen", "Regel ergibt", "Abweichung Begründung",
                "Kümmerer", "Kosten gesamt", "Sachstand", "Sachstand vom",
            ]
        case .english:
            [
                "priority_group", "priority", "project", "title", "theme", "relevance", "relevance_spread", "potential",
                "potential_spread", "votes", "raters", "ideas", "rule_group", "override_reason", "lead", "total_cost",
                "status", "status_date",
            ]
        }
    }

    public func csv() -> String { context.csv.document(header: csvHeader, rows: rows()) }

    /// One row per project of the consolidated list, in `csvHeader`'s columns: what the CSV and
    /// the workbook's first sheet hold.
    public func rows() -> [[CSVCell]] {
        var rows: [[CSVCell]] = []
        for project in evaluation.consolidatedList {
            let score = evaluation.projectScores[project.id]
            let assignment = evaluation.priorities[project.id]
            let cost = ProjectCost(project: project.id, budget: context.workspace.budgetLines(of: project.id))
            let status = evaluation.latestStatus(of: project.id)
            rows.append([
                assignment.map { .integer($0.group) } ?? .empty,
                assignment.map { .text(labels.priorityGroup($0.group)) } ?? .empty,
                .text(project.id.rawValue),
                .text(project.title),
                .text(context.themeName(project.theme)),
                score?.relevance.map { .decimal($0.hundredths, places: 2) } ?? .empty,
                score?.relevance.map { .decimal($0.spreadHundredths, places: 2) } ?? .empty,
                score?.potential.map { .decimal($0.hundredths, places: 2) } ?? .empty,
                score?.potential.map { .decimal($0.spreadHundredths, places: 2) } ?? .empty,
                .integer(evaluation.projectVotes[project.id] ?? 0),
                .integer(score?.raters ?? 0),
                .text(project.ideas.map(\.rawValue).joined(separator: " ")),
                assignment.map { .integer($0.ruleGroup) } ?? .empty,
                assignment?.isOverridden == true ? .text(assignment?.override?.reason ?? "") : .empty,
                project.lead.map(CSVCell.text) ?? .empty,
                cost.total == .zero ? .empty : .money(cost.total),
                status.map { .text(labels.projectState($0.state)) } ?? .empty,
                status.map { .date($0.date) } ?? .empty,
            ])
        }
        return rows
    }
}
