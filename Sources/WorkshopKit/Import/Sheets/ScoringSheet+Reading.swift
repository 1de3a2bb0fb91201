import Foundation

extension ScoringSheet {
    /// Reads a filled-in scoring sheet, as written by `csv(profile:)` and saved again by a
    /// spreadsheet program or typed from paper, and checks it against `workspace`.
    ///
    /// The separator is detected (`,` `;` or tab); a byte order mark, rows padded or cut by a
    /// spreadsheet, and the words of either language are accepted. Every problem is reported
    /// with file, line and column: a sheet for another workspace or rater, an unknown item or
    /// criterion, an answer that is not on the scale, a value in a column without heading.
    /// - Parameters:
    ///   - rater: the rater the sheet must belong to, when known.
    /// - Throws: `InvalidInput` listing every problem; nothing is returned from a sheet with one.
    public static func read(
        _ bytes: [UInt8], file: String, workspace: Workspace, rater expectedRater: ParticipantID? = nil,
        encoding: TextEncoding = .utf8
    ) throws(InvalidInput) -> ReturnedSheet {
        let document = try CSVReader(encoding: encoding, requiresRectangularShape: false).read(bytes, file: file)
        var reader = SheetReader(file: file, workspace: workspace)
        reader.read(document.records)
        return try reader.result(expectedRater: expectedRater)
    }
}

extension ScoringSheet {
    /// Whether `bytes` look like a scoring sheet: a row starting with the sheet number's label
    /// ("Bogen-Nr." or "Sheet") among the first rows, as the sheet's header block has it.
    /// Tells a returned sheet from a rating list or a form export before reading it.
    public static func recognises(_ bytes: [UInt8], encoding: TextEncoding = .utf8) -> Bool {
        guard let document = try? CSVReader(encoding: encoding, requiresRectangularShape: false).read(bytes, file: "") else { return false }
        return document.records.prefix(12).contains { record in
            record.fields.first.map { SheetReader.vocabulary.sheet.contains(NameKey.key(FormulaGuard.remove($0))) } ?? false
        }
    }
}

/// Reads one sheet's records: the header block, the heading row, the item rows.
private struct SheetReader {
    let file: String
    let workspace: Workspace
    var diagnostics = Diagnostics()

    /// The header block's values and where they are.
    var workspaceValue: (text: String, at: SourceLocation)?
    var raterValue: (text: String, at: SourceLocation)?
    var sheetValue: (text: String, at: SourceLocation)?
    var responses: [Located<ItemResponse>] = []

    init(file: String, workspace: Workspace) {
        self.file = file
        self.workspace = workspace
    }

    /// The words of both languages, as name keys.
    static let vocabulary: (workspace: Set<String>, rater: Set<String>, sheet: Set<String>, number: Set<String>, title: Set<String>, theme: Set<String>, comment: Set<String>) = {
        let all = Language.allCases.map(Labels.init)
        func keys(_ word: (Labels) -> String) -> Set<String> { Set(all.map { NameKey.key(word($0)) }) }
        return (
            keys(\.sheetWorkspace), keys(\.sheetRater), keys(\.sheetID), keys(\.projectNumber), keys(\.title), keys(\.theme),
            keys(\.sheetComment)
        )
    }()

    enum Column {
        case title, theme, comment, unnamed
        case criterion(Criterion)
    }

    func cell(_ record: CSVRecord, _ index: Int) -> String {
        index < record.fields.count ? FormulaGuard.remove(record.fields[index]).trimmingCharacters(in: .whitespacesAndNewlines) : ""
    }

    func location(_ record: CSVRecord, _ index: Int) -> SourceLocation { SourceLocation(file: file, line: record.line, column: index + 1) }

    mutating func read(_ records: [CSVRecord]) {
        let vocabulary = Self.vocabulary
        guard let headingIndex = records.firstIndex(where: { vocabulary.number.contains(NameKey.key(cell($0, 0))) }) else {
            diagnostics.error(
                "no table heading found: the sheet needs a row starting with '\(Labels(workspace.process.language).projectNumber)' above the items",
                at: SourceLocation(file: file, line: 1))
            return
        }
        for record in records[..<headingIndex] {
            let key = NameKey.key(cell(record, 0))
            let value = (cell(record, 1), location(record, 1))
            if vocabulary.workspace.contains(key), workspaceValue == nil { workspaceValue = value }
            if vocabulary.rater.contains(key), raterValue == nil { raterValue = value }
            if vocabulary.sheet.contains(key), sheetValue == nil { sheetValue = value }
        }
        let heading = records[headingIndex]
        let columns = readHeading(heading)
        var seen: [ItemID: Int] = [:]
        for record in records[(headingIndex + 1)...] {
            readRow(record, columns: columns, seen: &seen)
        }
    }

    mutating func readHeading(_ heading: CSVRecord) -> [Int: Column] {
        let vocabulary = Self.vocabulary
        var columns: [Int: Column] = [:]
        var criterionColumns: [CriterionID: Int] = [:]
        for index in heading.fields.indices.dropFirst() {
            let text = cell(heading, index)
            let key = NameKey.key(text)
            if text.isEmpty {
                columns[index] = .unnamed
            } else if vocabulary.title.contains(key) {
                columns[index] = .title
            } else if vocabulary.theme.contains(key) {
                columns[index] = .theme
            } else if vocabulary.comment.contains(key) {
                columns[index] = .comment
            } else if let id = Self.bracketedID(text) {
                guard let criterion = workspace.criterion(CriterionID(id)) else {
                    let known = workspace.criteria.map(\.id.rawValue)
                    diagnostics.error(
                        "unknown criterion '\(id)' in this heading\(Suggestion.didYouMean(id, among: known)); criteria: \(Suggestion.list(known))",
                        at: location(heading, index))
                    continue
                }
                if let first = criterionColumns[criterion.id] {
                    diagnostics.error("criterion \(criterion.id) has a second column; the first is column \(first + 1)", at: location(heading, index))
                    continue
                }
                criterionColumns[criterion.id] = index
                columns[index] = .criterion(criterion)
            } else {
                diagnostics.error(
                    "unknown column '\(text.split(separator: "\n").first ?? "")': a criterion's heading starts with its name and id in brackets, e.g. 'Wachstumspotenzial [wachstum]'",
                    at: location(heading, index))
            }
        }
        if criterionColumns.isEmpty && !diagnostics.hasErrors {
            diagnostics.error("the heading names no criterion: its columns need headings like 'Name [criterion-id]'", at: location(heading, 0))
        }
        return columns
    }

    /// `wachstum` from "Wachstumspotenzial [wachstum]\nWie …?": the bracketed text closing the first line.
    static func bracketedID(_ heading: String) -> String? {
        guard let firstLine = heading.split(separator: "\n", omittingEmptySubsequences: false).first?
            .trimmingCharacters(in: .whitespaces), firstLine.hasSuffix("]"),
            let open = firstLine.lastIndex(of: "[")
        else { return nil }
        let id = firstLine[firstLine.index(after: open)..<firstLine.index(before: firstLine.endIndex)].trimmingCharacters(in: .whitespaces)
        return id.isEmpty ? nil : id
    }

    mutating func readRow(_ record: CSVRecord, columns: [Int: Column], seen: inout [ItemID: Int]) {
        let cells = record.fields.indices.map { cell(record, $0) }
        guard cells.contains(where: { !$0.isEmpty }) else { return }  // an empty row, as spreadsheets pad
        let itemText = cells[0]
        var item: ItemID?
        if itemText.isEmpty {
            diagnostics.error("this row has values but no item number in its first column", at: location(record, 0))
        } else if !isItem(itemText) {
            let known = workspace.ideas.map(\.id.rawValue) + workspace.projects.map(\.id.rawValue) + workspace.process.themes.map(\.id.rawValue)
            diagnostics.error(
                "'\(itemText)' is neither an idea, a project nor a theme of workspace \(workspace.id)\(Suggestion.didYouMean(itemText, among: known))",
                at: location(record, 0))
        } else if let first = seen[ItemID(itemText)] {
            diagnostics.error("item \(itemText) has a second row; the first is on line \(first)", at: location(record, 0))
        } else {
            item = ItemID(itemText)
            seen[ItemID(itemText)] = record.line
        }
        var answers: [CriterionID: ScoreAnswer] = [:]
        var fields: [String: SourceLocation] = [:]
        var comment: String?
        for (index, text) in cells.enumerated().dropFirst() where !text.isEmpty {
            switch columns[index] {
            case .criterion(let criterion):
                switch AnswerParser.parse(text, scale: criterion.scale) {
                case .empty: break
                case .answer(let answer):
                    answers[criterion.id] = answer
                    fields[criterion.id.rawValue] = location(record, index)
                case .invalid(let reason):
                    diagnostics.error(
                        "\(reason) for \(criterion.name) [\(criterion.id)]: \(AnswerParser.allowed(criterion.scale))", at: location(record, index))
                }
            case .comment:
                comment = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                fields["comment"] = location(record, index)
            case .title, .theme:
                break
            case .unnamed, nil:
                diagnostics.error("'\(text)' stands in a column without heading; answers go under a criterion, remarks under the comment", at: location(record, index))
            }
        }
        guard let item, let rater = raterValue.map({ ParticipantID($0.text) }), !answers.isEmpty || comment != nil else { return }
        let ordered = workspace.criteria.compactMap { criterion in answers[criterion.id].map { CriterionAnswer(criterion.id, $0) } }
        let response = ItemResponse(
            rater: rater, item: item, answers: ordered, comment: comment, source: .sheet(SheetID(sheetValue?.text ?? "")))
        responses.append(Located(response, at: SourceLocation(file: file, line: record.line), fields: fields))
    }

    func isItem(_ text: String) -> Bool {
        workspace.ratedItem(ItemID(rawValue: text)) != nil
    }

    mutating func result(expectedRater: ParticipantID?) throws(InvalidInput) -> ReturnedSheet {
        let labels = Labels(workspace.process.language)
        let top = SourceLocation(file: file, line: 1)
        if let (text, at) = workspaceValue {
            if text != workspace.id.rawValue {
                diagnostics.error("this sheet belongs to workspace '\(text)', not to \(workspace.id); import it there", at: at)
            }
        } else {
            diagnostics.error("the sheet names no workspace: its header needs the row '\(labels.sheetWorkspace)'", at: top)
        }
        if let (text, at) = raterValue {
            if let expectedRater, text != expectedRater.rawValue {
                diagnostics.error("this sheet is \(text)'s, not \(expectedRater)'s", at: at)
            } else if workspace.participant(ParticipantID(text)) == nil {
                let known = workspace.participants.map(\.id.rawValue)
                diagnostics.error("unknown participant '\(text)'\(Suggestion.didYouMean(text, among: known)); participants: \(Suggestion.list(known))", at: at)
            }
        } else {
            diagnostics.error("the sheet names no rater: its header needs the row '\(labels.sheetRater)'", at: top)
        }
        if let (text, at) = sheetValue {
            if let problem = SheetID.problem(with: text) ?? (text.hasPrefix("S-") ? nil : "sheet id '\(text)' does not start with S-") {
                diagnostics.error("\(problem); copy it unchanged from the sheet as handed out", at: at)
            }
        } else {
            diagnostics.error("the sheet has no number: its header needs the row '\(labels.sheetID)'", at: top)
        }
        if diagnostics.hasErrors { throw InvalidInput(diagnostics) }
        let sheet = SheetID(sheetValue?.text ?? "")
        let rater = ParticipantID(raterValue?.text ?? "")
        return ReturnedSheet(
            sheet: sheet, workspace: workspace.id, rater: rater, responses: responses,
            fingerprint: ResponseFingerprint.of(responses.map(\.value), heading: "sheet \(sheet) \(rater)"))
    }
}
