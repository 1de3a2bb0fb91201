import WorkshopKit

/// `workshop consolidate`: merge idea sheets into projects, with traceability.
enum ConsolidateCommand {
    static let command = Command(
        name: "consolidate",
        summary: "Merge ideas into projects of the consolidated list, set ideas aside, show the map.",
        usage: [
            "consolidate WORKSPACE --into PROJECT [--title TITLE] [--theme THEME] IDEA ...",
            "consolidate WORKSPACE --set-aside IDEA --reason TEXT",
            "consolidate WORKSPACE --reopen IDEA",
            "consolidate [WORKSPACE] [--format text|json]",
        ],
        discussion: """
            Builds the consolidated project list from the idea sheets. --into merges the named ideas into \
            PROJECT, creating it when new (give --title; the theme is taken from the ideas when they share \
            one). The project keeps the list of its ideas, so every brief shows where its ideas came from and \
            every idea shows which project it went into. --set-aside records why an idea is not pursued; \
            --reopen takes it back. Without an action, prints the consolidation map: each project with its \
            ideas, the ideas set aside with their reasons, and the ideas still open (read-only; without a \
            WORKSPACE it shows the embedded example).
            """,
        options: [
            .value("into", "PROJECT", "The project to merge into, e.g. P29."),
            .value("title", "TITLE", "The project's title (required for a new project)."),
            .value("theme", "THEME", "The project's theme."),
            .value("set-aside", "IDEA", "Set an idea aside (with --reason)."),
            .value("reason", "TEXT", "Why the idea is set aside."),
            .value("reopen", "IDEA", "Take a set-aside idea back."),
            .value("format", "text|json", "For the map: text (default) or JSON."),
        ],
        examples: [
            "workshop consolidate Workshops/my-process --into P29 --title \"Mobilstationen\" I-12 I-17",
            "workshop consolidate Workshops/my-process --set-aside I-40 --reason \"bereits vorhanden (City-App)\"",
            "workshop consolidate",
        ],
        run: run)

    static func run(_ invocation: Invocation) throws(CLIError) {
        let actions = ["into", "set-aside", "reopen"].filter { invocation.arguments.has($0) }
        if actions.count > 1 { throw .usage("give one of --into, --set-aside, --reopen at a time", command: "consolidate") }
        guard let action = actions.first else { return try show(invocation) }
        let store = try invocation.workspaceStore(allowDefault: false)
        let change: (inout Workspace) throws(Consolidation.Problem) -> String
        switch action {
        case "into":
            let project = try invocation.identifier("into", as: ProjectID.self)
            if invocation.rest.isEmpty { throw .usage("name the ideas to merge into \(project), e.g. I-3 I-7", command: "consolidate") }
            var ideas: [IdeaID] = []
            for text in invocation.rest {
                guard case .success(let id) = IdeaID.validated(text) else {
                    throw .usage("'\(text)' is not an idea id", command: "consolidate")
                }
                ideas.append(id)
            }
            let theme = try invocation.optionalIdentifier("theme", as: ThemeID.self)
            let title = invocation.arguments.value("title")
            change = { workspace throws(Consolidation.Problem) in
                let result = try Consolidation.merge(ideas, into: project, title: title, theme: theme, in: &workspace)
                return "project \(result.id) now holds \(result.ideas.map(\.rawValue).joined(separator: ", "))"
            }
        case "set-aside":
            let idea = try invocation.identifier("set-aside", as: IdeaID.self)
            let reason = try invocation.required("reason")
            change = { workspace throws(Consolidation.Problem) in
                try Consolidation.setAside(idea, reason: reason, in: &workspace)
                return "idea \(idea) set aside"
            }
        default:
            let idea = try invocation.identifier("reopen", as: IdeaID.self)
            change = { workspace throws(Consolidation.Problem) in
                try Consolidation.reopen(idea, in: &workspace)
                return "idea \(idea) is open again"
            }
        }
        // projects.json first: an interruption between the two files then leaves a set-aside idea
        // merely open, never "set aside but merged".
        let message = try invocation.transaction { () throws(WorkspaceError) in
            try store.change([.projects, .ideas]) { workspace throws(WorkspaceError) in
                do throws(Consolidation.Problem) {
                    return try change(&workspace)
                } catch {
                    throw .refused(error.description)
                }
            }
        }
        invocation.out(message + " (\(store.path(.projects)), \(store.path(.ideas)))\n")
    }

    static func show(_ invocation: Invocation) throws(CLIError) {
        let json = try invocation.wantsJSON
        let store = try invocation.workspaceStore(allowDefault: true)
        let workspace = try invocation.loadWorkspace(store, files: [.process, .workshops, .ideas, .projects])
        let map = ConsolidationMap(workspace: workspace)
        if json {
            invocation.out(
                JSONWriter.text(
                    .object([
                        "projects": .array(
                            workspace.projects.sorted { $0.id < $1.id }.map { project in
                                .object(["project": project.id.json, "ideas": .array(project.ideas.map(\.json))])
                            }),
                        "setAside": .array(
                            map.setAside.map { id in
                                .object(["idea": id.json, "reason": .string(workspace.idea(id)?.setAside ?? "")])
                            }),
                        "open": .array(map.open.map(\.json)),
                    ])))
            return
        }
        var text = ""
        for project in workspace.projects.sorted(by: { $0.id < $1.id }) {
            text += invocation.style.bold(project.id.rawValue.rightPadded(5)) + " \(project.title)\n"
            for id in project.ideas {
                text += "      ← \(id.rawValue.rightPadded(9)) \(workspace.idea(id)?.title ?? "")\n"
            }
        }
        if !map.setAside.isEmpty {
            text += invocation.style.bold("set aside") + "\n"
            for id in map.setAside { text += "      \(id.rawValue.rightPadded(9)) \(workspace.idea(id)?.setAside ?? "")\n" }
        }
        text += map.open.isEmpty
            ? "every idea is merged or set aside\n"
            : invocation.style.yellow("open") + ": " + map.open.map(\.rawValue).joined(separator: ", ") + "\n"
        invocation.out(text)
    }
}
