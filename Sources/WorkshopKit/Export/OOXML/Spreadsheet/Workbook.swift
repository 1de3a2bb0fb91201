/// A spreadsheet as the toolkit writes it: sheets of typed cells, each sheet with its header
/// row frozen and repeated on every printed page, an AutoFilter over its table, and column
/// widths. `Workbook+XLSX.swift` turns it into an `.xlsx` file.
///
/// Text is always a text cell (a shared string), never a formula, so `=HYPERLINK(…)` in an idea
/// title stays text; formulas come only from the toolkit. Numbers keep their exact decimal
/// text (`3296812.50`); a format says how a spreadsheet shows them.
struct Workbook: Sendable {
    var sheets: [Sheet]
    /// Title, language and the workspace state, for the document properties and print headers.
    var title: String
    var language: Language
    var stamp: ExportStamp
    /// The print header's right-hand text: "Stand: 07.08.2023".
    var stampLine: String
    /// `Seite 1 von 3` in the print footer: "Seite", "von".
    var pageLabels: (page: String, of: String)
    /// The currency symbol amounts are shown with (`€`).
    var currencySymbol: String

    struct Sheet: Sendable {
        var name: String
        var columns: [Column]
        var rows: [[Cell]]
        /// Rows 1…`tableRows` form the filterable table (header included); rows after it are
        /// totals below the table. `nil` for a sheet without a header row (no freeze, no filter).
        var tableRows: Int?
    }

    struct Column: Sendable {
        /// In characters of the default font, as spreadsheets measure widths.
        var width: Double
        /// Long text: wrap it in the cell rather than widen the column.
        var wraps: Bool
    }

    /// How a number is shown; the format codes are in the locale-neutral syntax of OOXML
    /// (`.` for decimals, `,` for grouping), which Excel and LibreOffice show in the reader's locale.
    enum Format: Sendable, Hashable {
        case integer, decimal, money, date, percent
    }

    enum Cell: Sendable, Hashable {
        case empty
        case text(String, bold: Bool = false)
        /// A number as exact decimal text (`3296812.50`, `-2`, `0.65`).
        case number(String, Format, bold: Bool = false)
        /// A formula (without `=`, in English function names: `SUM(E2:E8)`) with the value it gives.
        case formula(String, cached: String, Format, bold: Bool = false)

        var isEmpty: Bool { self == .empty }
    }
}

extension Workbook.Sheet {
    /// A sheet whose first row is a header: its table is the header and `body`, and `below`
    /// follows after an empty row (totals outside the AutoFilter). Columns are as wide as their
    /// longest entry, within limits.
    init(name: String, header: [String], body: [[Workbook.Cell]], below: [[Workbook.Cell]] = []) {
        self.name = name
        rows = [header.map { .text($0, bold: true) }] + body + (below.isEmpty ? [] : [[]] + below)
        tableRows = 1 + body.count
        columns = Self.columns(for: rows, count: header.count)
    }

    /// A sheet of CSV-style rows: texts become text cells; numbers, amounts and dates typed cells.
    init(name: String, header: [String], rows: [[CSVCell]]) {
        self.init(name: name, header: header, body: rows.map { $0.map(Workbook.Cell.init) })
    }

    /// Columns fitting the longest entry of each.
    static func columns(for rows: [[Workbook.Cell]], count: Int) -> [Workbook.Column] {
        (0..<count).map { column in
            Workbook.Column(characters: rows.map { column < $0.count ? $0[column].displayLength : 0 }.max() ?? 0)
        }
    }
}

extension Workbook.Column {
    /// The widest a column gets; longer text wraps.
    static let maximumWidth = 50.0

    /// A column fitting `characters`, a little padding included; wrapping beyond the maximum.
    init(characters: Int) {
        let wanted = Double(characters) + 2
        width = min(max(wanted, 6), Self.maximumWidth)
        wraps = wanted > Self.maximumWidth
    }
}

extension Workbook.Cell {
    init(_ cell: CSVCell) {
        switch cell {
        case .text(let text): self = text.isEmpty ? .empty : .text(text)
        case .integer(let value): self = .number(String(value), .integer)
        case .decimal(let value, let places): self = .number(DecimalLiteral.format(value, places: places), .decimal)
        case .money(let amount): self = .number(amount.description, .money)
        case .date(let day): self = .number(String(Workbook.serial(day)), .date)
        case .empty: self = .empty
        }
    }

    /// About how many characters a spreadsheet shows, for the column's width.
    var displayLength: Int {
        switch self {
        case .empty: 0
        case .text(let text, let bold): Self.longestLine(text) + (bold ? 1 : 0)
        case .number(let value, let format, _), .formula(_, let value, let format, _):
            switch format {
            case .integer, .decimal: value.count
            case .money: value.count + value.count / 3 + 2  // grouping and the currency symbol
            case .date: 10
            case .percent: 7
            }
        }
    }
}

extension Workbook.Cell {
    /// The characters in the longest line of `text`. Counted on the bytes when the text is one
    /// line of ASCII and Latin-1 letters, where every scalar is a character of its own (no line
    /// break, no combining mark); by characters otherwise.
    static func longestLine(_ text: String) -> Int {
        var scalars = 0
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case 0x0A...0x0D: return slowLongestLine(text)
            case 0x80...0xBF:
                // A continuation byte: NEL (C2 85) breaks a line; other Latin-1 letters do not.
                if previous == 0xC2 && byte == 0x85 { return slowLongestLine(text) }
            case 0xC2, 0xC3: scalars += 1
            case 0xC4...0xFF: return slowLongestLine(text)
            default: scalars += 1
            }
            previous = byte
        }
        return scalars
    }

    private static func slowLongestLine(_ text: String) -> Int {
        text.split(whereSeparator: \.isNewline).map(\.count).max() ?? 0
    }
}

extension Workbook {
    /// The spreadsheet serial number of a day: days since 30 December 1899, as Excel and
    /// LibreOffice count them in their default (1900) date system.
    static func serial(_ day: Day) -> Int {
        // Days from the civil date (H. Hinnant's algorithm), relative to 1970-01-01 = serial 25569.
        let year = day.month <= 2 ? day.year - 1 : day.year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * ((day.month + 9) % 12) + 2) / 5 + day.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468 + 25_569
    }

    /// `A`, `B`, …, `Z`, `AA`, … for a 0-based column index.
    static func columnName(_ index: Int) -> String {
        var name = ""
        var rest = index + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            rest = (rest - 1) / 26
        }
        return name
    }

    /// `E7`: the reference of a 0-based column and a 1-based row.
    static func reference(column: Int, row: Int) -> String { columnName(column) + String(row) }
}
