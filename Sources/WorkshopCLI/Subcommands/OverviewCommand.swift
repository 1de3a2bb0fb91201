import WorkshopKit

/// `workshop overview`: the project office's view of a workspace on one terminal screen.
enum OverviewCommand {
    static let command = Command(
        name: "overview",
        summary: "Show a workspace at a glance: priority groups, budget, status, late projects and milestones.",
        usage: ["overview [WORKSPACE] [--on YYYY-MM-DD|today]"],
        discussion: """
            Prints what the project office looks at first, fitted to 80 columns: the state the workspace \
            is in (latest dated record and the hash of its files, as the exports name it), the projects per \
            priority group (* marks an override of the rule), each funding application's total, subsidy, \
            own share and checks, how many projects stand where by their latest status entry, the \
            projects that are late (their running time ended before the day but their latest status is \
            neither done nor dropped) and the milestones that are late (due before the day and not done by \
            then). The day is --on; by default the stamp's date, the latest date in the workspace's records, \
            so the same workspace always shows the same; '--on today' asks for the clock \
            (SOURCE_DATE_EPOCH fixes it). A workspace with no dated record needs --on to judge lateness. \
            Colour and bars only on a terminal. Read-only; without a WORKSPACE it shows the embedded example.
            """,
        options: [.value("on", "YYYY-MM-DD|today", "The day to judge lateness on (default the stamp's date).")],
        examples: [
            "workshop overview", "workshop overview Workshops/my-process --on 2024-01-31", "workshop overview Workshops/my-process --on today",
        ],
        run: { invocation throws(CLIError) in
            let store = try invocation.workspaceStore(allowDefault: true)
            let (workspace, digests, _) = try invocation.loadWorkspaceForStamp(store)
            let evaluation = Evaluation(workspace)
            let stamp = ExportStamp(evaluation, digests: digests)
            let day: Day?
            if invocation.arguments.value("on") == "today" {
                day = try Clock(environment: invocation.environment).today
            } else {
                day = try invocation.day("on") ?? stamp.day
            }
            invocation.out(text(evaluation, stamp: stamp, on: day, style: invocation.style))
        })

    /// The width every line fits in.
    static let width = 80

    /// - Parameter day: the day lateness is judged on; `nil` when none is known (the sections
    ///   on late projects and milestones then say how to give one).
    static func text(_ evaluation: Evaluation, stamp: ExportStamp, on day: Day?, style: Style) -> String {
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

        guard let day else {
            lines += ["", style.bold("Late"), "  no dated record to judge by: give --on YYYY-MM-DD or --on today"]
            return lines.map { line in String(line.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n") + "\n"
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
        lines += lateMilestones(workspace, on: day, context: context, style: style)
        return lines.map { line in String(line.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n") + "\n"
    }

    /// The milestones due before `day` and not done by then, oldest first: due date, the
    /// project (or the whole process) and the title, cut to fit.
    static func lateMilestones(_ workspace: Workspace, on day: Day, context: ExportContext, style: Style) -> [String] {
        let late = workspace.milestones.filter { $0.isOverdue(on: day) }.sorted { ($0.due, $0.id) < ($1.due, $1.id) }
        var lines = ["", style.bold("Late milestones") + " (due before \(context.date(day)), not done by then)"]
        if late.isEmpty { lines.append("  none") }
        let owners = late.map { $0.project?.rawValue ?? OfficeText.processWide.text(workspace.process.language) }
        let ownerWidth = min(16, owners.map(\.count).max() ?? 0)
        for (milestone, owner) in zip(late, owners) {
            let head = "  " + context.date(milestone.due) + "  " + fit(owner, ownerWidth).rightPadded(ownerWidth) + "  "
            lines.append(head + style.yellow(fit(milestone.title, width - head.count)))
        }
        return lines
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
