/// Reads the toolkit's own ballot CSV files for counting.
///
/// - The workspace's ballot log `ballots.csv`, format 2 (`# workshop ballots log, format 2`;
///   committed records, voided ballots left out) or format 1 (`vote,ballot,voter,choices,…`),
///   contents in the ballot notation, their kind inferred as for a plain CSV. One vote is counted: the only one
///   in the file, or the one asked for. A voter with two ballots in the vote is an error. Poster
///   counts (`count` records) are points, not ballots: they add into the points tally only.
/// - A plain CSV `ballot,choices` in the ballot notation (`P3:2 P19`, `P3 P19`, `P3,P1=P7,P2`,
///   `P3:4 P19:0`, `abstain`). The kind of ballot is given, or inferred from all rows: `=`, `>`
///   or `,` between ids make rankings, `id:N` points (scores when some N is below 1), bare ids
///   separated by spaces approvals.
///
/// Options are the ids the ballots name, in natural order (`P2` before `P10`).
enum BallotCSVReader {
    /// Whether a CSV's header names a `vote` column, as the ballot log's does.
    static func isBallotLog(_ bytes: [UInt8]) -> Bool {
        let firstLine = bytes.prefix { $0 != 0x0A && $0 != 0x0D }
        return String(decoding: firstLine, as: UTF8.self).lowercased().split(separator: ",").contains {
            String($0.unicodeScalars.filter { $0 != "\u{FEFF}" && $0 != "\"" && !$0.properties.isWhitespace }) == "vote"
        }
    }

    static func readLog(_ bytes: [UInt8], file: String, vote: VoteID?, sha256: String) throws(BallotFileError) -> BallotFile {
        let ballots = try logBallots(bytes, file: file)
        let votes = Array(Set(ballots.map(\.vote))).sorted()
        let names = votes.map(\.rawValue)
        let chosen: VoteID
        if let vote {
            guard votes.contains(vote) else {
                throw .invalid(
                    InvalidInput(
                        "no ballots of vote '\(vote)'\(Suggestion.didYouMean(vote.rawValue, among: names)); votes in the file: \(Suggestion.list(names))",
                        at: SourceLocation(file: file)))
            }
            chosen = vote
        } else if votes.count == 1, let only = votes.first {
            chosen = only
        } else if votes.isEmpty {
            throw .invalid(InvalidInput("the file has no ballots below its header", at: SourceLocation(file: file, line: 1)))
        } else {
            throw .invalid(
                InvalidInput(
                    "the file holds ballots of \(votes.count) votes (\(Suggestion.list(names))); name the one to count with --vote",
                    at: SourceLocation(file: file)))
        }
        let counted = ballots.filter { $0.vote == chosen && !$0.isPoster }
        let posters = ballots.filter { $0.vote == chosen && $0.isPoster }
        var diagnostics = Diagnostics()
        var firstBallot: [String: Int] = [:]
        for ballot in counted {
            guard let voter = ballot.voter else { continue }
            if let first = firstBallot[voter] {
                diagnostics.error("voter \(voter) already voted in \(chosen) (\(file):\(first)); one ballot per voter", at: ballot.voterAt)
            } else {
                firstBallot[voter] = ballot.line
            }
        }
        let kind = posters.isEmpty ? inferKind(counted.map(\.content)) : .points
        var contents: [BallotContent] = []
        var locations: [SourceLocation] = []
        for ballot in counted {
            switch BallotNotation.parse(ballot.content, as: kind) {
            case .success(let content):
                contents.append(content)
                locations.append(ballot.contentAt)
            case .failure(let error): diagnostics.error(error.message, at: ballot.contentAt)
            }
        }
        var posterPoints: [ItemID: Int] = [:]
        for poster in posters {
            switch BallotNotation.parse(poster.content, as: .points) {
            case .success(.points(let marks)): for mark in marks { posterPoints[mark.option, default: 0] += mark.value }
            case .success: diagnostics.error("a poster count gives points, e.g. P3:12 P7:5", at: poster.contentAt)
            case .failure(let error): diagnostics.error(error.message, at: poster.contentAt)
            }
        }
        if diagnostics.hasErrors { throw .invalid(InvalidInput(diagnostics)) }
        var profile = try build(contents, kind: kind, locations: locations, more: Set(posterPoints.keys))
        if !posters.isEmpty {
            profile.posterPoints = profile.options.map { posterPoints[$0.id] ?? 0 }
            profile.posterCounts = posters.count
        }
        return BallotFile(
            profile: profile, format: .ballotLog, file: file, sha256: sha256, byteCount: bytes.count,
            metadata: [.init(key: "vote", value: chosen.rawValue), .init(key: "kind", value: kind.rawValue)], officialSelection: nil,
            declaredSupport: Array(repeating: nil, count: profile.options.count))
    }

    /// A ballot as the log records it, before it is checked against a vote.
    private struct LogBallot {
        var vote: VoteID
        var id: String
        var voter: String?
        var content: String
        var line: Int
        /// Where the voter and the content were written, for messages.
        var voterAt: SourceLocation
        var contentAt: SourceLocation
        /// A poster's dot counts (a `count` record), not a ballot.
        var isPoster = false
    }

    /// The ballots of a workshop ballot log of either format, voided ballots left out (format 2:
    /// committed records only; the chain is `workshop check`'s to verify, not the count's).
    private static func logBallots(_ bytes: [UInt8], file: String) throws(BallotFileError) -> [LogBallot] {
        switch LogHeader.identify(.ballots, .bytes(bytes)) {
        case .empty: return []
        case .foreign(let reason):
            throw .invalid(InvalidInput("\(LogKind.ballots.file.rawValue) \(reason)", at: SourceLocation(file: file, line: 1)))
        case .legacy:
            let decoded = LogImport.ballots(bytes, file: file, votes: [:])
            if decoded.diagnostics.hasErrors { throw .invalid(InvalidInput(decoded.diagnostics)) }
            return decoded.ballots.map {
                LogBallot(
                    vote: $0.value.vote, id: $0.value.id.rawValue, voter: $0.value.voter?.description,
                    content: BallotNotation.text($0.value.content), line: $0.location.line ?? 0, voterAt: $0.at("voter"),
                    contentAt: $0.at("choices"))
            }
        case .current(let recordsStart):
            var walk = LogWalk(.ballots, source: .bytes(bytes), path: file)
            var ballots: [LogBallot] = []
            var voided = Set<[String]>()
            var problems = Diagnostics()
            do {
                try walk.run(recordsStart: recordsStart) { record, _ in
                    let fields = record.fields
                    let line = record.line
                    let kind = fields.text(1, in: line)
                    let vote = fields.text(2, in: line)
                    switch kind {
                    case "ballot", "count":
                        if let problem = VoteID.problem(with: vote) {
                            problems.error(problem, at: SourceLocation(file: file, line: record.number, column: 3))
                            return
                        }
                        let voter = fields.text(4, in: line)
                        ballots.append(
                            LogBallot(
                                vote: VoteID(vote), id: fields.text(3, in: line), voter: voter.isEmpty ? nil : voter,
                                content: fields.text(5, in: line), line: record.number,
                                voterAt: SourceLocation(file: file, line: record.number, column: 5),
                                contentAt: SourceLocation(file: file, line: record.number, column: 6), isPoster: kind == "count"))
                    case "void": voided.insert([vote, fields.text(3, in: line)])
                    default: break
                    }
                }
            } catch {
                throw .storage(error)
            }
            problems.append(contentsOf: walk.problems.diagnostics)
            if problems.hasErrors { throw .invalid(InvalidInput(problems)) }
            return ballots.filter { !voided.contains([$0.vote.rawValue, $0.id]) }
        }
    }

    static func readNotation(_ bytes: [UInt8], file: String, kind: BallotKind?, sha256: String) throws(BallotFileError) -> BallotFile {
        let table: CSVTable
        do {
            table = try CSVTable(bytes: bytes, file: file, required: ["ballot", "choices"], optional: ["voter"])
        } catch {
            throw .invalid(error)
        }
        let texts = table.rows.map { table.value($0, "choices") }
        let chosenKind = kind ?? inferKind(texts)
        var diagnostics = Diagnostics()
        var contents: [BallotContent] = []
        var locations: [SourceLocation] = []
        var ballotLines: [String: Int] = [:]
        for (row, text) in zip(table.rows, texts) {
            let ballot = table.value(row, "ballot").trimmingSpaces
            if ballot.isEmpty {
                diagnostics.error("the ballot has no id; give each ballot one, such as its number", at: table.location(row, "ballot"))
            } else if let first = ballotLines[ballot] {
                diagnostics.error("ballot '\(ballot)' appears twice (first on line \(first)); ballot ids are unique", at: table.location(row, "ballot"))
            } else {
                ballotLines[ballot] = row.line
            }
            switch BallotNotation.parse(text, as: chosenKind) {
            case .success(let content):
                contents.append(content)
                locations.append(table.location(row, "choices"))
            case .failure(let problem):
                let hint = kind == nil ? " (ballots read as \(chosenKind.rawValue), inferred from the file; name the kind with --kind)" : ""
                diagnostics.error(problem.message + hint, at: table.location(row, "choices"))
            }
        }
        if table.rows.isEmpty { diagnostics.error("the file has no ballots below its header", at: SourceLocation(file: file, line: 1)) }
        if diagnostics.hasErrors { throw .invalid(InvalidInput(diagnostics)) }
        let profile = try build(contents, kind: chosenKind, locations: locations)
        return BallotFile(
            profile: profile, format: .notation, file: file, sha256: sha256, byteCount: bytes.count,
            metadata: [.init(key: "kind", value: chosenKind.rawValue + (kind == nil ? " (inferred)" : ""))], officialSelection: nil,
            declaredSupport: Array(repeating: nil, count: profile.options.count))
    }

    /// The kind of ballot the notation of `texts` suggests.
    static func inferKind(_ texts: [String]) -> BallotKind {
        let marks = texts.filter { $0.trimmingSpaces != BallotNotation.abstain }
        // Bytes, not Foundation's substring search: this runs once per ballot of a large file.
        let rankingMarks: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: ",")]
        if marks.contains(where: { $0.utf8.contains(where: rankingMarks.contains) }) { return .ranking }
        let values = marks.flatMap { text in
            text.split(whereSeparator: { $0 == " " || $0 == "\t" }).compactMap { token in token.split(separator: ":").dropFirst().first }
        }
        if values.isEmpty { return .approvals }
        return values.allSatisfy { Int($0).map { $0 >= 1 } ?? true } ? .points : .scores
    }

    /// A profile of `contents`, whose options are the ids they name (and `more`) in natural order.
    private static func build(
        _ contents: [BallotContent], kind: BallotKind, locations: [SourceLocation], more: Set<ItemID> = []
    ) throws(BallotFileError) -> BallotProfile {
        let ids = Set(contents.flatMap(\.options)).union(more).sorted()
        var builder = BallotProfileBuilder(kind: kind, options: ids.map { CountOption(id: $0) })
        var diagnostics = Diagnostics()
        for (content, location) in zip(contents, locations) {
            if case .failure(let problem) = builder.add(content) { diagnostics.error(problem.message, at: location) }
        }
        if diagnostics.hasErrors { throw .invalid(InvalidInput(diagnostics)) }
        return builder.build()
    }
}
