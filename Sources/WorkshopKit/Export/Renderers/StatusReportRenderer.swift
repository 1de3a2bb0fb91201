/// The status report ("Sachstandsbericht") as Markdown for a committee paper: what changed in
/// the period, which milestones are late, which posts are vacant, how each project stands.
public struct StatusReportRenderer: Sendable {
    public let context: ExportContext

    public init(_ context: ExportContext) {
        self.context = context
    }

    private var labels: Labels { context.labels }
    private func text(_ key: OfficeText) -> String { key.text(context.process.language) }

    public func markdown(_ report: StatusReport) -> String {
        var output = "# \(MarkdownText.inline(text(.statusReport))) – \(MarkdownText.inline(context.process.title))\n\n"
        output += "- **\(MarkdownText.inline(text(.period))):** \(MarkdownText.inline(context.span(report.from, report.to)))\n"
        output += "- **\(MarkdownText.inline(text(.asOf))):** \(MarkdownText.inline(context.date(report.to)))\n"
        if let vision = context.process.vision?.motto ?? context.process.vision?.statement {
            output += "- **\(MarkdownText.inline(text(.vision))):** \(MarkdownText.inline(vision))\n"
        }
        output += "\n## \(MarkdownText.inline(text(.overview)))\n\n"
        let counts: [(OfficeText, Int)] = [
            (.newStatusEntries, report.statusEntries.count), (.milestonesDone, report.doneMilestones.count),
            (.milestonesLate, report.lateMilestones.count), (.vacantPosts, report.vacantPosts.count),
            (.decisions, report.decisions.count), (.applicationsSubmitted, report.submittedApplications.count),
        ]
        output += counts.map { "- \(MarkdownText.lineStart(text($0.0))): \($0.1)\n" }.joined()

        output += "\n## \(MarkdownText.inline(text(.whatChanged)))\n"
        output += section(text(.statusChanges), statusTable(report.statusEntries))
        output += section(text(.milestonesDone), milestoneTable(report.doneMilestones, on: report.to, done: true))
        output += section(text(.decisions), decisionTable(report.decisions))
        output += section(text(.applicationsSubmitted), applicationTable(report.submittedApplications))

        output += "\n## \(MarkdownText.inline(text(.milestonesLate))) (\(MarkdownText.inline(text(.asOf))) \(MarkdownText.inline(context.date(report.to))))\n\n"
        output += milestoneTable(report.lateMilestones, on: report.to, done: false) ?? MarkdownText.paragraph(text(.none)) + "\n"
        if let coming = milestoneTable(report.comingMilestones, on: report.to, done: false) {
            output += "\n### \(MarkdownText.inline(text(.milestonesUpcoming)))\n\n" + coming
        }

        output += "\n## \(MarkdownText.inline(text(.vacantPosts))) (\(MarkdownText.inline(text(.asOf))) \(MarkdownText.inline(context.date(report.to))))\n\n"
        output += postTable(report.vacantPosts, on: report.to) ?? MarkdownText.paragraph(text(.none)) + "\n"

        if !report.projectStates.isEmpty {
            output += "\n## \(MarkdownText.inline(text(.projectsAsOf))) \(MarkdownText.inline(context.date(report.to)))\n\n"
            var table = MarkdownTable(columns: [
                .init(labels.projectNumber, width: 5), .init(labels.project, width: 30), .init(text(.latestState), width: 12),
                .init(text(.since), width: 10),
            ])
            for (project, entry) in report.projectStates {
                table.rows.append([.text(project.id.rawValue), .text(project.title), .text(labels.projectState(entry.state)), .text(context.date(entry.date))])
            }
            output += table.markdown
        }
        output += sources(report)
        return output
    }

    private func section(_ title: String, _ body: String?) -> String {
        "\n### \(MarkdownText.inline(title))\n\n" + (body ?? MarkdownText.paragraph(text(.none)) + "\n")
    }

    private func statusTable(_ entries: [StatusEntry]) -> String? {
        guard !entries.isEmpty else { return nil }
        var table = MarkdownTable(columns: [
            .init(labels.date, width: 10), .init(labels.project, width: 24), .init(labels.status, width: 12), .init(labels.notes, width: 40),
        ])
        for entry in entries {
            let title = context.workspace.project(entry.project).map { "\(entry.project) \($0.title)" } ?? entry.project.rawValue
            table.rows.append([.text(context.date(entry.date)), .text(title), .text(labels.projectState(entry.state)), .text(entry.note)])
        }
        return table.markdown
    }

    private func milestoneTable(_ milestones: [Milestone], on day: Day, done: Bool) -> String? {
        guard !milestones.isEmpty else { return nil }
        var table = MarkdownTable(columns: [
            .init(text(.due).capitalisedFirst, width: 10), .init(text(.milestone), width: 30), .init(labels.project, width: 8),
            .init(done ? text(.done).capitalisedFirst : text(.daysLate), .right, width: 10),
        ])
        for milestone in milestones {
            let last: String
            if done, let finished = milestone.done {
                last = context.date(finished) + " (\(milestone.wasDoneLate ? text(.doneLate) : text(.onTime)))"
            } else {
                last = milestone.isOverdue(on: day) ? context.numbers.integer(milestone.due.days(until: day)) : "–"
            }
            table.rows.append([
                .text(context.date(milestone.due)), .text(milestone.title), .text(milestone.project?.rawValue ?? text(.processWide)), .text(last),
            ])
        }
        return table.markdown
    }

    private func decisionTable(_ decisions: [Decision]) -> String? {
        guard !decisions.isEmpty else { return nil }
        var table = MarkdownTable(columns: [
            .init(labels.date, width: 10), .init(text(.body), width: 24), .init(text(.document), width: 10), .init(text(.subject), width: 30),
            .init(text(.outcome), width: 20),
        ])
        for decision in decisions {
            table.rows.append([
                .text(decision.date.map(context.date) ?? labels.notGiven), .text(decision.body), .text(decision.document ?? "–"),
                .text(decision.subject), .text(decision.outcome ?? ""),
            ])
        }
        return table.markdown
    }

    private func applicationTable(_ applications: [FundingApplication]) -> String? {
        guard !applications.isEmpty else { return nil }
        var table = MarkdownTable(columns: [.init(labels.date, width: 10), .init(labels.funding, width: 40), .init(labels.projects, width: 20)])
        for application in applications {
            let call = context.workspace.fundingCall(application.call)?.name ?? application.call.rawValue
            table.rows.append([
                .text(application.submitted.map(context.date) ?? ""), .text("\(application.title) (\(call))"),
                .text(application.items.map(\.project.rawValue).joined(separator: ", ")),
            ])
        }
        return table.markdown
    }

    private func postTable(_ posts: [Post], on day: Day) -> String? {
        guard !posts.isEmpty else { return nil }
        var table = MarkdownTable(columns: [
            .init(text(.post), width: 30), .init(text(.partner), width: 16), .init(text(.size), .right, width: 6), .init(text(.vacantSince), width: 12),
        ])
        for post in posts {
            table.rows.append([
                .text(post.title), .text(post.partner.map { context.workspace.partner($0)?.name ?? $0.rawValue } ?? ""),
                .text(post.fullTimeEquivalent?.localised(context.numbers) ?? ""), .text(post.vacantFrom.map(context.date) ?? ""),
            ])
        }
        return table.markdown
    }

    /// The sources the report's entries name, and what of it is illustrative or reconstructed.
    private func sources(_ report: StatusReport) -> String {
        let named = report.statusEntries.compactMap(\.source) + report.doneMilestones.compactMap(\.source)
            + report.lateMilestones.compactMap(\.source) + report.decisions.compactMap(\.source) + report.vacantPosts.compactMap(\.source)
        var unique: [String] = []
        for source in named where !unique.contains(source) { unique.append(source) }
        let notes = ProvenanceNotes(context)
        var files: [WorkspaceFile] = []
        if !report.statusEntries.isEmpty || !report.projectStates.isEmpty { files.append(.status) }
        if !(report.doneMilestones + report.lateMilestones + report.comingMilestones).isEmpty { files.append(.milestones) }
        if !report.decisions.isEmpty { files.append(.decisions) }
        if !report.vacantPosts.isEmpty { files.append(.posts) }
        let marked = files.compactMap { file in
            notes.provenance(of: [file]).flatMap { $0 == .sources ? nil : "\(file.rawValue): \($0.label(context.process.language))" + (context.workspace.notes[file].map { " – \($0)" } ?? "") }
        }
        guard !unique.isEmpty || !marked.isEmpty else { return "" }
        var output = "\n## \(MarkdownText.inline(text(.sourcesAndAssumptions)))\n\n"
        if !unique.isEmpty { output += "- \(MarkdownText.lineStart("\(text(.reportSources)): \(unique.joined(separator: "; "))"))\n" }
        output += marked.map { "- \(MarkdownText.lineStart($0))\n" }.joined()
        return output
    }
}
