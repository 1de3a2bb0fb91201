/// What in the committee report rests on the sources and what was reconstructed or made up:
/// the chapter "Quellen und Annahmen" and the lines that point to it, all from
/// `ProvenanceNotes`, so the report and the paper say what the Markdown exports say.
extension CommitteeReport {
    var notes: ProvenanceNotes { ProvenanceNotes(context) }

    private func text(_ key: OfficeText) -> String { key.text(context.process.language) }

    /// The chapter: the documents the data come from, then per workspace file what it holds,
    /// how far it rests on the sources and its note. `nil` when the workspace says nothing
    /// about its sources.
    func sourcesAndAssumptions() -> Document.Section? {
        guard notes.hasSection else { return nil }
        var subsections: [Document.Section] = []
        let sources = context.process.sources
        if !sources.isEmpty {
            subsections.append(.init(anchor: "\(Anchor.sources)-documents", title: text(.sources), blocks: [.list(sources.map { [.text($0)] })]))
        }
        let rows = notes.fileRows
        if !rows.isEmpty {
            let table = Document.Table(
                caption: text(.whatComesFromWhere),
                columns: [.init(text(.file)), .init(text(.contents)), .init(text(.provenance)), .init(text(.note))],
                rows: rows.map { .init([.text($0.file.rawValue), .text($0.contents), .text($0.provenance), .text($0.note)]) })
            subsections.append(.init(
                anchor: "\(Anchor.sources)-files", title: text(.whatComesFromWhere),
                blocks: [.table(table), .note([.text(text(.provenanceExplanation))])]))
        }
        return .init(anchor: Anchor.sources, title: text(.sourcesAndAssumptions), subsections: subsections)
    }

    /// A statement as a paragraph: "**Quellen und Annahmen:** … Einzelheiten unter Quellen und
    /// Annahmen." with a link to the chapter; none for no statement.
    func provenance(_ statement: ProvenanceStatement?) -> [Document.Block] {
        guard let statement else { return [] }
        let sentences = statement.sentences(context.process.language).joined(separator: " ")
        return [.paragraph([.strong(text(.sourcesAndAssumptions) + ":"), .text(" " + sentences)] + pointer())]
    }

    /// Small print under a part made from `files` that are not wholly from the sources:
    /// "Rekonstruiert (process.json) – Einzelheiten unter Quellen und Annahmen."; none when they are.
    func remark(_ files: [WorkspaceFile]) -> [Document.Block] {
        guard let word = notes.remarkWord(files) else { return [] }
        return [.note([.text("\(word) (\(files.map(\.rawValue).joined(separator: ", ")))")] + pointer(dash: true))]
    }

    /// " Einzelheiten unter Quellen und Annahmen." linking to the chapter, or "." when there is none.
    private func pointer(dash: Bool = false) -> [Document.Inline] {
        guard notes.hasSection else { return dash ? [.text(".")] : [] }
        return [
            .text((dash ? " – " : " ") + text(.detailsUnder) + " "), .link(text(.sourcesAndAssumptions), anchor: Anchor.sources, unbreakable: false),
            .text("."),
        ]
    }
}
