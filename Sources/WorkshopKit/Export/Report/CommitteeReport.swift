/// The committee report ("Vorlage mit Anlagen"): the process at a glance, the consolidated
/// project list by priority group, budget and funding, the consolidation, the votes, and the
/// project briefs as an appendix.
///
/// Built once as a `Document` and written as a self-contained web page (`report.html`, by
/// `HTMLReportWriter`) and a Word document (`paper.docx`, by `WordDocumentWriter`), so both
/// say the same. Pure: the same evaluation and stamp give the same document.
///
/// ```swift
/// let document = CommitteeReport(ExportContext(evaluation: Evaluation(workspace))).document()
/// ```
public struct CommitteeReport: Sendable {
    public let context: ExportContext
    /// The charts the figures show, drawn once for the report and the chart files.
    let charts: RenderedCharts

    public init(_ context: ExportContext) {
        self.init(context, charts: RenderedCharts(context))
    }

    init(_ context: ExportContext, charts: RenderedCharts) {
        self.context = context
        self.charts = charts
    }

    var labels: Labels { context.labels }
    var evaluation: Evaluation { context.evaluation }
    var workspace: Workspace { context.workspace }

    /// The anchors of the top-level sections, for links between them.
    enum Anchor {
        static let overview = "overview"
        static let projectList = "project-list"
        static let budget = "budget"
        static let consolidation = "consolidation"
        static let votes = "votes"
        static let sources = "sources-and-assumptions"
        static let briefs = "briefs"

        /// `brief-P19`: a project's brief in the appendix.
        static func brief(_ project: ProjectID) -> String { "brief-" + project.rawValue }
    }

    public func document() -> Document {
        Document(
            language: context.process.language, title: context.process.title, subtitle: context.process.subtitle ?? labels.reportSubtitle,
            stampLine: context.stampLine, stampDate: context.stampDateLine,
            note: labels.generatedBy + ". " + labels.generatedNote,
            // Every chapter starts a page, as in a committee paper; the title page holds the contents.
            sections: [overview(), projectList(), budget(), consolidation(), marked(votes(), [.ballots, .votes]), sourcesAndAssumptions(), briefs()]
                .compactMap { $0 }.map { section in
                var section = section
                section.startsPage = true
                return section
            })
    }

    // MARK: Shared pieces

    /// The chapter with the remark on `files` first, when they are not wholly from the sources.
    func marked(_ section: Document.Section, _ files: [WorkspaceFile]) -> Document.Section {
        var section = section
        section.blocks = remark(files) + section.blocks
        return section
    }

    /// A link to a project's brief, its id as the text.
    func briefLink(_ project: ProjectID) -> Document.Inline {
        .link(project.rawValue, anchor: Anchor.brief(project), unbreakable: true)
    }

    /// Each project's position in natural order (`P2` before `P10`): the sort key of the Nr. column.
    func naturalRanks() -> [ProjectID: Int] {
        Dictionary(workspace.projects.map(\.id).sorted().enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Ids separated by commas, each unbreakable: `I-IS-04, I-IS-05`.
    func ids<ID: Identifier>(_ ids: [ID]) -> [Document.Inline] {
        var inlines: [Document.Inline] = []
        for (index, id) in ids.enumerated() {
            if index > 0 { inlines.append(.text(", ")) }
            inlines.append(.unbreakable(id.rawValue))
        }
        return inlines
    }

    /// A text's lines as inlines joined by line breaks; trimmed like the Markdown exports.
    func lines(_ text: String) -> [Document.Inline] { .lines(MarkdownText.lines(of: text)) }

    // MARK: Overview

    func overview() -> Document.Section {
        let process = context.process
        var facts: [Document.Fact] = [
            .init(labels.partners, [.text(process.partners.isEmpty ? labels.none : process.partners.map(\.name).joined(separator: ", "))]),
        ]
        let counts: [(String, Int)] = [
            (labels.themes, process.themes.count), (labels.workshops, workspace.workshops.count), (labels.ideas, workspace.ideas.count),
            (labels.projects, workspace.projects.count), (labels.ballots, evaluation.voteResults.reduce(0) { $0 + $1.profile.voters }),
        ]
        facts += counts.map { .init($0.0, [.unbreakable(context.numbers.integer($0.1))]) }
        var subsections: [Document.Section] = []
        if !process.phases.isEmpty {
            let items: [[Document.Inline]] = process.phases.map { phase in
                let span = context.span(phase.start, phase.end)
                return [.strong(phase.name)] + (span.isEmpty ? [] : [.text(" (\(span))")]) + (phase.summary.map { [.text(": " + $0)] } ?? [])
            }
            subsections.append(.init(anchor: "phases", title: labels.phases, blocks: [.list(items)] + remark([.process])))
        }
        if !process.themes.isEmpty {
            var table = Document.Table(caption: labels.themes, columns: [.init(labels.theme), .init(labels.guidingImage), .init(labels.projects, .right)])
            for theme in process.themes {
                let count = workspace.projects.count { $0.theme == theme.id }
                table.rows.append(.init([.text(theme.name), .text(theme.guidingImage ?? labels.notGiven), .unbreakable(String(count))]))
            }
            subsections.append(.init(anchor: "themes", title: labels.themes, blocks: [.table(table)]))
        }
        if !workspace.workshops.isEmpty {
            var table = Document.Table(caption: labels.workshops, columns: [
                .init(labels.workshop), .init(labels.date), .init(labels.format), .init(labels.participants, .right), .init(labels.ideas, .right),
            ])
            for workshop in workspace.workshops {
                table.rows.append(.init([
                    .text(workshop.title), .unbreakable(workshop.date.map(context.date) ?? labels.notGiven),
                    .text(workshop.format.map(labels.workshopFormat) ?? labels.notGiven),
                    .unbreakable(workshop.headcount.map(String.init) ?? labels.notGiven),
                    .unbreakable(String(workspace.ideas.count { $0.workshop == workshop.id })),
                ]))
            }
            subsections.append(.init(anchor: "workshops", title: labels.workshops, blocks: [.table(table)] + remark([.workshops])))
        }
        if !workspace.criteria.isEmpty {
            var table = Document.Table(caption: labels.criteria, columns: [
                .init(labels.criterion), .init(labels.kind), .init(labels.weight, .right), .init(labels.scale), .init(labels.questions),
            ])
            for criterion in workspace.criteria {
                table.rows.append(.init([
                    .text(criterion.name), .text(labels.criterionGroup(criterion.group)), .unbreakable(criterion.weight.localised(context.numbers)),
                    .unbreakable(criterion.scale.rangeDescription), .init(.lines(criterion.questions)),
                ]))
            }
            subsections.append(.init(anchor: "criteria", title: labels.criteria, blocks: [.table(table)] + remark([.criteria])))
        }
        subsections.append(.init(anchor: "status", title: labels.statusCounts, blocks: [.facts(statusCounts())]))
        return .init(anchor: Anchor.overview, title: labels.overview, blocks: [.facts(facts)], subsections: subsections)
    }

    /// How many projects stand where, by their latest status; those without one last.
    func statusCounts() -> [Document.Fact] {
        let states = workspace.projects.map { evaluation.latestStatus(of: $0.id)?.state }
        var facts: [Document.Fact] = ProjectState.allCases.compactMap { state in
            let count = states.count { $0 == state }
            return count == 0 ? nil : .init(labels.projectState(state), [.unbreakable(String(count))])
        }
        let without = states.count { $0 == nil }
        if without > 0 { facts.append(.init(labels.noStatus, [.unbreakable(String(without))])) }
        return facts
    }
}
