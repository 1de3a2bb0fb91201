import WorkshopKit

/// `workshop run`: the main job, the whole pipeline on a workspace.
enum RunCommand {
    static let command = Command(
        name: "run",
        summary: "The main job: check, score, prioritise, budget and export a workspace.",
        usage: ["run [WORKSPACE] [--out DIR] [--csv-profile standard|excel-de] [--with-names]"],
        discussion: """
            Runs the whole pipeline: checks the workspace (stopping with every problem listed if \
            there is any), scores ideas and projects on the criteria, counts the votes, sorts the projects \
            into priority groups by the stated rule and its overrides, adds up the budgets with subsidy and \
            own share, prints a summary and writes all exports (see 'workshop export --help').
            Without a WORKSPACE, runs the embedded example \(Invocation.defaultWorkspace).
            """,
        options: ExportCommand.options,
        examples: ["workshop run", "swift run workshop run Workshops/coesfeld-12", "workshop run Workshops/my-process --csv-profile standard"],
        run: { invocation throws(CLIError) in
            let store = try invocation.workspaceStore(allowDefault: true)
            let target = try ExportCommand.Target(store.id, invocation)
            let (workspace, digests, seals) = try invocation.loadWorkspaceForStamp(store)
            let template = try ExportCommand.briefTemplate(store)
            let evaluation = Evaluation(target.withNames ? workspace : workspace.withoutPersonalData)
            invocation.out(summary(evaluation, style: invocation.style))
            try ExportCommand.write(evaluation, stamp: ExportStamp(evaluation, digests: digests, ballotLog: seals[.ballots]), template: template, to: target, invocation)
        })

    /// "1 idea", "2 ideas".
    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }

    static func summary(_ evaluation: Evaluation, style: Style) -> String {
        let workspace = evaluation.workspace
        let map = evaluation.consolidation
        let labels = Labels(workspace.process.language)
        var text = style.bold(workspace.process.title) + "\n"
        text += "  \(count(workspace.workshops.count, "workshop")), \(count(workspace.ideas.count, "idea")) (\(map.projectsByIdea.count) merged, "
            + "\(map.setAside.count) set aside, \(map.open.count) open), \(count(workspace.projects.count, "project")), "
            + "\(count(workspace.ratings.recordCount, "rating")), \(count(workspace.ballots.count, "ballot"))\n"
        let groups = workspace.prioritisation.groups.map { group in
            "\(labels.priorityGroup(group)): \(evaluation.priorities.values.count { $0.group == group })"
        }
        let overrides = evaluation.priorities.values.count(where: \.isOverridden)
        text += "  " + groups.joined(separator: " · ") + (overrides > 0 ? " (\(overrides) overridden)" : "") + "\n"
        for overview in evaluation.budgets {
            let numbers = NumberStyle.terminal
            text += "  \(overview.application.title): \(numbers.millions(overview.total)) million \(workspace.process.currency) "
                + "(subsidy \(numbers.millions(overview.subsidy)), own share \(numbers.millions(overview.ownShare)))"
            let problems = overview.findings.count
            text += problems == 0 ? "\n" : " – \(style.yellow("\(problems) funding condition(s) not met, see budget.md"))\n"
        }
        return text
    }
}
