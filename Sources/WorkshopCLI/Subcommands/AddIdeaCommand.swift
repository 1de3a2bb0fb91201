import WorkshopKit

/// `workshop add-idea`: record an idea sheet.
enum AddIdeaCommand {
    static let command = Command(
        name: "add-idea",
        summary: "Record an idea sheet: title, theme, central benefit, expected challenges, origin.",
        usage: ["add-idea WORKSPACE --title TITLE --theme THEME [--benefit TEXT] [--challenges TEXT] [--workshop ID] [--origin TEXT] [--submitter NAME] [--id ID]"],
        discussion: """
            Adds an idea sheet ("Entwurf") to ideas.json and prints its id. Without --id the next free \
            I-<n> is used. An idea comes from a workshop (--workshop) or from elsewhere (--origin, e.g. \
            "online form"); both may be given, the origin then saying more. Ideas are later rated, voted on and merged into projects with 'workshop consolidate'. Reads no log.
            """,
        options: [
            .value("title", "TITLE", "The idea in a few words."),
            .value("theme", "THEME", "Theme id from process.json."),
            .value("benefit", "TEXT", "Central benefit (Zentraler Nutzen der Idee)."),
            .value("challenges", "TEXT", "Expected challenges (Vermutete Herausforderungen und Schwierigkeiten)."),
            .value("workshop", "ID", "The workshop the idea came from."),
            .value("origin", "TEXT", "Where it came from when not from a workshop."),
            .value("submitter", "NAME", "Who handed it in."),
            .value("id", "ID", "The idea's id; default: the next free I-<n>."),
        ],
        examples: [
            "workshop add-idea Workshops/my-process --title \"Mobilstationen an Bahnhöfen\" --theme mobilitaet --workshop ws-mobilitaet --benefit \"Bahn, Bus und Sharing an einem Ort\" --challenges \"Flächen an Bahnhöfen\""
        ],
        run: { invocation throws(CLIError) in
            let store = try invocation.workspaceStore(allowDefault: false)
            let title = try invocation.required("title")
            let theme = try invocation.identifier("theme", as: ThemeID.self)
            let workshop = try invocation.optionalIdentifier("workshop", as: WorkshopID.self)
            let given = try invocation.optionalIdentifier("id", as: IdeaID.self)
            let id = try invocation.transaction { () throws(WorkspaceError) in
                try store.change([.ideas]) { workspace throws(WorkspaceError) in
                    guard workspace.process.theme(theme) != nil else {
                        throw .refused(
                            "unknown theme '\(theme)'; themes in process.json: \(workspace.process.themes.map(\.id.rawValue).joined(separator: ", "))")
                    }
                    if let workshop, workspace.workshop(workshop) == nil {
                        throw .refused("unknown workshop '\(workshop)'; workshops: \(workspace.workshops.map(\.id.rawValue).joined(separator: ", "))")
                    }
                    if let given, workspace.isItemIDTaken(given.rawValue) {
                        throw .refused("id \(given) is taken by an idea or project; choose another")
                    }
                    let id = given ?? workspace.nextIdeaID()
                    workspace.ideas.append(
                        Idea(
                            id: id, title: title, theme: theme, benefit: invocation.arguments.value("benefit"),
                            challenges: invocation.arguments.value("challenges"), workshop: workshop,
                            origin: invocation.arguments.value("origin"), submitter: invocation.arguments.value("submitter")))
                    return id
                }
            }
            invocation.out("added idea \(id) to \(store.path(.ideas))\n")
        })
}
