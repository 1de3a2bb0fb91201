import WorkshopKit

/// `workshop overview`: the project office's view of a workspace on one terminal screen.
enum OverviewCommand {
    static let command = Command(
        name: "overview",
        summary: "Show a workspace at a glance: priority groups, budget, status, late projects.",
        usage: ["overview [WORKSPACE] [--on YYYY-MM-DD]"],
        discussion: """
            Prints what the project office looks at first, fitted to 80 columns: the state the workspace \
            is in (latest dated record and the hash of its files, as the exports name it), the projects per \
            priority group (* marks an override of the rule), each funding application's total, subsidy, \
            own share and checks, how many projects stand where by their latest status entry, and the \
            projects that are late: their running time ended before the day given by --on (default today; \
            SOURCE_DATE_EPOCH fixes today) but their latest status is neither done nor dropped. Colour and \
            bars only on a terminal. Read-only; without a WORKSPACE it shows the embedded example.
            """,
        options: [.value("on", "YYYY-MM-DD", "The day to judge lateness on (default today).")],
        examples: ["workshop overview", "workshop overview Workshops/my-process --on 2024-01-31"],
        run: { invocation throws(CLIError) in
            let store = try invocation.workspaceStore(allowDefault: true)
            let (workspace, digests) = try invocation.loadWorkspaceForStamp(store)
            let evaluation = Evaluation(workspace)
            var day = try Clock(environment: invocation.environment).today
            if let given = try invocation.day("on") { day = given }
            let stamp = ExportStamp(evaluation, digests: digests)
            invocation.out(text(evaluation, stamp: stamp, on: day, style: invocation.style))
        })

    /// The width every line fits in.
    static let width = 80

    static func text(_ evaluation: Evaluation, stamp: ExportStamp, on day: Day, style: Style) -> String {
        let workspace = evaluation.workspace
        let context = ExportContext(evaluation: evaluation, numbers: .terminal, stamp: stamp)
        let labels = context.labels
        var lines: [String] = [style.bold(fit(workspace.process.title, width)), fit(context.stampLine, width)]

        lines += ["", style.bold("Priority groups")]
        let groups = workspace.prioritisation.groups
        let largest = groups.map { group in evaluation.priorities.values.count { $0.group == group } }.max() ?? 0
        let nameWidth = min(20, groups.map { labels.priorityGroup($0).count }.max() ?? 0)
        for group in groups {
            let members = evaluation.consolidatedList.filter { evaluation.priorities[$0.id]?.group == group }
            let ids = members.map { $0.id.rawValue + (evaluation.priorities[$0.id]?.isOverridden == true ? "*" : "") }
            let head = "  " + fit(labels.priorityGroup(group), nameWidth).rightPadded(nameWidth) + " " + String(members.count).leftPadded(3)
            lines.append(head + style.bar(members.count, of: largest))
            lines += wrap(ids, indent: 6)
        }
        if evaluation.priorities.values.contains(where: \.isOverridden) { lines.append("  * group set by an override of the rule") }

        lines += ["", style.bold("Budget")]
        if evaluation.budgets.isEmpty { lines.append("  no funding applications") }
        for overview in evaluation.budgets {
            lines.append("  " + fit("\(overview.application.title) (\(overview.call.name))", width - 2))
            let numbers = NumberStyle.terminal
            let currency = workspace.process.currency
            var figures = [("total", overview.total), ("subsidy \(numbers.percent(overview.call.subsidyRate))", overview.subsidy),
                           ("own share \(numbers.percent(overview.call.ownShareRate))", overview.ownShare)]
            if overview.application.thirdPartyFunds != nil { figures.append(("after third-party funds", overview.ownShareAfterThirdParty)) }
            for (name, amount) in figures {
                lines.append("    " + name.rightPadded(24) + numbers.money(amount, currency: currency).leftPadded(22))
            }
            let findings = overview.findings.count
            lines.append("    " + (findings == 0 ? style.green("✓") + " funding conditions met" : style.red("✗") + " \(findings) funding condition(s) not met (see budget.md)"))
        }

        lines += ["", style.bold("Status") + " (latest entry per project)"]
        let latest = Dictionary(uniqueKeysWithValues: workspace.projects.compactMap { project in
            evaluation.latestStatus(of: project.id).map { (project.id, $0.state) }
        })
        let rows: [(String, [ProjectID])] = ProjectState.allCases.map { state in
            (labels.projectState(state), workspace.projects.map(\.id).filter { latest[$0] == state })
        } + [(labels.noStatus, workspace.projects.map(\.id).filter { latest[$0] == nil })]
        let stateWidth = min(24, rows.map(\.0.count).max() ?? 0)
        for (name, ids) in rows where !ids.isEmpty {
            lines.append("  " + fit(name, stateWidth).rightPadded(stateWidth) + " " + String(ids.count).leftPadded(3) + style.bar(ids.count, of: workspace.projects.count))
        }

        let late = workspace.projects.filter { project in
            guard let end = project.end, end < day else { return false }
            return latest[project.id] != .done && latest[project.id] != .dropped
        }
        lines += ["", style.bold("Late") + " (running time ended before \(context.date(day)), not done)"]
        if late.isEmpty { lines.append("  none") }
        let states = late.map { latest[$0.id].map(labels.projectState) ?? labels.noStatus }
        let lateStateWidth = min(24, states.map(\.count).max() ?? 0)
        for (project, state) in zip(late, states) {
            let tail = "  " + (project.end.map(context.date) ?? "") + "  " + fit(state, lateStateWidth).rightPadded(lateStateWidth)
            let room = width - 2 - tail.count
            lines.append("  " + style.yellow(fit("\(project.id) \(project.title)", room).rightPadded(room)) + tail)
        }
        return lines.map { line in String(line.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n") + "\n"
    }

    /// The text cut to `width` characters, ending in `…` when cut.
    static func fit(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(0, width - 1))) + "…"
    }

    /// Words on lines of at most `width` characters, each line indented.
    static func wrap(_ words: [String], indent: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in words.map({ fit($0, width - indent) }) {
            if !line.isEmpty && indent + line.count + 1 + word.count > width {
                lines.append(String(repeating: " ", count: indent) + line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(String(repeating: " ", count: indent) + line) }
        return lines
    }
}
