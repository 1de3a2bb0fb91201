import WorkshopKit

/// `workshop idea-sheet`: a blank idea sheet to fill in.
enum IdeaSheetCommand {
    static let command = Command(
        name: "idea-sheet",
        summary: "Print a blank idea sheet (title, theme, origin, submitter, benefit, challenges) in Markdown.",
        usage: ["idea-sheet [WORKSPACE] [--language de|en]"],
        discussion: """
            Prints the idea sheet ("Ideensteckbrief", the paper "Entwurf") as Markdown, to print, to hand \
            round as a file or to fill in on a laptop: the fields Titel, Themenfeld, Workshop oder Herkunft, \
            Eingereicht von, and the sections "Zentraler Nutzen der Idee" and "Vermutete Herausforderungen \
            und Schwierigkeiten". With a WORKSPACE, its title, themes and theme workshops are listed as hints \
            and the sheet is in its language (--language overrides). Filled sheets, German or English, are \
            read back with 'workshop add-idea WORKSPACE --from FOLDER'.
            """,
        options: [.value("language", "de|en", "The sheet's language (default: the workspace's, or de).")],
        examples: [
            "workshop idea-sheet Workshops/coesfeld-12 > ideensteckbrief.md",
            "workshop idea-sheet --language en",
        ],
        run: { invocation throws(CLIError) in
            let workspace = invocation.arguments.positionals.isEmpty ? nil : try invocation.loadWorkspace(try invocation.workspaceStore(allowDefault: false), files: [.process])
            let language = try invocation.choice("language", as: Language.self) ?? workspace?.process.language ?? .german
            invocation.out(IdeaSheet.blank(language: language, workspace: workspace))
        })
}
