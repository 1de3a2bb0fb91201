import Foundation

/// One project brief ("Projektsteckbrief") as Markdown: what the project is, why it has its
/// priority, where its ideas came from, what it costs and how it stands.
public struct BriefRenderer: Sendable {
    public let context: ExportContext

    public init(_ context: ExportContext) {
        self.context = context
    }

    private var labels: Labels { context.labels }
    private var evaluation: Evaluation { context.evaluation }

    public func markdown(for project: Project) -> String {
        var output = context.markdownTitle("\(project.id.rawValue) – \(project.title)") + "\n"
        output += "\(MarkdownText.inline(labels.briefTitle)) · \(MarkdownText.inline(context.process.title)) · [\(MarkdownText.inline(labels.backToList))](../project-list.md)\n\n"
        output += facts(project)
        for (title, text) in [(labels.summary, project.summary), (labels.goal, project.goal), (labels.description, project.description)] {
            if let text, !MarkdownText.lines(of: text).isEmpty {
                output += "\n## \(MarkdownText.inline(title))\n\n\(MarkdownText.paragraph(text))\n"
            }
        }
        let ideas = project.ideas.compactMap { context.workspace.idea($0) }
        output += ideaSection(labels.benefit, ideas.map { ($0, $0.benefit) })
        output += ideaSection(labels.challenges, ideas.map { ($0, $0.challenges) })
        output += assessment(project)
        output += traceability(ideas)
        output += budget(project)
        output += statusHistory(project)
        return output
    }

    private func facts(_ project: Project) -> String {
        context.briefFacts(of: project).map { "- **\(MarkdownText.inline($0.label)):** \(MarkdownText.inline($0.value))\n" }.joined()
    }

    private func ideaSection(_ title: String, _ entries: [(Idea, String?)]) -> String {
        let present = entries.compactMap { idea, text in text.flatMap { MarkdownText.lines(of: $0).isEmpty ? nil : (idea, $0) } }
        guard !present.isEmpty else { return "" }
        var output = "\n## \(MarkdownText.inline(title))\n\n"
        for (idea, text) in present {
            output += "- \(MarkdownText.lineStart(text)) (\(MarkdownText.inline(Typography.unbreakableHyphens(idea.id.rawValue))))\n"
        }
        return output
    }

    private func assessment(_ project: Project) -> String {
        let rows = context.assessmentRows(of: project)
        guard !rows.isEmpty else {
            return "\n## \(MarkdownText.inline(labels.assessment))\n\n\(MarkdownText.inline(labels.notRated))\n"
        }
        var table = MarkdownTable(columns: [
            .init(labels.criterion, width: 24),
            .init(labels.weight, .right, width: 6),
            .init(labels.count, .right, width: 3),
            .init(labels.mean, .right, width: 6),
            .init(labels.spread, .right, width: 6),
            .init(labels.minimumMaximum, .right, width: 7),
        ])
        for row in rows {
            if row.group == nil {
                table.rows.append(row.cells.map(MarkdownTable.Cell.text))
            } else {
                // The group's weighted result: name and score in bold.
                table.rows.append(row.cells.enumerated().map { index, cell in
                    (index == 0 || index == 3) ? .markdown("**\(MarkdownText.inline(cell))**") : .text(cell)
                })
            }
        }
        return "\n## \(MarkdownText.inline(labels.assessment))\n\n" + table.markdown + "\n" + MarkdownText.paragraph(context.ratersLine(of: project)) + "\n"
    }

    private func traceability(_ ideas: [Idea]) -> String {
        guard !ideas.isEmpty else { return "" }
        var table = MarkdownTable(columns: [
            .init(labels.idea, width: 8),
            .init(labels.title, width: 30),
            .init(labels.theme, width: 12),
            .init(labels.origin, width: 28),
        ])
        for idea in ideas {
            table.rows.append([
                .text(Typography.unbreakableHyphens(idea.id.rawValue)), .text(idea.title), .text(context.themeName(idea.theme)),
                .text(context.origin(of: idea)),
            ])
        }
        return "\n## \(MarkdownText.inline(labels.traceability))\n\n" + table.markdown
    }

    private func budget(_ project: Project) -> String {
        let lines = context.workspace.budget.filter { $0.project == project.id }
        let bundles = context.workspace.applications.compactMap { application in
            application.items.first { $0.project == project.id }.map { (application, $0) }
        }
        guard !lines.isEmpty || !bundles.isEmpty else { return "" }
        var output = "\n## \(MarkdownText.inline(labels.budget))\n\n"
        if !lines.isEmpty {
            var table = MarkdownTable(columns: [
                .init(labels.budget, width: 30), .init(labels.kind, width: 10), .init(labels.year, .right, width: 6),
                .init(labels.amount, .right, width: 14),
            ])
            for line in lines {
                table.rows.append([
                    .text(line.label ?? labels.notGiven), .text(labels.costKind(line.kind)),
                    .text(line.year.map(String.init) ?? "–"), .text(context.money(line.amount)),
                ])
            }
            let cost = ProjectCost(project: project.id, budget: context.workspace.budget)
            table.rows.append([
                .markdown("**\(MarkdownText.inline(labels.total))**"), "", "", .markdown("**\(MarkdownText.inline(context.money(cost.total)))**"),
            ])
            output += table.markdown
        }
        for line in context.fundingLines(of: project.id) {
            output += "\n" + MarkdownText.paragraph(line) + "\n"
        }
        return output
    }

    private func statusHistory(_ project: Project) -> String {
        let entries = context.statusEntries(of: project.id)
        guard !entries.isEmpty else { return "" }
        var table = MarkdownTable(columns: [
            .init(labels.date, width: 10), .init(labels.status, width: 12), .init(labels.notes, width: 40), .init(labels.source, width: 12),
        ])
        for entry in entries {
            table.rows.append([
                .text(context.date(entry.date)), .text(labels.projectState(entry.state)), .text(entry.note), .text(entry.source ?? ""),
            ])
        }
        return "\n## \(MarkdownText.inline(labels.statusHistory))\n\n" + table.markdown
    }
}

extension Hundredths {
    /// `1,5` in German, `1.5` in English: the shortest exact form.
    func localised(_ numbers: NumberStyle) -> String {
        description.replacingOccurrences(of: ".", with: numbers.decimalSeparator)
    }
}
