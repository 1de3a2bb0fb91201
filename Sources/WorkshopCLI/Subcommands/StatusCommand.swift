import WorkshopKit

/// `workshop status`: record how a project stands, or show it.
enum StatusCommand {
    static let command = Command(
        name: "status",
        summary: "Record a project's status (planned, running, paused, done, dropped) or show the latest of each.",
        usage: [
            "status WORKSPACE PROJECT STATE --note TEXT [--date YYYY-MM-DD] [--source TEXT]",
            "status [WORKSPACE] [PROJECT]",
        ],
        discussion: """
            With a PROJECT and a STATE (\(ProjectState.allCases.map(\.rawValue).joined(separator: ", "))), adds a dated \
            entry to status.json, as a status report ("Sachstandsbericht") gives it: --note says what stands, \
            --source which paper says so (e.g. "Sachstandsbericht 2023, SV-10-0968"), --date the day (default \
            today). Entries are kept in the order recorded; briefs show the history and the latest entry, \
            'workshop report' the entries of a period. Without a STATE, prints the history of PROJECT, or the \
            latest entry of every project (read-only; without a WORKSPACE, the embedded example).
            """,
        options: [
            .value("note", "TEXT", "What stands: the status report's words."),
            .value("date", "YYYY-MM-DD", "The day of the entry (default today)."),
            .value("source", "TEXT", "The paper it comes from, e.g. \"Sachstandsbericht 2023, SV-10-0968\"."),
        ],
        examples: [
            "workshop status Workshops/coesfeld-12 P19 running --date 2023-08-07 --note \"kommit!-Angebote im Bürgerlabor Mobiles Münsterland\" --source \"Sachstandsbericht 2023, SV-10-0968\"",
            "workshop status Workshops/coesfeld-12 P14",
            "workshop status",
        ],
        run: run)

    static func run(_ invocation: Invocation) throws(CLIError) {
        guard invocation.arguments.positionals.count >= 3, let project = try invocation.positional(1, as: ProjectID.self, what: "the project")
        else { return try show(invocation) }
        let name = invocation.arguments.positionals[2]
        guard let state = ProjectState(rawValue: name) else {
            throw .usage("'\(name)' is not a state; use \(ProjectState.allCases.map(\.rawValue).joined(separator: ", "))", command: "status")
        }
        if invocation.arguments.positionals.count > 3 { throw .usage("give one project and one state", command: "status") }
        let note = try invocation.required("note")
        let date = try invocation.dayOrToday()
        let source = try invocation.text("source")
        try WorkspaceChange.apply(invocation, files: [.status]) { workspace throws(WorkspaceError) in
            try workspace.recordStatus(StatusEntry(project: project, date: date, state: state, note: note, source: source))
            return "recorded \(project) \(state.rawValue) on \(date)"
        }
    }

    static func show(_ invocation: Invocation) throws(CLIError) {
        for option in ["note", "date", "source"] where invocation.arguments.has(option) {
            throw .usage("--\(option) records an entry: give the PROJECT and its STATE too", command: "status")
        }
        let store = try invocation.workspaceStore(allowDefault: true)
        let workspace = try invocation.loadWorkspace(store, files: [.process, .projects, .status])
        let evaluation = Evaluation(workspace)
        if let project = try invocation.positional(1, as: ProjectID.self, what: "the project") {
            guard workspace.project(project) != nil else { throw CLIError(.unknown(project, among: workspace.projects.map(\.id))) }
            let entries = workspace.status.enumerated().filter { $0.element.project == project }
                .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
            if entries.isEmpty { invocation.out("\(project): no status recorded\n") }
            for entry in entries {
                invocation.out("\(entry.date)  \(entry.state.rawValue.rightPadded(8))  \(entry.note)" + (entry.source.map { "  [\($0)]" } ?? "") + "\n")
            }
            return
        }
        var text = ""
        for project in workspace.projects.sorted(by: { $0.id < $1.id }) {
            guard let entry = evaluation.latestStatus(of: project.id) else { continue }
            text += "\(invocation.style.bold(project.id.rawValue.rightPadded(5))) \(entry.state.rawValue.rightPadded(8)) \(entry.date)  \(project.title)\n"
        }
        invocation.out(text.isEmpty ? "no status recorded in \(store.path(.status))\n" : text)
    }
}
