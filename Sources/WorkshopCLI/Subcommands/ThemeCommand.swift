import WorkshopKit

/// `workshop theme`: add a theme (field of action) or change its name and guiding image.
enum ThemeCommand {
    static let command = Command(
        name: "theme",
        summary: "Add a theme (field of action) with its guiding image, or change them.",
        usage: ["theme WORKSPACE --id ID [--name TEXT] [--guiding-image TEXT]"],
        discussion: """
            Writes process.json. A new theme needs a name; its id must not be an idea's or project's, since \
            themes can be rated like ideas under their id (workshop rate WORKSPACE --item ID, a sheet or a \
            session with --item ID): the seeds score the Tourismus theme on the same criteria before any idea \
            exists. index.md lists the themes with their guiding images, and the scores of those rated.
            """,
        options: [
            .value("id", "ID", "The theme's id, e.g. tourismus."),
            .value("name", "TEXT", "Its name, e.g. Tourismus."),
            .value("guiding-image", "TEXT", "Its guiding image (Leitbild)."),
        ],
        examples: [
            "workshop theme Workshops/my-process --id tourismus --name Tourismus --guiding-image \"Gäste finden alle Angebote digital.\"",
            "workshop rate Workshops/my-process --rater AK-01 --item tourismus --score wachstum=4 --score netzwerke=3",
        ],
        run: { invocation throws(CLIError) in
            let id = try invocation.identifier("id", as: ThemeID.self)
            let name = try invocation.text("name")
            let image = try invocation.text("guiding-image")
            try WorkspaceChange.apply(invocation, files: [.process]) { workspace throws(WorkspaceError) in
                try workspace.setTheme(id, name: name, guidingImage: image)
            }
        })
}
