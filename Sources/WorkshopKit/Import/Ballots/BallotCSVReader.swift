/// Reads the toolkit's own ballot CSV files for counting.
///
/// - The ballot log `ballots.csv` (format 1): `vote,ballot,voter,choices,recorded_at`, choices as
///   points (`P3:2 P19`; a bare id is one point, an approval). One vote is counted: the only one
///   in the file, or the one asked for. A voter with two ballots in the vote is an error.
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
        let decoded = BallotsLog.decode(bytes, file: file)
        if decoded.diagnostics.hasErrors { throw .invalid(InvalidInput(decoded.diagnostics)) }
        let votes = Array(Set(decoded.ballots.map(\.value.vote))).sorted()
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
        let ballots = decoded.ballots.filter { $0.value.vote == chosen }
        var diagnostics = Diagnostics()
        var firstBallot: [ParticipantID: Int] = [:]
        for ballot in ballots {
            guard let voter = ballot.value.voter else { continue }
            if let first = firstBallot[voter] {
                diagnostics.error("voter \(voter) already voted in \(chosen) (\(file):\(first)); one ballot per voter", at: ballot.at("voter"))
            } else {
                firstBallot[voter] = ballot.location.line ?? 0
            }
        }
        if diagnostics.hasErrors { throw .invalid(InvalidInput(diagnostics)) }
        let contents = ballots.map { ballot -> BallotContent in
            ballot.value.choices.isEmpty ? .abstain : .points(ballot.value.choices.map { OptionValue($0.item, $0.points) })
        }
        let profile = try build(contents, kind: .points, locations: ballots.map { $0.at("choices") })
        return BallotFile(
            profile: profile, format: .ballotLog, file: file, sha256: sha256, byteCount: bytes.count,
            metadata: [.init(key: "vote", value: chosen.rawValue), .init(key: "kind", value: "points")], officialSelection: nil,
            declaredSupport: Array(repeating: nil, count: profile.options.count))
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
        if marks.contains(where: { $0.contains("=") || $0.contains(">") || $0.contains(",") }) { return .ranking }
        let values = marks.flatMap { text in
            text.split(whereSeparator: { $0 == " " || $0 == "\t" }).compactMap { token in token.split(separator: ":").dropFirst().first }
        }
        if values.isEmpty { return .approvals }
        return values.allSatisfy { Int($0).map { $0 >= 1 } ?? true } ? .points : .scores
    }

    /// A profile of `contents`, whose options are the ids they name in natural order.
    private static func build(_ contents: [BallotContent], kind: BallotKind, locations: [SourceLocation]) throws(BallotFileError) -> BallotProfile {
        let ids = Set(contents.flatMap(\.options)).sorted()
        var builder = BallotProfileBuilder(kind: kind, options: ids.map { CountOption(id: $0) })
        var diagnostics = Diagnostics()
        for (content, location) in zip(contents, locations) {
            if case .failure(let problem) = builder.add(content) { diagnostics.error(problem.message, at: location) }
        }
        if diagnostics.hasErrors { throw .invalid(InvalidInput(diagnostics)) }
        return builder.build()
    }
}
