/// Ratings and ballots from a CSV table whose header names its columns (in any order): import
/// files, typed in from paper or exported elsewhere, and logs of format 1 (before version lines
/// and chains), one line per rating or ballot.
///
/// ```
/// rater,item,criterion,score,recorded_at
/// vote,ballot,voter,choices,recorded_at
/// ```
///
/// Read-only commands still read it; appends refuse it; `workshop upgrade` rewrites it as
/// format 2. Import files (`rate --from`, `vote --from`) use the same columns, plus `channel`
/// and `comment` for ratings and `content` beside `choices` for ballots.
public enum LogImport {
    /// Reads rating rows; rows that cannot be read are reported and left out.
    /// - Parameter importing: an import file (also `channel` and `comment` columns) rather than a log.
    public static func ratings(_ bytes: [UInt8], file: String, reader: CSVReader = CSVReader(), importing: Bool = false)
        -> (ratings: [Located<Rating>], diagnostics: Diagnostics)
    {
        let columns = LogKind.ratings.legacyColumns
        let optional = columns.optional + (importing ? ["channel", "comment"] : [])
        return rows(bytes, file: file, reader: reader, required: columns.required, optional: optional) { row, table, diagnostics in
            let rater = identifier(ParticipantID.self, "rater", row, table, &diagnostics)
            let item = identifier(ItemID.self, "item", row, table, &diagnostics)
            let criterion = identifier(CriterionID.self, "criterion", row, table, &diagnostics)
            let scoreText = table.value(row, "score").trimmingSpaces
            var score: Int?? = .some(nil)
            if scoreText != "?" {
                score = Int(scoreText).map { .some($0) }
                if score == nil {
                    diagnostics.error(
                        "score '\(scoreText)' is not a whole number, nor '?' for don't know", at: table.location(row, "score"))
                }
            }
            var channel: RatingChannel?
            var channelOK = true
            let channelText = table.value(row, "channel").trimmingSpaces
            if !channelText.isEmpty {
                channel = RatingChannel(rawValue: channelText)
                channelOK = channel != nil
                if !channelOK {
                    diagnostics.error(
                        "channel '\(channelText)' is not known; use \(RatingChannel.allCases.map(\.rawValue).joined(separator: ", ")), or leave it empty",
                        at: table.location(row, "channel"))
                }
            }
            let comment = table.value(row, "comment")
            let recordedAt = Self.recordedAt(row, table, &diagnostics)
            guard let rater, let item, let criterion, let score, channelOK, let recordedAt else { return nil }
            return Rating(
                rater: rater, item: item, criterion: criterion, score: score, channel: channel, comment: comment,
                recordedAt: recordedAt)
        }
    }

    /// Reads ballot rows; `choices` (or `content`) is read in the notation of the vote's kind
    /// of ballot (dots for votes not in `votes`).
    /// - Parameter importing: an import file (`content` or `choices`; `ballot` may be left
    ///   empty: the ballot then gets an id when recorded) rather than a log.
    public static func ballots(
        _ bytes: [UInt8], file: String, votes: [VoteID: Vote], reader: CSVReader = CSVReader(), importing: Bool = false
    ) -> (ballots: [Located<Ballot>], diagnostics: Diagnostics) {
        let columns = LogKind.ballots.legacyColumns
        let required = importing ? ["vote"] : columns.required
        let optional = importing ? ["ballot", "voter", "choices", "content", "recorded_at"] : columns.optional
        let oneOf = importing ? ["content", "choices"] : []
        return rows(bytes, file: file, reader: reader, required: required, optional: optional, oneOf: oneOf) { row, table, diagnostics in
            let contentColumn = table.column("content") != nil ? "content" : "choices"
            let vote = identifier(VoteID.self, "vote", row, table, &diagnostics)
            var ballot: BallotID? = .unassigned
            if !table.value(row, "ballot").trimmingSpaces.isEmpty || !importing {
                ballot = identifier(BallotID.self, "ballot", row, table, &diagnostics)
            }
            var voter: VoterID?
            var voterOK = true
            if !table.value(row, "voter").trimmingSpaces.isEmpty {
                voter = identifier(VoterID.self, "voter", row, table, &diagnostics)
                voterOK = voter != nil
            }
            let kind = vote.flatMap { votes[$0]?.ballotKind } ?? .points
            var content: BallotContent?
            switch BallotNotation.parse(table.value(row, contentColumn), as: kind) {
            case .success(let parsed): content = parsed
            case .failure(let error): diagnostics.error(error.message, at: table.location(row, contentColumn))
            }
            let recordedAt = Self.recordedAt(row, table, &diagnostics)
            guard let vote, let ballot, voterOK, let content, let recordedAt else { return nil }
            return Ballot(vote: vote, id: ballot, voter: voter, content: content, recordedAt: recordedAt)
        }
    }

    /// Reads a table and decodes each row; rows that `decode` rejects (after recording why) are
    /// left out, the others keep where they were written.
    private static func rows<Value>(
        _ bytes: [UInt8], file: String, reader: CSVReader, required: [String], optional: [String], oneOf: [String] = [],
        decode: (CSVRecord, CSVTable, inout Diagnostics) -> Value?
    ) -> ([Located<Value>], Diagnostics) {
        let table: CSVTable
        do {
            table = try CSVTable(bytes: bytes, file: file, required: required, optional: optional, reader: reader)
        } catch {
            return ([], error.diagnostics)
        }
        if !oneOf.isEmpty, !oneOf.contains(where: { table.column($0) != nil }) {
            return ([], Diagnostics([Diagnostic(.error, "missing column '\(oneOf[0])'; the header must name \((required + [oneOf[0]]).joined(separator: ", "))", at: SourceLocation(file: file, line: 1))]))
        }
        var diagnostics = Diagnostics()
        let columns = table.fieldNumbers
        var values: [Located<Value>] = []
        values.reserveCapacity(table.rows.count)
        for row in table.rows {
            guard let value = decode(row, table, &diagnostics) else { continue }
            var located = Located(value, row: SourceLocation(file: file, line: row.line), columns: columns)
            if columns["content"] == nil, let choices = columns["choices"] { located.columns["content"] = choices }
            values.append(located)
        }
        return (values, diagnostics)
    }

    /// The optional `recorded_at` of a row: empty, or a timestamp; `.none` after reporting anything else.
    private static func recordedAt(_ row: CSVRecord, _ table: CSVTable, _ diagnostics: inout Diagnostics) -> Timestamp?? {
        let text = table.value(row, "recorded_at").trimmingSpaces
        if text.isEmpty { return .some(nil) }
        guard let time = Timestamp(text) else {
            diagnostics.error(
                "recorded_at '\(text)' is not a time such as \(Timestamp.forms) (or leave it empty)", at: table.location(row, "recorded_at"))
            return .none
        }
        return .some(time)
    }

    private static func identifier<ID: Identifier>(
        _ type: ID.Type, _ column: String, _ row: CSVRecord, _ table: CSVTable, _ diagnostics: inout Diagnostics
    ) -> ID? {
        let text = table.value(row, column).trimmingSpaces
        if let problem = ID.problem(with: text) {
            diagnostics.error("\(column): \(problem)", at: table.location(row, column))
            return nil
        }
        return ID(rawValue: text)
    }
}
