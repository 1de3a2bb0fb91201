/// One cell of a CSV export. Text is guarded against formula injection; numbers, amounts and
/// dates are written in the profile's style and stay numbers in a spreadsheet.
public enum CSVCell: Sendable, Hashable {
    case text(String)
    case integer(Int)
    /// An exact decimal: `value / 10^places`, e.g. `.decimal(350, places: 2)` is 3.50.
    case decimal(Int, places: Int)
    case money(Money)
    case date(Day)
    case empty
}

/// Writes CSV per RFC 4180 in a chosen profile.
///
/// A field is quoted when it holds the separator, a quote, CR or LF (or is the only, empty
/// field of a row, so the row does not read back as a blank line); quotes inside are doubled.
public struct CSVWriter: Sendable {
    public var profile: CSVProfile
    public var lineEnding: String

    /// - Parameter lineEnding: the profile's (CRLF) unless given; workspace logs use LF.
    public init(profile: CSVProfile, lineEnding: String? = nil) {
        self.profile = profile
        self.lineEnding = lineEnding ?? profile.lineEnding
    }

    /// The whole file: header and rows, each row ended by the profile's line ending.
    public func document(header: [String], rows: [[CSVCell]]) -> String {
        var output = profile.writesByteOrderMark ? "\u{FEFF}" : ""
        output += line(header.map(CSVCell.text))
        for row in rows { output += line(row) }
        return output
    }

    /// One record with its line ending.
    public func line(_ cells: [CSVCell]) -> String {
        let fields = cells.map(field)
        if fields.count == 1 && fields[0].isEmpty { return "\"\"" + lineEnding }
        return fields.joined(separator: String(UnicodeScalar(profile.separator))) + lineEnding
    }

    /// The text of one cell as written, quoted where needed.
    public func field(_ cell: CSVCell) -> String {
        let text: String
        switch cell {
        case .text(let value): text = FormulaGuard.apply(value)
        case .integer(let value): text = String(value)
        case .decimal(let value, let places):
            text = DecimalLiteral.format(value, places: places, decimalSeparator: profile.decimalSeparator)
        case .money(let amount):
            text = DecimalLiteral.format(amount.cents, places: 2, decimalSeparator: profile.decimalSeparator)
        case .date(let day): text = profile.format(day)
        case .empty: text = ""
        }
        return quotedIfNeeded(text)
    }

    private func quotedIfNeeded(_ text: String) -> String {
        let separator = Unicode.Scalar(profile.separator)
        let needsQuotes = text.unicodeScalars.contains { $0 == separator || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted += "\"\"" } else { quoted.unicodeScalars.append(scalar) }
        }
        return quoted + "\""
    }
}
