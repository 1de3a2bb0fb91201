import WorkshopKit

/// `workshop sources`: where the data come from, and what is illustrative.
enum SourcesCommand {
    static let command = Command(
        name: "sources",
        summary: "Say where a file's data come from (sources, reconstructed, illustrative), or list it for all files.",
        usage: [
            "sources WORKSPACE --file FILE [--provenance sources|reconstructed|illustrative] [--note TEXT]",
            "sources WORKSPACE --add DOCUMENT",
            "sources [WORKSPACE]",
        ],
        discussion: """
            Every file may say how far its data rest on the sources (--provenance: sources, reconstructed — \
            inferred from them, e.g. a mapping or an exact date —, or illustrative — made up for an example) \
            and carry a note saying what exactly; the logs ratings.csv and ballots.csv keep theirs in \
            process.json. --add lists a source document by a label that names it ("Sachstandsbericht 2023, \
            SV-10-0968"), never by a file name. index.md shows all of it under "Quellen und Annahmen"; briefs, \
            the project list, budget.md and the status report say which of their parts are illustrative or \
            reconstructed. Without --file or --add, lists each file with its provenance and note (read-only).
            """,
        options: [
            .value("file", "FILE", "The workspace file, e.g. ratings.csv."),
            .value("provenance", "KIND", "sources, reconstructed or illustrative."),
            .value("note", "TEXT", "What the file's data rest on (an empty text removes the note)."),
            .value("add", "DOCUMENT", "A source document to list."),
        ],
        examples: [
            "workshop sources Workshops/coesfeld-12 --file ratings.csv --provenance illustrative --note \"Die Quellen nennen keine Bewertungen.\"",
            "workshop sources Workshops/coesfeld-12 --add \"Sachstandsbericht 2023, SV-10-0968\"",
            "workshop sources",
        ],
        run: { invocation throws(CLIError) in
            if let label = try invocation.text("add") {
                return try WorkspaceChange.apply(invocation, files: [.process]) { workspace throws(WorkspaceError) in
                    try workspace.addSource(label)
                    return "listed the source \(label)"
                }
            }
            guard let name = invocation.arguments.value("file") else {
                for option in ["provenance", "note"] where invocation.arguments.has(option) {
                    throw .usage("--\(option) needs --file FILE", command: "sources")
                }
                return try list(invocation)
            }
            guard let file = WorkspaceFile(rawValue: name) else {
                throw .usage("--file '\(name)' is not a workspace file; files: \(WorkspaceFile.allCases.map(\.rawValue).joined(separator: ", "))", command: "sources")
            }
            let provenance = try invocation.choice("provenance", as: Provenance.self)
            let note = invocation.arguments.value("note")
            if provenance == nil && note == nil { throw .usage("give --provenance or --note for \(name)", command: "sources") }
            try WorkspaceChange.apply(invocation, files: [file.describedIn]) { workspace throws(WorkspaceError) in
                workspace.describe(file, provenance: provenance, note: note)
                return "described \(file.rawValue)"
            }
        })

    static func list(_ invocation: Invocation) throws(CLIError) {
        let store = try invocation.workspaceStore(allowDefault: true)
        // The logs keep their provenance in process.json: they are not read.
        let workspace = try invocation.loadWorkspace(store, files: WorkspaceFile.definitions)
        var text = workspace.process.sources.map { "source: \($0)\n" }.joined()
        for file in WorkspaceFile.allCases {
            let provenance = workspace.provenance[file]?.rawValue ?? "not stated"
            text += "\(file.rawValue.rightPadded(20)) \(provenance.rightPadded(14)) \(workspace.notes[file] ?? "")\n"
        }
        invocation.out(text)
    }
}
