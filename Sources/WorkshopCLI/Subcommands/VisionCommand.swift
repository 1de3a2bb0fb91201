import WorkshopKit

/// `workshop vision`: the shared vision and the guiding images of the themes.
enum VisionCommand {
    static let command = Command(
        name: "vision",
        summary: "Record the shared vision, or a theme's guiding image (Leitbild).",
        usage: [
            "vision WORKSPACE --statement TEXT [--motto TEXT] [--source TEXT]",
            "vision WORKSPACE --theme THEME --guiding-image TEXT",
        ],
        discussion: """
            Writes to process.json. The vision is where all partners want to be, in a sentence or two, with \
            a motto and the paper it comes from; index.md shows it and the status report quotes it. A theme's \
            guiding image says where that field of action should be; index.md lists them beside the themes.
            """,
        options: [
            .value("statement", "TEXT", "The vision."),
            .value("motto", "TEXT", "A short motto."),
            .value("source", "TEXT", "The paper it comes from."),
            .value("theme", "THEME", "The theme whose guiding image is given."),
            .value("guiding-image", "TEXT", "The theme's guiding image."),
        ],
        examples: [
            "workshop vision Workshops/my-process --statement \"Digitale Angebote machen das Leben im Kreis einfacher.\" --motto \"Gemeinsam digital\"",
            "workshop vision Workshops/my-process --theme mobilitaet --guiding-image \"Jeder Ort ist ohne eigenes Auto gut erreichbar.\"",
        ],
        run: { invocation throws(CLIError) in
            if invocation.arguments.has("theme") || invocation.arguments.has("guiding-image") {
                let theme = try invocation.identifier("theme", as: ThemeID.self)
                let image = try invocation.required("guiding-image")
                return try WorkspaceChange.apply(invocation, files: [.process]) { workspace throws(WorkspaceError) in
                    try workspace.setGuidingImage(image, for: theme)
                    return "set the guiding image of \(theme)"
                }
            }
            let vision = Vision(
                statement: try invocation.required("statement"), motto: try invocation.text("motto"), source: try invocation.text("source"))
            try WorkspaceChange.apply(invocation, files: [.process]) { workspace throws(WorkspaceError) in
                try workspace.setVision(vision)
                return "set the vision"
            }
        })
}
