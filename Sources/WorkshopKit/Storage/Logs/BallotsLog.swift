/// The ballot log `ballots.csv`: one line per ballot, appended, never rewritten.
///
/// ```
/// vote,ballot,voter,choices,recorded_at
/// punkte-2020-08-25,B001,AK-01,P3:2 P19:1 P25:2,2020-08-25T15:40:00+02:00
/// ```
///
/// `choices` lists the options separated by spaces; `P3:2` gives option P3 two dots, a bare
/// `P3` gives it one (an approval). `voter` may be empty for anonymous paper ballots.
public enum BallotsLog {
    public static let requiredColumns = ["vote", "ballot", "choices"]
    public static let optionalColumns = ["voter", "recorded_at"]
    public static let header = "vote,ballot,voter,choices,recorded_at\n"

    /// The log line for a ballot, with its line end.
    public static func line(_ ballot: Ballot) -> String {
        LogField.writer.line([
            .text(ballot.vote.rawValue), .text(ballot.id.rawValue), .text(ballot.voter?.rawValue ?? ""),
            .text(choicesText(ballot.choices)), .text(ballot.recordedAt),
        ])
    }

    /// `P3:2 P19:1`; approvals (one point) are written as the bare id.
    public static func choicesText(_ choices: [Ballot.Choice]) -> String {
        if choices.isEmpty { return abstain }
        return choices.map { $0.points == 1 ? $0.item.rawValue : "\($0.item.rawValue):\($0.points)" }.joined(separator: " ")
    }

    /// The `choices` of a ballot that marks nothing: it counts for turnout only.
    public static let abstain = "abstain"

    /// Parses `P3:2 P19 P25:1`, or `abstain` for an empty ballot.
    /// - Returns: the choices, or a message saying what is wrong.
    public static func parseChoices(_ text: String) -> Result<[Ballot.Choice], IdentifierError> {
        var choices: [Ballot.Choice] = []
        if text.trimmingSpaces == abstain { return .success([]) }
        for token in text.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            let parts = token.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            let id = String(parts[0])
            if let problem = ItemID.problem(with: id) {
                return .failure(IdentifierError(message: "choice '\(token)': \(problem)"))
            }
            var points = 1
            if parts.count == 2 {
                guard let value = Int(parts[1]), value >= 1, value <= 1000 else {
                    return .failure(
                        IdentifierError(message: "choice '\(token)': points must be a whole number from 1 to 1000, as in \(id):2"))
                }
                points = value
            }
            choices.append(Ballot.Choice(item: ItemID(rawValue: id), points: points))
        }
        return .success(choices)
    }

    /// Reads the log; rows that cannot be read are reported and left out.
    public static func decode(_ bytes: [UInt8], file: String, reader: CSVReader = CSVReader()) -> (ballots: [Located<Ballot>], diagnostics: Diagnostics) {
        LogField.rows(bytes, file: file, reader: reader, required: requiredColumns, optional: optionalColumns) { row, table, diagnostics in
            let vote = LogField.identifier(VoteID.self, "vote", row, table, &diagnostics)
            let ballot = LogField.identifier(BallotID.self, "ballot", row, table, &diagnostics)
            var voter: ParticipantID?
            var voterOK = true
            if !table.value(row, "voter").trimmingSpaces.isEmpty {
                voter = LogField.identifier(ParticipantID.self, "voter", row, table, &diagnostics)
                voterOK = voter != nil
            }
            var choices: [Ballot.Choice]?
            let choicesText = table.value(row, "choices")
            switch parseChoices(choicesText) {
            case .success(let parsed) where parsed.isEmpty && choicesText.trimmingSpaces != abstain:
                diagnostics.error(
                    "the ballot has no choices; write them as 'P3:2 P19:1', or 'abstain' for an empty ballot",
                    at: table.location(row, "choices"))
            case .success(let parsed):
                choices = parsed
            case .failure(let problem):
                diagnostics.error(problem.message, at: table.location(row, "choices"))
            }
            let recordedAt = LogField.recordedAt(row, table, &diagnostics)
            guard let vote, let ballot, voterOK, let choices, let recordedAt else { return nil }
            return Ballot(vote: vote, id: ballot, voter: voter, choices: choices, recordedAt: recordedAt)
        }
    }
}
