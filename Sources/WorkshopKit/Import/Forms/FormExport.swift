import Foundation

/// The wide CSV that online-form tools export: one row per respondent, a column per item and
/// criterion (`P3 – Wachstumspotenzial`), a respondent column, time stamps.
///
/// All or nothing: every column must be placed (by name, or by a `FormMapping` file) and every
/// cell must be an answer, or nothing is returned and every problem is named by file, line and
/// column. Answers are read as on a scoring sheet (a number or its label, `?` or "weiß nicht",
/// or nothing); the respondent is a participant's id or, where unique, name; a respondent
/// with two rows is refused.
///
/// ```swift
/// let responses = try FormExport.read(bytes, file: "umfrage.csv", workspace: workspace)
/// ```
public enum FormExport {
    /// Reads a form export into one `ItemResponse` per respondent and item answered.
    /// - Parameters:
    ///   - mapping: how columns map; without one, every column is placed by name.
    /// - Throws: `InvalidInput` listing every problem; nothing is returned from an export with one.
    public static func read(
        _ bytes: [UInt8], file: String, workspace: Workspace, mapping: FormMapping? = nil, encoding: TextEncoding = .utf8
    ) throws(InvalidInput) -> [Located<ItemResponse>] {
        let records = try CSVReader(encoding: encoding).read(bytes, file: file).records
        guard let header = records.first else {
            throw InvalidInput("the file is empty; a form export starts with a row of column headings", at: SourceLocation(file: file, line: 1))
        }
        var diagnostics = Diagnostics()
        let headings = header.fields.map { FormulaGuard.remove($0).trimmingCharacters(in: .whitespacesAndNewlines) }
        let names = FormNames(workspace)
        let targets = place(headings, line: header.line, file: file, names: names, mapping: mapping, diagnostics: &diagnostics)
        let raterColumns = targets.indices.filter { targets[$0] == .rater }
        if raterColumns.isEmpty && !diagnostics.hasErrors {
            diagnostics.error(
                "no column names the respondent; head it 'Kennung' or 'rater', or map it as rater in a mapping file",
                at: SourceLocation(file: file, line: header.line))
        } else if raterColumns.count > 1 {
            diagnostics.error(
                "columns \(raterColumns.map { String($0 + 1) }.joined(separator: " and ")) both name the respondent; keep one as rater, map the others to ignore",
                at: SourceLocation(file: file, line: header.line, column: raterColumns[1] + 1))
        }
        var answerColumns: [FormMapping.Target: Int] = [:]
        for (index, target) in targets.enumerated() {
            guard let target, target != .rater, target != .ignore else { continue }
            if let first = answerColumns[target] {
                diagnostics.error("columns \(first + 1) and \(index + 1) both hold \(target)", at: SourceLocation(file: file, line: header.line, column: index + 1))
            } else {
                answerColumns[target] = index
            }
        }
        if diagnostics.hasErrors { throw InvalidInput(diagnostics) }

        let raterColumn = raterColumns[0]
        var responses: [Located<ItemResponse>] = []
        var respondents: [ParticipantID: Int] = [:]
        for record in records.dropFirst() {
            let cells = record.fields.map { FormulaGuard.remove($0).trimmingCharacters(in: .whitespacesAndNewlines) }
            guard cells.contains(where: { !$0.isEmpty }) else { continue }
            func at(_ column: Int) -> SourceLocation { SourceLocation(file: file, line: record.line, column: column + 1) }
            let rater = respondent(cells[raterColumn], names: names, known: workspace.participants, at: at(raterColumn), diagnostics: &diagnostics)
            if let rater {
                if let first = respondents[rater] {
                    diagnostics.error("\(rater) answered twice; the first row is line \(first); keep one row", at: at(raterColumn))
                } else {
                    respondents[rater] = record.line
                }
            }
            var answers: [ItemID: [CriterionID: ScoreAnswer]] = [:]
            var comments: [ItemID: String] = [:]
            var fields: [ItemID: [String: SourceLocation]] = [:]
            var order: [ItemID] = []
            for (index, text) in cells.enumerated() where !text.isEmpty {
                switch targets[index] {
                case .answer(let item, let criterionID)?:
                    guard let criterion = workspace.criterion(criterionID) else { continue }
                    switch AnswerParser.parse(text, scale: criterion.scale) {
                    case .empty: continue
                    case .answer(let answer): answers[item, default: [:]][criterionID] = answer
                    case .invalid(let reason):
                        diagnostics.error("\(reason) for \(item) \(criterion.name): \(AnswerParser.allowed(criterion.scale))", at: at(index))
                        continue
                    }
                    fields[item, default: [:]][criterionID.rawValue] = at(index)
                    if !order.contains(item) { order.append(item) }
                case .comment(let item)?:
                    comments[item] = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                    fields[item, default: [:]]["comment"] = at(index)
                    if !order.contains(item) { order.append(item) }
                case .rater?, .ignore?, nil:
                    continue
                }
            }
            guard let rater else { continue }
            var row = order.map { item in
                ItemResponse(
                    rater: rater, item: item,
                    answers: workspace.criteria.compactMap { criterion in answers[item]?[criterion.id].map { CriterionAnswer(criterion.id, $0) } },
                    comment: comments[item], source: .form(line: record.line, fingerprint: ""))
            }
            let fingerprint = ResponseFingerprint.of(row, heading: "form")
            for index in row.indices { row[index].source = .form(line: record.line, fingerprint: fingerprint) }
            responses += row.map { Located($0, at: SourceLocation(file: file, line: record.line), fields: fields[$0.item] ?? [:]) }
        }
        if diagnostics.hasErrors { throw InvalidInput(diagnostics) }
        return responses
    }

    /// What each column holds, by the mapping or by name; every column that cannot be placed is
    /// reported, and its target left `nil`.
    static func place(
        _ headings: [String], line: Int, file: String, names: FormNames, mapping: FormMapping?, diagnostics: inout Diagnostics
    ) -> [FormMapping.Target?] {
        headings.enumerated().map { index, heading in
            let at = SourceLocation(file: file, line: line, column: index + 1)
            if let mapping {
                guard let target = mapping.targets[heading] else {
                    diagnostics.error("column '\(heading)' is not in the mapping file; add it (as ignore if it holds nothing to import)", at: at)
                    return nil
                }
                return target
            }
            let candidates = FormMapping.candidates(heading, names: names)
            switch candidates.count {
            case 1: return candidates[0]
            case 0:
                diagnostics.error(
                    "column '\(heading)' names no item and criterion (e.g. 'P3 – Wachstumspotenzial'); map it in a mapping file (FormMapping.draft writes one)",
                    at: at)
            default:
                diagnostics.error(
                    "column '\(heading)' could mean \(candidates.map(\.description).joined(separator: " or ")); map it in a mapping file",
                    at: at)
            }
            return nil
        }
    }

    /// The participant a respondent cell names: by id, by id in other case, or by a unique name.
    static func respondent(
        _ text: String, names: FormNames, known participants: [Participant], at location: SourceLocation, diagnostics: inout Diagnostics
    ) -> ParticipantID? {
        if text.isEmpty {
            diagnostics.error("the respondent is missing; every row needs a participant's id or name", at: location)
            return nil
        }
        if let exact = names.participant(exactly: text) { return exact }
        let byID = names.participants(withIDIgnoringCase: text)
        if byID.count == 1 { return byID[0] }
        let byName = names.participants(named: text)
        if byName.count == 1 { return byName[0] }
        let known = participants.map(\.id.rawValue)
        diagnostics.error(
            byName.count > 1
                ? "'\(text)' is the name of \(byName.count) participants (\(byName.map(\.rawValue).joined(separator: ", "))); give the id"
                : "unknown respondent '\(text)'\(Suggestion.didYouMean(text, among: known)); participants: \(Suggestion.list(known))",
            at: location)
        return nil
    }
}
