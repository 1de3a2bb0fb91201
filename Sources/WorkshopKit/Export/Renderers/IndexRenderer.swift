import Foundation

/// The front page of an export folder: the process at a glance and links to every export.
public struct IndexRenderer: Sendable {
    public let context: ExportContext

    public init(_ context: ExportContext) {
        self.context = context
    }

    private var labels: Labels { context.labels }

    /// - Parameter files: the other files of the export, linked in a list.
    public func markdown(files: [String]) -> String {
        let process = context.process
        var output = context.markdownTitle(process.title)
        if let subtitle = process.subtitle { output += "\n" + MarkdownText.paragraph(subtitle) + "\n" }
        output += "\n" + MarkdownText.paragraph(labels.generatedNote) + "\n"

        output += "\n## \(MarkdownText.inline(labels.overview))\n\n"
        let counts: [(String, Int)] = [
            (labels.partners, process.partners.count), (labels.themes, process.themes.count),
            (labels.workshops, context.workspace.workshops.count), (labels.ideas, context.workspace.ideas.count),
            (labels.projects, context.workspace.projects.count), (labels.ratings, context.workspace.ratings.count),
            (labels.ballots, context.workspace.ballots.count),
        ]
        output += counts.map { "- \(MarkdownText.lineStart($0.0)): \($0.1)\n" }.joined()

        output += "\n## \(MarkdownText.inline(labels.filesTitle))\n\n"
        for file in files { output += "- [\(MarkdownText.inline(file))](\(file))\n" }

        if !process.partners.isEmpty {
            output += "\n## \(MarkdownText.inline(labels.partners))\n\n"
            output += MarkdownText.paragraph(process.partners.map(\.name).joined(separator: ", ")) + "\n"
        }
        if !process.phases.isEmpty {
            output += "\n## \(MarkdownText.inline(labels.phases))\n\n"
            for phase in process.phases {
                let span = context.span(phase.start, phase.end)
                output += "- **\(MarkdownText.inline(phase.name))**" + (span.isEmpty ? "" : " (\(MarkdownText.inline(span)))")
                    + (phase.summary.map { ": " + MarkdownText.inline($0) } ?? "") + "\n"
            }
        }
        if !process.themes.isEmpty {
            output += "\n## \(MarkdownText.inline(labels.themes))\n\n"
            var table = MarkdownTable(columns: [.init(labels.theme, width: 16), .init(labels.guidingImage, width: 50), .init(labels.projects, .right, width: 8)])
            for theme in process.themes {
                let count = context.workspace.projects.count { $0.theme == theme.id }
                table.rows.append([.text(theme.name), .text(theme.guidingImage ?? labels.notGiven), .text(String(count))])
            }
            output += table.markdown
        }
        if !context.workspace.workshops.isEmpty {
            output += "\n## \(MarkdownText.inline(labels.workshops))\n\n"
            var table = MarkdownTable(columns: [
                .init(labels.workshop, width: 24), .init(labels.date, width: 10), .init(labels.format, width: 8),
                .init(labels.participants, .right, width: 6), .init(labels.ideas, .right, width: 5), .init(labels.notes, width: 30),
            ])
            for workshop in context.workspace.workshops {
                let ideas = context.workspace.ideas.count { $0.workshop == workshop.id }
                table.rows.append([
                    .text(workshop.title), .text(workshop.date.map(context.date) ?? labels.notGiven),
                    .text(workshop.format.map(labels.workshopFormat) ?? labels.notGiven),
                    .text(workshop.headcount.map(String.init) ?? labels.notGiven), .text(String(ideas)), .text(workshop.notes ?? ""),
                ])
            }
            output += table.markdown
        }
        if !context.workspace.criteria.isEmpty {
            output += "\n## \(MarkdownText.inline(labels.criteria))\n\n"
            var table = MarkdownTable(columns: [
                .init(labels.criterion, width: 20), .init(labels.kind, width: 10), .init(labels.weight, .right, width: 6),
                .init(labels.scale, width: 6), .init(labels.questions, width: 50),
            ])
            for criterion in context.workspace.criteria {
                table.rows.append([
                    .text(criterion.name), .text(labels.criterionGroup(criterion.group)),
                    .text(criterion.weight.localised(context.numbers)), .text(criterion.scale.rangeDescription),
                    .text(criterion.questions.joined(separator: "\n")),
                ])
            }
            output += table.markdown
        }
        if !process.roles.isEmpty {
            output += "\n## \(MarkdownText.inline(labels.roles))\n\n"
            for role in process.roles {
                output += "- **\(MarkdownText.inline(role.id.rawValue))** – \(MarkdownText.inline(role.name))"
                    + (role.responsibility.isEmpty ? "" : ": \(MarkdownText.inline(role.responsibility))") + "\n"
            }
        }
        if !process.sources.isEmpty {
            output += "\n## \(MarkdownText.inline(labels.source))\n\n"
            output += process.sources.map { "- \(MarkdownText.lineStart($0))\n" }.joined()
        }
        return output
    }
}
