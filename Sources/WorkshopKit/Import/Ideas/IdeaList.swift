import Foundation

/// A list of ideas as CSV, one row per idea: typed in from cards, or exported from a form.
///
/// Columns (header row, any order, names compared ignoring case and spaces): `title` and
/// `theme` required; `id`, `benefit`, `challenges`, `workshop`, `origin`, `submitter`
/// optional. `theme` is a theme's id or name, `workshop` a workshop's id or title. Comma or
/// semicolon separated, in the encodings `CSVReader` reads.
public enum IdeaList {
    public static let requiredColumns = ["title", "theme"]
    public static let optionalColumns = ["id", "benefit", "challenges", "workshop", "origin", "submitter"]

    /// Reads every row; a row without a title is reported with its line.
    /// - Throws: `InvalidInput` with every problem found.
    public static func read(_ bytes: [UInt8], file: String, reader: CSVReader = CSVReader()) throws(InvalidInput) -> [Located<IdeaDraft>] {
        let table = try CSVTable(bytes: bytes, file: file, required: requiredColumns, optional: optionalColumns, reader: reader)
        var diagnostics = Diagnostics()
        var drafts: [Located<IdeaDraft>] = []
        for row in table.rows {
            func value(_ column: IdeaDraft.Field) -> String? {
                let text = table.value(row, column.rawValue).trimmingCharacters(in: .whitespacesAndNewlines)
                return text.isEmpty ? nil : text
            }
            let draft = IdeaDraft(
                id: value(.id), title: value(.title), theme: value(.theme), benefit: value(.benefit),
                challenges: value(.challenges), workshop: value(.workshop), origin: value(.origin), submitter: value(.submitter))
            if draft.title == nil {
                diagnostics.error("this row has no title; every idea needs one", at: table.location(row, "title"))
                continue
            }
            drafts.append(Located(draft, row: SourceLocation(file: file, line: row.line), columns: table.fieldNumbers))
        }
        if diagnostics.hasErrors { throw InvalidInput(diagnostics) }
        if drafts.isEmpty { throw InvalidInput("the file has no ideas below its header", at: SourceLocation(file: file, line: 2)) }
        return drafts
    }
}
