import WorkshopKit

/// `workshop add-idea`: record an idea sheet, or import many.
enum AddIdeaCommand {
    static let command = Command(
        name: "add-idea",
        summary: "Record an idea sheet, or import filled sheets, a CSV list or a Decidim/CONSUL export.",
        usage: [
            "add-idea WORKSPACE --title TITLE --theme THEME [--benefit TEXT] [--challenges TEXT] [--workshop ID] [--origin TEXT] [--submitter NAME] [--id ID]",
            "add-idea WORKSPACE --from PATH [--format sheets|list|decidim|consul] [--encoding NAME] [--theme THEME]",
        ],
        discussion: """
            Adds idea sheets ("Entwurf") to ideas.json and prints their ids. Without --id the next free \
            I-<n> is used. An idea comes from a workshop (--workshop) or from elsewhere (--origin, e.g. \
            "online form"); both may be given, the origin then saying more. A theme is named by its id or its \
            name, in any case and umlaut spelling ("Mobilität", "mobilitaet"); a workshop by its id or title. \
            Ideas are later rated, voted on and merged into projects with 'workshop consolidate'.
            --from imports many at once, all or nothing, every problem reported with its file and line: a \
            folder of filled idea sheets (.md or .txt, German or English; a blank one comes from 'workshop \
            idea-sheet'), one sheet, a CSV list with the columns title, theme and optionally id, benefit, \
            challenges, workshop, origin, submitter (comma or semicolon), or the proposals export of Decidim \
            (CSV or JSON) or CONSUL (CSV), whose reference and support count become the idea's origin. The \
            kind is told from the extension and the CSV header, or named with --format. --theme gives the \
            theme of ideas that name none (a CONSUL export names none). Reads no log.
            """,
        options: [
            .value("title", "TITLE", "The idea in a few words."),
            .value("theme", "THEME", "Theme id or name from process.json; with --from, the theme of ideas that name none."),
            .value("benefit", "TEXT", "Central benefit (Zentraler Nutzen der Idee)."),
            .value("challenges", "TEXT", "Expected challenges (Vermutete Herausforderungen und Schwierigkeiten)."),
            .value("workshop", "ID", "The workshop the idea came from."),
            .value("origin", "TEXT", "Where it came from when not from a workshop."),
            .value("submitter", "NAME", "Who handed it in."),
            .value("id", "ID", "The idea's id; default: the next free I-<n>."),
            .value("from", "PATH", "Import a folder of sheets, a sheet, a CSV list or a platform export."),
            .value("format", "KIND", "What --from holds: sheets, list, decidim or consul (default: told from the file)."),
            .value("encoding", "NAME", "The encoding of sheets and CSV: utf-8 (default), windows-1252 (older Excel), iso-8859-1."),
        ],
        examples: [
            "workshop add-idea Workshops/my-process --title \"Mobilstationen an Bahnhöfen\" --theme Mobilität --workshop ws-mobilitaet --benefit \"Bahn, Bus und Sharing an einem Ort\" --challenges \"Flächen an Bahnhöfen\"",
            "workshop add-idea Workshops/my-process --from ideensteckbriefe/",
            "workshop add-idea Workshops/my-process --from ideen-von-karten.csv --encoding windows-1252",
            "workshop add-idea Workshops/my-process --from decidim-proposals.csv",
            "workshop add-idea Workshops/my-process --from consul-proposals.csv --theme innenstadt",
        ],
        run: run)

    static let singleOptions = ["title", "benefit", "challenges", "workshop", "origin", "submitter", "id"]

    static func run(_ invocation: Invocation) throws(CLIError) {
        let store = try invocation.workspaceStore(allowDefault: false)
        let ids: [IdeaID]
        if let path = invocation.arguments.value("from") {
            if let option = singleOptions.first(where: invocation.arguments.has) {
                throw .usage("--from imports whole files; leave out --\(option)", command: "add-idea")
            }
            let encoding = try encoding(invocation)
            let format = try invocation.choice("format", as: IdeaImport.Format.self)
            let themeText = try invocation.text("theme")
            let url = invocation.url(path)
            ids = try invocation.transaction { () throws(WorkspaceError) in
                try store.change([.ideas]) { workspace throws(WorkspaceError) in
                    var defaultTheme: ThemeID?
                    if let themeText {
                        defaultTheme = workspace.theme(named: themeText)
                        if defaultTheme == nil {
                            throw .refused(
                                "--theme '\(themeText)' is not a theme of \(store.path(.process)); themes: \(workspace.process.themes.map(\.id.rawValue).joined(separator: ", "))")
                        }
                    }
                    let drafts: [Located<IdeaDraft>]
                    do throws(InputFailure) {
                        drafts = try IdeaImport.read(url, shownAs: path, format: format, encoding: encoding, language: workspace.process.language)
                    } catch {
                        switch error {
                        case .storage(let problem): throw .storage(problem)
                        case .invalid(let problems): throw .invalid(problems.diagnostics)
                        }
                    }
                    return try add(drafts, defaultTheme: defaultTheme, to: &workspace)
                }
            }
        } else {
            for option in ["format", "encoding"] where invocation.arguments.has(option) {
                throw .usage("--\(option) goes with --from", command: "add-idea")
            }
            let draft = IdeaDraft(
                id: invocation.arguments.value("id"), title: try invocation.required("title"), theme: try invocation.required("theme"),
                benefit: invocation.arguments.value("benefit"), challenges: invocation.arguments.value("challenges"),
                workshop: invocation.arguments.value("workshop"), origin: invocation.arguments.value("origin"),
                submitter: invocation.arguments.value("submitter"))
            // Problems point at the option that holds the value.
            var fields: [String: SourceLocation] = [:]
            for field in IdeaDraft.Field.allCases {
                if let value = invocation.arguments.value(field.rawValue) { fields[field.rawValue] = SourceLocation(file: "--\(field.rawValue) \(value)") }
            }
            let located = Located(draft, at: SourceLocation(file: "add-idea"), fields: fields)
            ids = try invocation.transaction { () throws(WorkspaceError) in
                try store.change([.ideas]) { workspace throws(WorkspaceError) in try add([located], defaultTheme: nil, to: &workspace) }
            }
        }
        if ids.count == 1, let id = ids.first {
            invocation.out("added idea \(id) to \(store.path(.ideas))\n")
        } else {
            let first = ids.first.map(\.rawValue) ?? "", last = ids.last.map(\.rawValue) ?? ""
            invocation.out("added \(ids.count) ideas (\(first) … \(last)) to \(store.path(.ideas))\n")
        }
    }

    /// Adds the drafts inside the transaction, every problem reported with its place.
    static func add(_ drafts: [Located<IdeaDraft>], defaultTheme: ThemeID?, to workspace: inout Workspace) throws(WorkspaceError) -> [IdeaID] {
        do {
            return try workspace.addIdeas(drafts, defaultTheme: defaultTheme)
        } catch {
            throw .invalid(error.diagnostics)
        }
    }

    /// `--encoding NAME`, UTF-8 by default.
    static func encoding(_ invocation: Invocation) throws(CLIError) -> TextEncoding {
        guard let name = invocation.arguments.value("encoding") else { return .utf8 }
        guard let encoding = TextEncoding(name: name) else {
            throw .usage("--encoding '\(name)' is not known; use \(TextEncoding.names)", command: "add-idea")
        }
        return encoding
    }
}
