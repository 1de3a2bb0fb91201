/// Reads a pabulib `.pb` file (pabulib.org): a `META` section of `key;value` rows, `PROJECTS`
/// (`project_id;cost;…`) and `VOTES` (`voter_id;vote;…`), each after its header row.
///
/// Vote types: `approval`, `choose-1` (approval of one project), `cumulative` and `scoring`
/// (with a `points` column), `ordinal` (a ranking, best first). Takes real files as they are:
/// CRLF or LF, RFC 4180 quoting with doubled quotes, decimal budgets (`1546168.66`), any project
/// id (`BO.OM.97/24`), `None` for a missing value, empty trailing fields. Ballots stream into the
/// profile, so memory grows with the projects and the distinct ballots, not with the file.
///
/// Every problem is reported with its line and field: an unknown project in a vote, a project
/// twice on one ballot, a cost that is not a number, points that do not match the projects, a
/// META count that does not match the rows.
enum PabulibReader {
    private enum Section {
        case none, meta, projects, votes
    }

    private struct Project {
        var id: String
        var name: String?
        var cost: Rational?
        var declared: Rational?
        var selected: Bool?
    }

    static func read(_ reader: inout RecordReader, size: Int, progress: (Int, Int) -> Void) throws(BallotFileError) -> BallotFile {
        var diagnostics = Diagnostics()
        var errors = 0
        // Only the first 50 problems are told, so a message is only made for them (a suggestion
        // for an unknown project compares it with every project).
        func error(_ message: @autoclosure () -> String, line: Int, field: Int? = nil) {
            errors += 1
            if errors <= 50 { diagnostics.error(message(), at: SourceLocation(file: reader.file, line: line, column: field)) }
        }
        var section = Section.none
        var awaitingHeader = false
        var header: [String: Int] = [:]
        var metadata: [BallotFile.Entry] = []
        var metaLines: [String: Int] = [:]
        var projects: [Project] = []
        var projectLines: [String: Int] = [:]
        // Made at VOTES' header (`counting`); not optional, so the row loop works on it in place.
        var builder = BallotProfileBuilder(kind: .approvals, options: [])
        var counting = false
        var lookup = OptionLookup(ids: [])
        var voteType = ""
        var choosesOne = false
        var voteRows = 0
        var sectionLines: [Section: Int] = [:]
        var voteColumn = 0
        var pointsColumn: Int?
        var pieces: [Int] = []
        var unknown: [String] = []

        while try reader.next() {
            let line = reader.line
            if reader.fieldCount <= 2, reader.fieldCount == 1 || reader.field(1).isEmpty, case let first = reader.text(0).lowercased(),
                ["meta", "projects", "votes"].contains(first)
            {
                section = first == "meta" ? .meta : first == "projects" ? .projects : .votes
                if let earlier = sectionLines[section] {
                    // Merging would guess at what the file means: pabulib has one section of each.
                    error(
                        "a second \(first.uppercased()) section (the first is on line \(earlier)); a pabulib file has one META, one PROJECTS and one VOTES section, so this file cannot be read",
                        line: line)
                    throw .invalid(InvalidInput(diagnostics))
                }
                sectionLines[section] = line
                awaitingHeader = true
                continue
            }
            if awaitingHeader {
                awaitingHeader = false
                header = [:]
                for index in 0..<reader.fieldCount {
                    let name = reader.text(index)
                    if header[name] != nil { error("column '\(name)' appears twice in the header", line: line, field: index + 1) }
                    header[name] = header[name] ?? index
                }
                switch section {
                case .none, .meta: break
                case .projects:
                    for required in ["project_id", "cost"] where header[required] == nil {
                        error("the PROJECTS header has no column '\(required)'; it needs project_id and cost", line: line)
                    }
                case .votes:
                    if header["vote"] == nil { error("the VOTES header has no column 'vote'", line: line) }
                    voteColumn = header["vote"] ?? 0
                    pointsColumn = header["points"]
                    let kind = Self.kind(voteType)
                    choosesOne = voteType == "choose-1"
                    guard let kind else {
                        error(
                            "META vote_type '\(voteType)' is not known; pabulib vote types are approval, choose-1, cumulative, scoring and ordinal",
                            line: metaLines["vote_type"] ?? line)
                        throw .invalid(InvalidInput(diagnostics))
                    }
                    if (kind == .points || kind == .scores) && pointsColumn == nil {
                        error("a \(voteType) vote needs a 'points' column in VOTES", line: line)
                    }
                    builder = BallotProfileBuilder(
                        kind: kind, options: projects.map { CountOption(id: ItemID(rawValue: $0.id), name: $0.name, cost: $0.cost) })
                    // A VOTES row takes at least 4 bytes (`1;2` and a line end), a project in it 2;
                    // META's num_votes, when given, is a closer bound (checked at the end).
                    let declaredVotes = metadata.first { $0.key == "num_votes" }.flatMap { Int($0.value) } ?? .max
                    counting = true
                    builder.reserveCapacity(ballots: min(max(declaredVotes, 0), size / 4), marks: size / 2)
                    lookup = OptionLookup(ids: projects.map { Array($0.id.utf8) })
                }
                continue
            }
            switch section {
            case .none:
                error("the file does not start with a META, PROJECTS or VOTES section; is it a pabulib .pb file?", line: line)
                throw .invalid(InvalidInput(diagnostics))
            case .meta:
                let key = reader.text(0)
                let value = reader.text(1)
                if metaLines[key] != nil {
                    error("META key '\(key)' appears twice (first on line \(metaLines[key] ?? 0))", line: line, field: 1)
                } else {
                    metaLines[key] = line
                    metadata.append(.init(key: key, value: value))
                }
                if key == "vote_type" { voteType = value }
            case .projects:
                if counting { continue }
                readProject(reader, header: header, line: line, into: &projects, seen: &projectLines, error: error)
            case .votes:
                guard counting else {
                    if voteRows == 0 { error("VOTES comes before PROJECTS; the projects must be listed first", line: line) }
                    voteRows += 1
                    continue
                }
                voteRows += 1
                if voteRows & 4095 == 0 { progress(reader.bytesRead, size) }
                if let extra = Self.extraField(reader, columns: header.count) {
                    error("this row has \(reader.fieldCount) fields but the VOTES header has \(header.count)", line: line, field: extra + 1)
                }
                let empty = reader.withField(voteColumn) { Self.resolve($0, lookup: lookup, into: &pieces, unknown: &unknown) }
                if empty {
                    _ = builder.finishBallot()
                    continue
                }
                var points: [Substring] = []
                if builder.kind == .points || builder.kind == .scores {
                    guard let pointsColumn else {
                        error(
                            "a \(voteType) vote gives points per project, but this VOTES section has no 'points' column; add it",
                            line: line, field: voteColumn + 1)
                        continue
                    }
                    points = reader.text(pointsColumn).split(separator: ",", omittingEmptySubsequences: false)
                    if points.count != pieces.count {
                        error(
                            "the vote names \(pieces.count) projects but 'points' gives \(points.count) values; give one value per project",
                            line: line, field: pointsColumn + 1)
                        continue
                    }
                }
                var broken = false
                var place: Int32 = 0
                for text in unknown {
                    error(
                        "unknown project '\(text)' in this vote; it is not in PROJECTS\(Suggestion.didYouMean(text, among: projects.map(\.id)))",
                        line: line, field: voteColumn + 1)
                    broken = true
                }
                for (position, option) in pieces.enumerated() where option >= 0 || (option == Self.emptyPiece && !points.isEmpty) {
                    guard option >= 0 else {
                        error("an empty project id in this vote", line: line, field: voteColumn + 1)
                        broken = true
                        continue
                    }
                    var value: Int32 = 0
                    switch builder.kind {
                    case .ranking:
                        value = place
                        place += 1
                    case .points, .scores:
                        let text = String(points[position]).trimmingSpaces
                        guard let number = Int32(text), builder.kind == .scores || number >= 1 else {
                            let allowed = builder.kind == .points ? "a whole number of at least 1" : "a whole number"
                            error("points '\(text)' for project \(projects[option].id) must be \(allowed)", line: line, field: (pointsColumn ?? 0) + 1)
                            broken = true
                            continue
                        }
                        value = number
                    default: break
                    }
                    builder.mark(option, value: value)
                }
                if choosesOne && pieces.count > 1 {
                    error("a choose-1 vote names one project, but this one names \(pieces.count)", line: line, field: voteColumn + 1)
                    broken = true
                }
                if broken {
                    builder.discardBallot()
                    continue
                }
                if let twice = builder.finishBallot() {
                    error("project \(projects[twice].id) appears twice in this vote; name each project once", line: line, field: voteColumn + 1)
                }
            }
        }
        progress(reader.bytesRead, size)
        let sha256 = try reader.sha256()
        for (name, section) in [("META", Section.meta), ("PROJECTS", .projects), ("VOTES", .votes)] where sectionLines[section] == nil {
            error("the file has no \(name) section; a pabulib file has META, PROJECTS and VOTES", line: 1)
        }
        let metaValue = { (key: String) in metadata.first { $0.key == key }?.value }
        checkCount(metaValue("num_projects"), key: "num_projects", actual: projects.count, noun: "projects in PROJECTS", line: metaLines["num_projects"], error: error)
        checkCount(metaValue("num_votes"), key: "num_votes", actual: voteRows, noun: "rows in VOTES", line: metaLines["num_votes"], error: error)
        var budget: Rational?
        if let text = metaValue("budget"), !isNone(ArraySlice(text.utf8)) {
            budget = Rational(exactText: text)
            if budget == nil || budget?.isNegative == true {
                error("META budget '\(text)' is not an amount; write it as 9200000 or 1546168.66", line: metaLines["budget"] ?? 1, field: 2)
            }
        }
        let placePoints = wholeNumber(metaValue("max_length"), key: "max_length", line: metaLines["max_length"], error: error)
        var threshold: Rational?
        if let text = metaValue("min_project_score_threshold"), !isNone(ArraySlice(text.utf8)) {
            threshold = Rational(exactText: text)
            if threshold == nil {
                error("META min_project_score_threshold '\(text)' is not a number", line: metaLines["min_project_score_threshold"] ?? 1, field: 2)
            }
        }
        if errors > 50 { diagnostics.error("\(errors - 50) more problems", at: SourceLocation(file: reader.file)) }
        if diagnostics.hasErrors { throw .invalid(InvalidInput(diagnostics)) }
        guard counting else { throw .invalid(InvalidInput("the file has no VOTES section", at: SourceLocation(file: reader.file))) }
        let profile = builder.build(
            budget: budget, placePoints: placePoints, minimumSupport: threshold, namedRule: metaValue("rule"))
        let hasSelected = projects.contains { $0.selected != nil }
        return BallotFile(
            profile: profile, format: .pabulib, file: reader.file, sha256: sha256, byteCount: reader.bytesRead, metadata: metadata,
            officialSelection: hasSelected ? projects.indices.filter { projects[$0].selected == true } : nil,
            declaredSupport: projects.map(\.declared))
    }

    /// Marks an empty piece between commas in `resolve`.
    private static let emptyPiece = -2

    /// Splits a vote at its commas and finds each project: its index, `emptyPiece` for an empty
    /// piece, -1 for an id not among the projects (whose text goes to `unknown`).
    /// - Returns: whether the vote is empty (or `None`): an abstention.
    private static func resolve(_ field: UnsafeBufferPointer<UInt8>, lookup: OptionLookup, into pieces: inout [Int], unknown: inout [String]) -> Bool {
        pieces.empty()
        unknown.empty()
        var lower = 0
        var upper = field.count
        while lower < upper && (field[lower] == 0x20 || field[lower] == 0x09) { lower += 1 }
        while upper > lower && (field[upper - 1] == 0x20 || field[upper - 1] == 0x09) { upper -= 1 }
        if lower == upper || isNone(UnsafeBufferPointer(rebasing: field[lower..<upper])) { return true }
        var pieceStart = lower
        var index = lower
        while index <= upper {
            if index == upper || field[index] == UInt8(ascii: ",") {
                var from = pieceStart
                var to = index
                while from < to && (field[from] == 0x20 || field[from] == 0x09) { from += 1 }
                while to > from && (field[to - 1] == 0x20 || field[to - 1] == 0x09) { to -= 1 }
                if from == to {
                    pieces.append(emptyPiece)
                } else if let option = lookup.index(of: UnsafeBufferPointer(rebasing: field[from..<to])) {
                    pieces.append(option)
                } else {
                    pieces.append(-1)
                    unknown.append(String(decoding: UnsafeBufferPointer(rebasing: field[from..<to]), as: UTF8.self))
                }
                pieceStart = index + 1
            }
            index += 1
        }
        return false
    }

    private static func kind(_ voteType: String) -> BallotKind? {
        switch voteType {
        case "approval", "choose-1": .approvals
        case "cumulative": .points
        case "scoring": .scores
        case "ordinal": .ranking
        default: nil
        }
    }

    private static func readProject(
        _ reader: RecordReader, header: [String: Int], line: Int, into projects: inout [Project], seen: inout [String: Int],
        error: (@autoclosure () -> String, Int, Int?) -> Void
    ) {
        func value(_ column: String) -> String? {
            guard let index = header[column] else { return nil }
            let text = reader.text(index)
            return text.isEmpty || text.lowercased() == "none" ? nil : text
        }
        if let extra = extraField(reader, columns: header.count) {
            error("this row has \(reader.fieldCount) fields but the PROJECTS header has \(header.count)", line, extra + 1)
        }
        guard let id = value("project_id") else {
            error("a project without project_id", line, (header["project_id"] ?? 0) + 1)
            return
        }
        if let first = seen[id] {
            error("project \(id) appears twice (first on line \(first))", line, (header["project_id"] ?? 0) + 1)
            return
        }
        seen[id] = line
        var project = Project(id: id, name: value("name"))
        if let text = value("cost") {
            project.cost = Rational(exactText: text)
            if project.cost == nil || project.cost?.isNegative == true {
                error("cost '\(text)' of project \(id) is not an amount; write it as 200000 or 1546168.66", line, (header["cost"] ?? 0) + 1)
            }
        } else if header["cost"] != nil {
            error("project \(id) has no cost", line, (header["cost"] ?? 0) + 1)
        }
        if let text = value("score") ?? value("votes") {
            project.declared = Rational(exactText: text)
        }
        if let text = value("selected") { project.selected = text == "1" }
        projects.append(project)
    }

    /// The first field beyond the header's columns that holds something; empty trailing fields are fine.
    private static func extraField(_ reader: RecordReader, columns: Int) -> Int? {
        guard reader.fieldCount > columns else { return nil }
        return (columns..<reader.fieldCount).first { !RecordReader.trimmed(reader.field($0)).isEmpty }
    }

    private static func checkCount(_ text: String?, key: String, actual: Int, noun: String, line: Int?, error: (@autoclosure () -> String, Int, Int?) -> Void) {
        guard let text, !isNone(ArraySlice(text.utf8)) else { return }
        guard let declared = Int(text) else {
            error("META \(key) '\(text)' is not a whole number", line ?? 1, 2)
            return
        }
        if declared != actual { error("META \(key) says \(declared), but the file has \(actual) \(noun); is it cut short?", line ?? 1, 2) }
    }

    private static func wholeNumber(_ text: String?, key: String, line: Int?, error: (@autoclosure () -> String, Int, Int?) -> Void) -> Int? {
        guard let text, !isNone(ArraySlice(text.utf8)) else { return nil }
        guard let number = Int(text), number >= 0 else {
            error("META \(key) '\(text)' is not a whole number", line ?? 1, 2)
            return nil
        }
        return number
    }

    private static func isNone<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        bytes.count == 4 && String(decoding: bytes, as: UTF8.self).lowercased() == "none"
    }
}
