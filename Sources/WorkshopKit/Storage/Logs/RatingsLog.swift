/// The rating log `ratings.csv`: one line per score, appended, never rewritten.
///
/// ```
/// rater,item,criterion,score,recorded_at
/// AK-01,I-MOB-01,wachstum,4,2020-08-18T10:12:00+02:00
/// ```
///
/// When a rater scores the same item on the same criterion again, the later line counts
/// (a correction); the earlier one stays in the log as a record.
public enum RatingsLog {
    public static let requiredColumns = ["rater", "item", "criterion", "score"]
    public static let optionalColumns = ["recorded_at"]
    public static let header = (requiredColumns + optionalColumns).joined(separator: ",") + "\n"

    /// The log line for a rating, with its line end.
    public static func line(_ rating: Rating) -> String {
        LogField.writer.line([
            .text(rating.rater.rawValue), .text(rating.item.rawValue), .text(rating.criterion.rawValue),
            .integer(rating.score), .text(rating.recordedAt),
        ])
    }

    /// Reads the log; rows that cannot be read are reported and left out.
    public static func decode(_ bytes: [UInt8], file: String, reader: CSVReader = CSVReader()) -> (ratings: [Located<Rating>], diagnostics: Diagnostics) {
        LogField.rows(bytes, file: file, reader: reader, required: requiredColumns, optional: optionalColumns) { row, table, diagnostics in
            let rater = LogField.identifier(ParticipantID.self, "rater", row, table, &diagnostics)
            let item = LogField.identifier(ItemID.self, "item", row, table, &diagnostics)
            let criterion = LogField.identifier(CriterionID.self, "criterion", row, table, &diagnostics)
            let scoreText = table.value(row, "score")
            let score = Int(scoreText.trimmingSpaces)
            if score == nil {
                diagnostics.error("score '\(scoreText)' is not a whole number", at: table.location(row, "score"))
            }
            let recordedAt = LogField.recordedAt(row, table, &diagnostics)
            guard let rater, let item, let criterion, let score, let recordedAt else { return nil }
            return Rating(rater: rater, item: item, criterion: criterion, score: score, recordedAt: recordedAt)
        }
    }
}

/// Reading log rows and their fields, shared by the rating and ballot logs.
enum LogField {
    /// Logs are standard CSV with LF line ends, so a line reads well in `git diff`.
    static let writer = CSVWriter(profile: .standard, lineEnding: "\n")

    /// Reads a log's table and decodes each row; rows that `decode` rejects (after recording
    /// why) are left out, the others keep where they were written.
    static func rows<Value>(
        _ bytes: [UInt8], file: String, reader: CSVReader, required: [String], optional: [String],
        decode: (CSVRecord, CSVTable, inout Diagnostics) -> Value?
    ) -> ([Located<Value>], Diagnostics) {
        let table: CSVTable
        do {
            table = try CSVTable(bytes: bytes, file: file, required: required, optional: optional, reader: reader)
        } catch {
            return ([], error.diagnostics)
        }
        var diagnostics = Diagnostics()
        let columns = table.fieldNumbers
        var values: [Located<Value>] = []
        values.reserveCapacity(table.rows.count)
        for row in table.rows {
            guard let value = decode(row, table, &diagnostics) else { continue }
            values.append(Located(value, row: SourceLocation(file: file, line: row.line), columns: columns))
        }
        return (values, diagnostics)
    }

    /// The optional `recorded_at` of a row: empty, or an ISO 8601 time; `nil` after reporting anything else.
    static func recordedAt(_ row: CSVRecord, _ table: CSVTable, _ diagnostics: inout Diagnostics) -> String? {
        let text = table.value(row, "recorded_at")
        guard text.isEmpty || Timestamp.isValid(text) else {
            diagnostics.error(
                "recorded_at '\(text)' is not an ISO 8601 time such as 2020-08-18T10:12:00+02:00 (or leave it empty)",
                at: table.location(row, "recorded_at"))
            return nil
        }
        return text
    }

    static func identifier<ID: Identifier>(
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

/// Timestamps in logs: ISO 8601 with date, time and offset, e.g. `2020-08-18T10:12:00+02:00` or `…Z`.
public enum Timestamp {
    public static func isValid(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 20 else { return false }
        guard let day = Day(String(String.UnicodeScalarView(scalars[0..<10]))), day.year > 0 else { return false }
        guard scalars[10] == "T" else { return false }
        let time = String(String.UnicodeScalarView(scalars[11..<19]))
        let parts = time.split(separator: ":")
        guard parts.count == 3, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigitCharacter) }),
            let hour = Int(parts[0]), let minute = Int(parts[1]), let second = Int(parts[2]),
            hour < 24, minute < 60, second < 61
        else { return false }
        var rest = scalars[19...]
        if rest.first == "." {
            rest = rest.dropFirst()
            let digits = rest.prefix { ("0"..."9").contains($0) }
            guard !digits.isEmpty else { return false }
            rest = rest.dropFirst(digits.count)
        }
        if rest.elementsEqual(["Z"]) { return true }
        guard rest.count == 6, rest.first == "+" || rest.first == "-" else { return false }
        let offset = String(String.UnicodeScalarView(rest.dropFirst()))
        let offsetParts = offset.split(separator: ":")
        return offsetParts.count == 2 && offsetParts.allSatisfy { $0.count == 2 && $0.allSatisfy(\.isASCIIDigitCharacter) }
            && Int(offsetParts[0])! < 24 && Int(offsetParts[1])! < 60
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, first == " " || first == "\t" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
