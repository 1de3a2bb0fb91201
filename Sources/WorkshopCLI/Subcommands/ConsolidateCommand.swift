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
            "consolidate [WORKSPACE] --suggest [--min-similarity X] [--format text|json]",
        ],
        discussion: """
            Builds the consolidated project list from the idea sheets. --into merges the named ideas into \
            PROJECT, creating it when new (give --title; the theme is taken from the ideas when they share \
            one). The project keeps the list of its ideas, so every brief shows where its ideas came from and \
            every idea shows which project it went into. --set-aside records why an idea is not pursued; \
            --reopen takes it back. Without an action, prints the consolidation map: each project with its \
            ideas, the ideas set aside with their reasons, and the ideas still open (read-only; without a \
            WORKSPACE it shows the embedded example).
            --suggest lists groups of ideas that probably say the same thing, most similar first, each with \
            its similarity (0–1: the weight of the words all share over the weight of the words any uses, rare \
            words weighing more) and the shared words, and the --into command that would merge them. Words \
            are compared the German way: case, umlauts and ß folded, stop words left out, endings stripped, \
            compounds split ("Fahrradverleih" meets "Verleih von Fahrrädern"). Ideas set aside or already \
            merged together are not suggested. --min-similarity (default \(Hundredths(hundredths: Int(MergeSuggester.defaultMinimumSimilarity * 100)))) \
            is the least similarity within a group; the default had the best precision and recall on a \
            labelled set of German ideas (see README). Nothing is merged until you run the --into command.
            """,
        options: [
            .value("into", "PROJECT", "The project to merge into, e.g. P29."),
            .value("title", "TITLE", "The project's title (required for a new project)."),
            .value("theme", "THEME", "The project's theme."),
            .value("set-aside", "IDEA", "Set an idea aside (with --reason)."),
            .value("reason", "TEXT", "Why the idea is set aside."),
            .value("reopen", "IDEA", "Take a set-aside idea back."),
            .value("format", "text|json", "For the map and the suggestions: text (default) or JSON."),
            .flag("suggest", "List groups of probably duplicate ideas with similarity and shared words."),
            .value("min-similarity", "X", "With --suggest: the least similarity, 0.01…1 (default \(Hundredths(hundredths: Int(MergeSuggester.defaultMinimumSimilarity * 100))))."),
        ],
        examples: [
            "workshop consolidate Workshops/my-process --into P29 --title \"Mobilstationen\" I-12 I-17",
            "workshop consolidate Workshops/my-process --set-aside I-40 --reason \"bereits vorhanden (City-App)\"",
            "workshop consolidate",
            "workshop consolidate Workshops/my-process --suggest",
            "workshop consolidate Workshops/my-process --suggest --min-similarity 0.35 --format json",
        ],
        run: run)

    static func run(_ invocation: Invocation) throws(CLIError) {
        let actions = ["into", "set-aside", "reopen"].filter { invocation.arguments.has($0) }
        if actions.count > 1 { throw .usage("give one of --into, --set-aside, --reopen at a time", command: "consolidate") }
        if invocation.arguments.flag("suggest") {
            if !actions.isEmpty { throw .usage("--suggest only lists; run --into on its own to merge", command: "consolidate") }
            return try suggest(invocation)
        }
        if invocation.arguments.has("min-similarity") { throw .usage("--min-similarity goes with --suggest", command: "consolidate") }
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

    /// `--suggest`: groups of ideas that probably say the same thing.
    static func suggest(_ invocation: Invocation) throws(CLIError) {
        let json = try invocation.wantsJSON
        let minimum = try invocation.hundredths("min-similarity", range: 1...100).map { Double($0.value) / 100 }
        let store = try invocation.workspaceStore(allowDefault: true)
        let workspace = try invocation.loadWorkspace(store, files: [.process, .workshops, .ideas, .projects])
        let suggestions = MergeSuggester(minimumSimilarity: minimum ?? MergeSuggester.defaultMinimumSimilarity).suggest(in: workspace)
        func similarity(_ value: Double) -> String { Hundredths(hundredths: Int((value * 100).rounded(.down))).fixed }
        if json {
            invocation.out(
                JSONWriter.text(
                    .object([
                        "suggestions": .array(
                            suggestions.map { suggestion in
                                .object([
                                    "ideas": .array(suggestion.ideas.map(\.json)),
                                    "similarity": JSON(.number(similarity(suggestion.similarity))),
                                    "shared": .array(suggestion.shared.map(JSON.string)),
                                ])
                            })
                    ])))
            return
        }
        if suggestions.isEmpty { return invocation.out("no ideas look alike at similarity \(similarity(minimum ?? MergeSuggester.defaultMinimumSimilarity)) or more\n") }
        let map = ConsolidationMap(workspace: workspace)
        var nextNumber = (workspace.projects.compactMap { Int($0.id.rawValue.dropFirst()) }.max() ?? 0) + 1
        var text = ""
        for suggestion in suggestions {
            text += invocation.style.bold(similarity(suggestion.similarity)) + "  shared: \(suggestion.shared.joined(separator: ", "))\n"
            for id in suggestion.ideas {
                let into = map.projectsByIdea[id].map { " (in \($0.map(\.rawValue).joined(separator: ", ")))" } ?? ""
                text += "      \(id.rawValue.rightPadded(9)) \(workspace.idea(id)?.title ?? "")\(into)\n"
            }
            let existing = suggestion.ideas.compactMap { map.projectsByIdea[$0]?.first }.first
            let target: String
            if let existing {
                target = existing.rawValue
            } else {
                let title = suggestion.ideas.first.flatMap { workspace.idea($0)?.title } ?? ""
                target = "P\(nextNumber) --title \"\(title.replacingOccurrences(of: "\"", with: "'"))\""
                nextNumber += 1
            }
            text += "      → workshop consolidate \(store.shownAs) --into \(target) \(suggestion.ideas.map(\.rawValue).joined(separator: " "))\n"
        }
        invocation.out(text)
    }
}
