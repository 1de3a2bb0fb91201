import Foundation

/// The front page of an export folder: the process at a glance and links to every export.
public struct IndexRenderer: Sendable {
    public let context: ExportContext

    public init(_ context: ExportContext) {
        self.context = context
    }

    private var labels: Labels { context.labels }
    private var notes: ProvenanceNotes { ProvenanceNotes(context) }
    private func text(_ key: OfficeText) -> String { key.text(context.process.language) }

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
            (labels.projects, context.workspace.projects.count), (labels.ratings, context.workspace.ratings.recordCount),
            (labels.ballots, context.workspace.ballots.count),
        ]
        output += counts.map { "- \(MarkdownText.lineStart($0.0)): \($0.1)\n" }.joined()

        output += "\n## \(MarkdownText.inline(labels.filesTitle))\n\n"
        for file in files { output += "- [\(MarkdownText.inline(file))](\(file))\n" }

        if !process.partners.isEmpty {
            output += "\n## \(MarkdownText.inline(labels.partners))\n\n"
            output += MarkdownText.paragraph(process.partners.map(\.name).joined(separator: ", ")) + "\n"
        }
        output += profile()
        if !process.phases.isEmpty {
            output += "\n## \(MarkdownText.inline(labels.phases))\n\n"
            for phase in process.phases {
                let span = context.span(phase.start, phase.end)
                output += "- **\(MarkdownText.inline(phase.name))**" + (span.isEmpty ? "" : " (\(MarkdownText.inline(span)))")
                    + (phase.summary.map { ": " + MarkdownText.inline($0) } ?? "") + "\n"
            }
            output += notes.remark([.process], inIndex: true)
        }
        output += decisions()
        output += vision()
        if !process.themes.isEmpty {
            output += "\n## \(MarkdownText.inline(labels.themes))\n\n"
            var table = MarkdownTable(columns: [.init(labels.theme, width: 16), .init(labels.guidingImage, width: 50), .init(labels.projects, .right, width: 8)])
            for theme in process.themes {
                let count = context.workspace.projects.count { $0.theme == theme.id }
                table.rows.append([.text(theme.name), .text(theme.guidingImage ?? labels.notGiven), .text(String(count))])
            }
            output += table.markdown
            output += themeScores()
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
            output += table.markdown + notes.remark([.workshops], inIndex: true)
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
            // By date; on one day in catalogue order, then as logged.
            let changes = context.workspace.criteria.flatMap { criterion in criterion.weightChanges.map { (criterion, $0) } }
                .enumerated().sorted { ($0.element.1.date, $0.offset) < ($1.element.1.date, $1.offset) }.map(\.element)
            if !changes.isEmpty {
                output += "\n### \(MarkdownText.inline(labels.weightChangesTitle))\n\n"
                for (criterion, change) in changes {
                    let line = labels.weightChangeLine(
                        date: context.date(change.date), criterion: criterion.name, from: change.from.localised(context.numbers),
                        to: change.to.localised(context.numbers), reason: change.reason)
                    output += "- " + MarkdownText.inline(line) + "\n"
                }
            }
            output += notes.remark([.criteria], inIndex: true)
        }
        if !process.roles.isEmpty {
            output += "\n## \(MarkdownText.inline(labels.roles))\n\n"
            for role in process.roles {
                output += "- **\(MarkdownText.inline(role.id.rawValue))** – \(MarkdownText.inline(role.name))"
                    + (role.responsibility.isEmpty ? "" : ": \(MarkdownText.inline(role.responsibility))") + "\n"
            }
            output += notes.remark([.process], inIndex: true)
        }
        output += posts()
        output += milestones()
        output += sourcesAndAssumptions()
        return output
    }

    /// The area's profile: each fact with its source.
    private func profile() -> String {
        let facts = context.process.profile
        guard !facts.isEmpty else { return "" }
        var table = MarkdownTable(columns: [.init(text(.fact), width: 16), .init(text(.value), width: 24), .init(labels.source, width: 30)])
        for fact in facts { table.rows.append([.text(fact.label), .text(fact.value), .text(fact.source ?? "")]) }
        return "\n## \(MarkdownText.inline(text(.profile)))\n\n" + table.markdown
    }

    /// The themes rated like ideas, when there are any: weighted scores, raters, "don't know".
    private func themeScores() -> String {
        let rated = context.workspace.process.themes.filter { context.evaluation.themeScores[$0.id] != nil }
        guard !rated.isEmpty else { return "" }
        let output = "\n### \(MarkdownText.inline(labels.themeScoresTitle))\n\n" + MarkdownText.paragraph(labels.themeScoresIntro) + "\n"
        var table = MarkdownTable(columns: [
            .init(labels.theme, width: 16), .init(labels.relevance, .right, width: 12), .init(labels.potential, .right, width: 12),
            .init(labels.raters, .right, width: 6), .init(labels.dontKnowColumn, .right, width: 5),
        ])
        for theme in rated {
            guard let score = context.evaluation.themeScores[theme.id] else { continue }
            table.rows.append([
                .text(theme.name), .text(context.scoreWithSpread(score.relevance)), .text(context.scoreWithSpread(score.potential)),
                .text(String(score.raters)), .text(String(score.dontKnowTotal)),
            ])
        }
        return output + table.markdown
    }

    private func vision() -> String {
        guard let vision = context.process.vision else { return "" }
        var output = "\n## \(MarkdownText.inline(text(.vision)))\n\n" + MarkdownText.paragraph(vision.statement) + "\n"
        var lines: [String] = []
        if let motto = vision.motto { lines.append("\(text(.motto)): \(motto)") }
        if let source = vision.source { lines.append("\(labels.source): \(source)") }
        if !lines.isEmpty { output += "\n" + lines.map { "- \(MarkdownText.lineStart($0))\n" }.joined() }
        return output
    }

    private func decisions() -> String {
        let decisions = context.workspace.decisions.enumerated().sorted { a, b in
            (a.element.date ?? Day(year: 9999, month: 12, day: 31)!, a.offset) < (b.element.date ?? Day(year: 9999, month: 12, day: 31)!, b.offset)
        }.map(\.element)
        guard !decisions.isEmpty else { return "" }
        var table = MarkdownTable(columns: [
            .init(labels.date, width: 10), .init(text(.body), width: 20), .init(text(.document), width: 10),
            .init(text(.subject), width: 30), .init(text(.outcome), width: 20), .init(labels.source, width: 20),
        ])
        for decision in decisions {
            table.rows.append([
                .text(decision.date.map(context.date) ?? labels.notGiven), .text(decision.body), .text(decision.document ?? "–"),
                .text(decision.subject), .text(decision.outcome ?? ""), .text(decision.source ?? ""),
            ])
        }
        return "\n## \(MarkdownText.inline(text(.decisions)))\n\n" + table.markdown + notes.remark([.decisions], inIndex: true)
    }

    private func posts() -> String {
        let posts = context.workspace.posts
        guard !posts.isEmpty else { return "" }
        var table = MarkdownTable(columns: [
            .init(text(.post), width: 24), .init(text(.partner), width: 16), .init(labels.project, width: 8),
            .init(text(.size), .right, width: 6), .init(text(.vacancy), width: 20), .init(labels.source, width: 20),
        ])
        for post in posts {
            table.rows.append([
                .text(post.title), .text(post.partner.map { context.workspace.partner($0)?.name ?? $0.rawValue } ?? ""),
                .text(post.project?.rawValue ?? ""), .text(post.fullTimeEquivalent?.localised(context.numbers) ?? ""),
                .text(vacancy(post)), .text(post.source ?? ""),
            ])
        }
        var output = "\n## \(MarkdownText.inline(text(.posts)))\n\n" + table.markdown
        let notesText = posts.compactMap { post in post.note.map { "\(post.title): \($0)" } }
        if !notesText.isEmpty { output += "\n" + notesText.map { "- \(MarkdownText.lineStart($0))\n" }.joined() }
        return output + notes.remark([.posts], inIndex: true)
    }

    /// "vakant seit 01.06.2023", "vakant 01.06.2023 – 31.12.2023", or "–" when no vacancy is recorded.
    private func vacancy(_ post: Post) -> String {
        guard let from = post.vacantFrom else { return "–" }
        guard let until = post.vacantUntil else { return "\(text(.vacantSince)) \(context.date(from))" }
        return "\(text(.vacantFromTo)) \(context.span(from, until))"
    }

    private func milestones() -> String {
        let milestones = context.workspace.milestones.sorted { ($0.due, $0.id) < ($1.due, $1.id) }
        guard !milestones.isEmpty else { return "" }
        var table = MarkdownTable(columns: [
            .init(text(.due).capitalisedFirst, width: 10), .init(text(.milestone), width: 30), .init(labels.project, width: 8),
            .init(text(.done).capitalisedFirst, width: 10), .init(labels.source, width: 20),
        ])
        for milestone in milestones {
            table.rows.append([
                .text(context.date(milestone.due)), .text(milestone.title),
                milestone.project.map { .markdown("[\(MarkdownText.inline($0.rawValue))](\(context.briefPath($0)))") } ?? .text(text(.processWide)),
                .text(milestone.done.map(context.date) ?? text(.open)), .text(milestone.source ?? ""),
            ])
        }
        return "\n## \(MarkdownText.inline(text(.milestones)))\n\n" + table.markdown + notes.remark([.milestones], inIndex: true)
    }

    /// The documents the data come from, and for each file what it holds, how far it rests on
    /// the sources and its note.
    private func sourcesAndAssumptions() -> String {
        guard notes.hasSection else { return "" }
        var output = "\n## \(MarkdownText.inline(text(.sourcesAndAssumptions)))\n"
        if !context.process.sources.isEmpty {
            output += "\n### \(MarkdownText.inline(text(.sources)))\n\n"
            output += context.process.sources.map { "- \(MarkdownText.lineStart($0))\n" }.joined()
        }
        let rows = notes.fileRows
        if !rows.isEmpty {
            output += "\n### \(MarkdownText.inline(text(.whatComesFromWhere)))\n\n"
            var table = MarkdownTable(columns: [
                .init(text(.file), width: 14), .init(text(.contents), width: 16), .init(text(.provenance), width: 12),
                .init(text(.note), width: 50),
            ])
            for row in rows { table.rows.append([.text(row.file.rawValue), .text(row.contents), .text(row.provenance), .text(row.note)]) }
            output += table.markdown + "\n" + MarkdownText.paragraph(text(.provenanceExplanation)) + "\n"
        }
        return output
    }
}
