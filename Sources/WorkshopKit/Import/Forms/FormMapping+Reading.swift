import Foundation

extension FormMapping {
    /// Reads a mapping file (`column,maps_to[,note]`), as `draft` writes it and a person completes it.
    ///
    /// `maps_to` is `rater`, `ignore`, `ITEM CRITERION` or `ITEM comment` with the ids of the
    /// workspace; every row must be filled in. Every problem is reported with line and column.
    /// - Throws: `InvalidInput` listing every problem.
    public static func read(_ bytes: [UInt8], file: String, workspace: Workspace, encoding: TextEncoding = .utf8) throws(InvalidInput) -> FormMapping {
        let table = try CSVTable(
            bytes: bytes, file: file, required: ["column", "maps_to"], optional: ["note"], reader: CSVReader(encoding: encoding))
        var diagnostics = Diagnostics()
        var targets: [String: Target] = [:]
        var lines: [String: Int] = [:]
        for row in table.rows {
            let heading = table.value(row, "column").trimmingCharacters(in: .whitespacesAndNewlines)
            let text = table.value(row, "maps_to").trimmingCharacters(in: .whitespacesAndNewlines)
            if let first = lines[heading] {
                diagnostics.error("column '\(heading)' is mapped twice; the first is on line \(first)", at: table.location(row, "column"))
                continue
            }
            lines[heading] = row.line
            switch target(text, workspace: workspace) {
            case .success(let target): targets[heading] = target
            case .failure(let problem): diagnostics.error("column '\(heading)': \(problem.message)", at: table.location(row, "maps_to"))
            }
        }
        if diagnostics.hasErrors { throw InvalidInput(diagnostics) }
        return FormMapping(targets: targets)
    }

    /// The target a `maps_to` text names, checked against the workspace.
    static func target(_ text: String, workspace: Workspace) -> Result<Target, IdentifierError> {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        let usage = "write ITEM CRITERION (e.g. P3 wachstum), ITEM comment, rater or ignore"
        switch words.count {
        case 0: return .failure(IdentifierError(message: "not mapped yet; \(usage)"))
        case 1 where words[0] == "rater": return .success(.rater)
        case 1 where words[0] == "ignore": return .success(.ignore)
        case 2:
            let item = ItemID(words[0])
            let items = workspace.ideas.map(\.id.rawValue) + workspace.projects.map(\.id.rawValue) + workspace.process.themes.map(\.id.rawValue)
            guard items.contains(item.rawValue) else {
                return .failure(IdentifierError(message: "'\(item)' is neither an idea, a project nor a theme\(Suggestion.didYouMean(item.rawValue, among: items))"))
            }
            if words[1] == "comment" { return .success(.comment(item)) }
            guard let criterion = workspace.criterion(CriterionID(words[1])) else {
                let known = workspace.criteria.map(\.id.rawValue)
                return .failure(IdentifierError(message: "unknown criterion '\(words[1])'\(Suggestion.didYouMean(words[1], among: known)); criteria: \(Suggestion.list(known))"))
            }
            return .success(.answer(item, criterion.id))
        default: return .failure(IdentifierError(message: "'\(text)' is not a target; \(usage)"))
        }
    }
}
