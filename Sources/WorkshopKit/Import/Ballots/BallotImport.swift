/// Ballots for a workspace vote from what voters filled in elsewhere: a ballot file counted by
/// the field's tools (pabulib `.pb`, PrefLib) or a form's CSV export, one row per respondent.
public enum BallotImport {
    /// The ballots of a ballot file, one per ballot it holds, for an anonymous `vote`: such files
    /// name no voter the workspace knows. Option ids must be the vote's; the log checks them.
    /// - Throws: `.refused` when the vote is not anonymous or the file's kind of ballot is not the vote's.
    public static func ballots(from file: BallotFile, for vote: Vote) throws(WorkspaceError) -> [Located<Ballot>] {
        guard vote.voters == .anonymous else {
            throw .refused(
                "\(file.file) names no voters the workspace knows, and vote \(vote.id) takes \(vote.voters.rawValue) voters; import it into a vote with \"voters\": \"anonymous\"")
        }
        let profile = file.profile
        guard profile.kind == vote.ballotKind else {
            throw .refused(
                "\(file.file) holds \(profile.kind.ballotsNoun), but vote \(vote.id) (\(vote.method.name.rawValue)) takes ballots written as \(vote.ballotKind.example)")
        }
        let renamed = try optionIDs(of: file, for: vote)
        var ballots: [Located<Ballot>] = []
        let at = SourceLocation(file: file.file)
        for index in 0..<profile.distinctBallots {
            var (content, count) = profile.ballot(index)
            if let renamed { content = content.renamed(renamed) }
            for _ in 0..<count {
                ballots.append(Located(Ballot(vote: vote.id, id: .unassigned, voter: nil, content: content), at: at, fields: ["vote": at, "content": at]))
            }
        }
        return ballots
    }

    /// How a PrefLib file's alternatives become the vote's options: PrefLib numbers them 1, 2, …,
    /// and alternative *k* is the vote's *k*-th option in its ballot order (votes.json's
    /// `options`), so the file must have as many alternatives as the vote has options. An
    /// alternative whose `ALTERNATIVE NAME` is an option id of the vote must be that option.
    /// `nil` for other files, whose ids are the options' own.
    static func optionIDs(of file: BallotFile, for vote: Vote) throws(WorkspaceError) -> [ItemID: ItemID]? {
        guard file.format == .preflib else { return nil }
        let alternatives = file.profile.options
        guard alternatives.count == vote.options.count else {
            throw .refused(
                "\(file.file) has \(alternatives.count) alternatives and vote \(vote.id) has \(vote.options.count) options; PrefLib numbers its alternatives, and alternative k is the vote's k-th option (\(vote.options.map(\.rawValue).joined(separator: ", ")))")
        }
        var map: [ItemID: ItemID] = [:]
        for (alternative, option) in zip(alternatives, vote.options) {
            if let name = alternative.name, vote.options.contains(ItemID(rawValue: name)), name != option.rawValue {
                throw .refused(
                    "\(file.file): alternative \(alternative.id) is named \(name), but it stands for the vote's option number \(alternative.id), \(option); put the vote's options in the file's order")
            }
            map[alternative.id] = option
        }
        return map
    }

    /// What a form export gave: the ballots, the columns that are no option (listed, never
    /// dropped silently) and every problem found.
    public struct FormRows: Sendable {
        public var ballots: [Located<Ballot>] = []
        /// Columns that name no option of the vote and are not the voter column.
        public var ignoredColumns: [String] = []
        public var diagnostics = Diagnostics()
    }

    /// Reads a form's CSV export, one row per respondent, as ballots of `vote`.
    ///
    /// A column belongs to an option when its header is the option's id or title, starts with
    /// the id (`P3 Mobilstationen`, `P3: …`), or names either in its last square brackets, as
    /// a form's grid question does (`Welche Projekte? [P3]`); case and spaces do not matter. A
    /// cell holds what the method needs: points (dots, cumulative; empty is 0), a mark
    /// (approval, budget: `x`, `1`, `ja`, `yes`, `true`, `✓` or the option's own title; empty,
    /// `0`, `nein`, `no`, `false` for none), a score (empty: not scored) or a place (ranked:
    /// 1 is best, equal places tie, empty: not ranked). A row with no mark is an abstention.
    /// - Parameters:
    ///   - titles: the options' titles, to match headers and marks.
    ///   - voterColumn: the column naming the voter (a token or participant id), for votes that
    ///     are not anonymous.
    public static func formRows(
        _ bytes: [UInt8], file: String, vote: Vote, titles: [ItemID: String], voterColumn: String?, reader: CSVReader = CSVReader()
    ) -> FormRows {
        var result = FormRows()
        let document: CSVDocument
        do {
            document = try reader.read(bytes, file: file)
        } catch {
            result.diagnostics.append(contentsOf: error.diagnostics)
            return result
        }
        guard let header = document.records.first else {
            result.diagnostics.error("the file is empty; it needs a header row naming the options", at: SourceLocation(file: file, line: 1))
            return result
        }
        func folded(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased() }
        var byName: [String: ItemID] = [:]
        for option in vote.options {
            byName[folded(option.rawValue)] = option
            if let title = titles[option] { byName[folded(title)] = option }
        }
        func option(for name: String) -> ItemID? {
            var candidates = [folded(name)]
            if let open = name.lastIndex(of: "["), let close = name.lastIndex(of: "]"), open < close {
                candidates.append(folded(String(name[name.index(after: open)..<close])))
            }
            for candidate in candidates {
                if let found = byName[candidate] { return found }
                let first = candidate.prefix { $0 != " " && $0 != ":" }
                if let found = vote.options.first(where: { folded($0.rawValue) == first }) { return found }
            }
            return nil
        }
        var columns: [(index: Int, option: ItemID)] = []
        var voterIndex: Int?
        var seen: [ItemID: Int] = [:]
        for (index, name) in header.fields.enumerated() {
            let location = SourceLocation(file: file, line: header.line, column: index + 1)
            if let voterColumn, folded(name) == folded(voterColumn) {
                voterIndex = index
            } else if let found = option(for: name) {
                if let first = seen[found] {
                    result.diagnostics.error("columns \(first + 1) and \(index + 1) both name option \(found); one column per option", at: location)
                }
                seen[found] = index
                columns.append((index, found))
            } else {
                result.ignoredColumns.append(name)
            }
        }
        if columns.isEmpty {
            result.diagnostics.error(
                "no column names an option of vote \(vote.id); name columns by option id or title (\(Suggestion.list(vote.options.map(\.rawValue))))",
                at: SourceLocation(file: file, line: header.line))
        }
        if let voterColumn, voterIndex == nil {
            result.diagnostics.error("no column '\(voterColumn)' for the voter", at: SourceLocation(file: file, line: header.line))
        } else if voterColumn == nil, vote.voters != .anonymous {
            result.diagnostics.error(
                "vote \(vote.id) takes \(vote.voters.rawValue) voters: name the column that holds each respondent's \(vote.voters == .tokens ? "code" : "participant id") with --voter-column",
                at: SourceLocation(file: file, line: header.line))
        }
        if result.diagnostics.hasErrors { return result }
        let yes: Set<String> = ["x", "1", "ja", "yes", "true", "wahr", "✓", "✔", "checked", "ausgewählt", "selected"]
        let no: Set<String> = ["0", "nein", "no", "false", "falsch"]
        for record in document.records.dropFirst() {
            var values: [OptionValue] = []
            var problems = false
            for (index, option) in columns {
                let location = SourceLocation(file: file, line: record.line, column: index + 1)
                let raw = index < record.fields.count ? record.fields[index] : ""
                let cell = folded(FormulaGuard.remove(raw))
                if cell.isEmpty { continue }
                switch vote.ballotKind {
                case .approvals:
                    if no.contains(cell) { continue }
                    if yes.contains(cell) || cell == folded(option.rawValue) || cell == titles[option].map(folded) {
                        values.append(OptionValue(option, 1))
                    } else {
                        result.diagnostics.error("'\(raw)' for \(option) is neither a mark (x, 1, ja, yes, true) nor none (empty, 0, nein, no)", at: location)
                        problems = true
                    }
                case .points, .scores, .ranking:
                    guard let number = Int(cell) else {
                        let what = vote.ballotKind == .ranking ? "a place (1 is best)" : vote.ballotKind == .points ? "a whole number of points" : "a whole-number score"
                        result.diagnostics.error("'\(raw)' for \(option) is not \(what)", at: location)
                        problems = true
                        continue
                    }
                    if vote.ballotKind == .points && number == 0 { continue }
                    if vote.ballotKind != .scores && number < 1 {
                        result.diagnostics.error("'\(raw)' for \(option) must be 1 or more", at: location)
                        problems = true
                        continue
                    }
                    values.append(OptionValue(option, number))
                }
            }
            if problems { continue }
            let content: BallotContent
            if values.isEmpty {
                content = .abstain
            } else {
                switch vote.ballotKind {
                case .points: content = .points(values)
                case .scores: content = .scores(values)
                case .approvals: content = .approvals(values.map(\.option))
                case .ranking:
                    let places = Set(values.map(\.value)).sorted()
                    content = .ranking(places.map { place in values.filter { $0.value == place }.map(\.option) })
                }
            }
            var voter: VoterID?
            var fields = ["vote": SourceLocation(file: file, line: record.line), "content": SourceLocation(file: file, line: record.line)]
            if let voterIndex {
                let location = SourceLocation(file: file, line: record.line, column: voterIndex + 1)
                let text = voterIndex < record.fields.count ? record.fields[voterIndex].trimmingSpaces : ""
                switch VoterID.validated(text) {
                case .success(let id): voter = id
                case .failure(let error):
                    result.diagnostics.error("the voter: \(error.message)", at: location)
                    continue
                }
                fields["voter"] = location
            }
            result.ballots.append(Located(Ballot(vote: vote.id, id: .unassigned, voter: voter, content: content), at: SourceLocation(file: file, line: record.line), fields: fields))
        }
        if document.records.count < 2 { result.diagnostics.error("the file has no rows below its header", at: SourceLocation(file: file, line: 1)) }
        return result
    }
}

extension BallotContent {
    /// The same marks on other options: each option replaced by what `map` gives it (kept when absent).
    func renamed(_ map: [ItemID: ItemID]) -> BallotContent {
        func id(_ option: ItemID) -> ItemID { map[option] ?? option }
        return switch self {
        case .abstain: .abstain
        case .points(let values): .points(values.map { OptionValue(id($0.option), $0.value) })
        case .scores(let values): .scores(values.map { OptionValue(id($0.option), $0.value) })
        case .approvals(let options): .approvals(options.map(id))
        case .ranking(let groups): .ranking(groups.map { $0.map(id) })
        }
    }
}
