import WorkshopKit

/// `workshop add-workshop`: record a workshop.
enum AddWorkshopCommand {
    static let command = Command(
        name: "add-workshop",
        summary: "Record a workshop: theme, date, format, moderator, participants.",
        usage: ["add-workshop WORKSPACE --id ID --title TITLE [--theme THEME] [--date YYYY-MM-DD] [--format presence|online|hybrid] [--moderator NAME] [--participants N] [--agenda ITEM ...]"],
        discussion: "Adds a workshop to workshops.json. Ideas name the workshop they came from by its id; votes name the workshop they were held in.",
        options: [
            .value("id", "ID", "Short id, e.g. ws-mobilitaet."),
            .value("title", "TITLE", "Title, e.g. \"Themenfeld-Workshop Mobilität\"."),
            .value("theme", "THEME", "Theme id from process.json."),
            .value("date", "YYYY-MM-DD", "The day it took place."),
            .value("format", "FORMAT", "presence, online or hybrid."),
            .value("moderator", "NAME", "Who moderated."),
            .value("participants", "N", "How many took part."),
            .repeated("agenda", "ITEM", "An agenda item; repeatable, in order."),
            .value("notes", "TEXT", "Anything worth keeping."),
        ],
        examples: [
            "workshop add-workshop Workshops/my-process --id ws-mobilitaet --title \"Themenfeld-Workshop Mobilität\" --theme mobilitaet --date 2020-02-19 --format presence --participants 30"
        ],
        run: { invocation throws(CLIError) in
            let store = try invocation.workspaceStore(allowDefault: false)
            let id = try invocation.identifier("id", as: WorkshopID.self)
            let theme = try invocation.optionalIdentifier("theme", as: ThemeID.self)
            var format: WorkshopFormat?
            if let text = invocation.arguments.value("format") {
                guard let parsed = WorkshopFormat(rawValue: text) else {
                    throw .usage("--format '\(text)' is not known; use presence, online or hybrid", command: "add-workshop")
                }
                format = parsed
            }
            var count: Int?
            if let text = invocation.arguments.value("participants") {
                guard let value = Int(text), value >= 0 else {
                    throw .usage("--participants '\(text)' must be a whole number of people", command: "add-workshop")
                }
                count = value
            }
            let workshop = Workshop(
                id: id, title: try invocation.required("title"), theme: theme, date: try invocation.day("date"), format: format,
                moderator: invocation.arguments.value("moderator"), participantCount: count, agenda: invocation.arguments.all("agenda"),
                notes: invocation.arguments.value("notes"))
            try invocation.transaction { () throws(WorkspaceError) in
                try store.change([.workshops]) { workspace throws(WorkspaceError) in
                    if workspace.workshop(id) != nil { throw .refused("workshop \(id) exists already in \(store.path(.workshops))") }
                    if let theme, workspace.process.theme(theme) == nil {
                        throw .refused(
                            "unknown theme '\(theme)'; themes in process.json: \(workspace.process.themes.map(\.id.rawValue).joined(separator: ", "))")
                    }
                    workspace.workshops.append(workshop)
                }
            }
            invocation.out("added workshop \(id) to \(store.path(.workshops))\n")
        })
}
