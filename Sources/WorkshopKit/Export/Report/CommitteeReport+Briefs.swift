/// The appendix of the committee report: one brief per project, each starting a page.
extension CommitteeReport {
    func briefs() -> Document.Section {
        .init(
            anchor: Anchor.briefs, title: labels.briefsAppendix,
            subsections: workspace.projects.sorted { $0.id < $1.id }.map(brief))
    }

    func brief(_ project: Project) -> Document.Section {
        let anchor = Anchor.brief(project.id)
        var subsections: [Document.Section] = []
        func add(_ name: String, _ title: String, _ blocks: [Document.Block]) {
            subsections.append(.init(anchor: "\(anchor)-\(name)", title: title, blocks: blocks))
        }
        for (name, title, text) in [("summary", labels.summary, project.summary), ("goal", labels.goal, project.goal), ("description", labels.description, project.description)] {
            if let text, !MarkdownText.lines(of: text).isEmpty { add(name, title, [.paragraph(lines(text))]) }
        }
        let ideas = project.ideas.compactMap { workspace.idea($0) }
        for (name, title, texts) in [("benefit", labels.benefit, ideas.map { ($0, $0.benefit) }), ("challenges", labels.challenges, ideas.map { ($0, $0.challenges) })] {
            let items: [[Document.Inline]] = texts.compactMap { idea, text in
                guard let text, !MarkdownText.lines(of: text).isEmpty else { return nil }
                return lines(text) + [.text(" ("), .unbreakable(idea.id.rawValue), .text(")")]
            }
            if !items.isEmpty { add(name, title, [.list(items)]) }
        }
        add("assessment", labels.assessment, assessment(project))
        if !ideas.isEmpty {
            var table = Document.Table(caption: labels.traceability, columns: [.init(labels.idea), .init(labels.title), .init(labels.theme), .init(labels.origin)])
            for idea in ideas {
                table.rows.append(.init([.unbreakable(idea.id.rawValue), .text(idea.title), .text(context.themeName(idea.theme)), .text(context.origin(of: idea))]))
            }
            add("origin", labels.traceability, [.table(table)])
        }
        let budget = budget(project)
        if !budget.isEmpty { add("budget", labels.budget, budget) }
        let entries = context.statusEntries(of: project.id)
        if !entries.isEmpty {
            var table = Document.Table(caption: labels.statusHistory, columns: [.init(labels.date), .init(labels.status), .init(labels.notes), .init(labels.source)])
            for entry in entries {
                table.rows.append(.init([
                    .unbreakable(context.date(entry.date)), .text(labels.projectState(entry.state)), .init(lines(entry.note)), .text(entry.source ?? ""),
                ]))
            }
            add("status", labels.statusHistory, [.table(table)])
        }
        let facts = context.briefFacts(of: project).map { Document.Fact($0.label, [.text($0.value)]) }
        return .init(
            anchor: anchor, title: "\(project.id.rawValue) – \(project.title)",
            blocks: [.facts(facts)] + provenance(notes.briefStatement(for: project))
                + [.paragraph([.link(labels.backToList, anchor: Anchor.projectList, unbreakable: false)])],
            subsections: subsections, startsPage: true)
    }

    func assessment(_ project: Project) -> [Document.Block] {
        let rows = context.assessmentRows(of: project)
        guard !rows.isEmpty else { return [.paragraph([.text(labels.notRated)])] }
        let table = Document.Table(
            caption: "\(labels.assessment): \(project.id.rawValue)",
            columns: [
                .init(labels.criterion), .init(labels.weight, .right), .init(labels.count, .right), .init(labels.mean, .right),
                .init(labels.spread, .right), .init(labels.minimumMaximum, .right),
            ] + (context.showsDontKnow ? [.init(labels.dontKnowColumn, .right)] : []),
            rows: rows.map { row in
                .init(row.cells.enumerated().map { index, cell in index == 0 ? .text(cell) : .unbreakable(cell) }, isTotal: row.group != nil)
            })
        var blocks: [Document.Block] = [.table(table), .paragraph([.text(context.ratersLine(of: project))])]
        for comment in context.ratingComments(of: project) {
            let line = context.commentLine(comment)
            blocks.append(.paragraph([.text("\(line.source): \(line.text)")]))
        }
        return blocks
    }

    func budget(_ project: Project) -> [Document.Block] {
        var blocks: [Document.Block] = []
        let lines = workspace.budgetLines(of: project.id)
        if !lines.isEmpty {
            var table = Document.Table(
                caption: "\(labels.budget): \(project.id.rawValue)",
                columns: [.init(labels.budget), .init(labels.kind), .init(labels.year, .right), .init(labels.amount, .right)])
            for line in lines {
                table.rows.append(.init([
                    .text(line.label ?? labels.notGiven), .text(labels.costKind(line.kind)), .unbreakable(line.year.map(String.init) ?? "–"),
                    .unbreakable(context.money(line.amount)),
                ]))
            }
            let cost = ProjectCost(project: project.id, budget: lines)
            table.rows.append(.init([.text(labels.total), "", "", .unbreakable(context.money(cost.total))], isTotal: true))
            blocks.append(.table(table))
        }
        blocks += context.fundingLines(of: project.id).map { .paragraph([.text($0)]) }
        return blocks
    }
}
