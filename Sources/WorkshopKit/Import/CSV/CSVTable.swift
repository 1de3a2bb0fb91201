/// A CSV file with a header row, read for import: columns are found by name, in any order.
///
/// Header names are compared ignoring case and white space: ` Recorded_At` matches
/// `recorded_at`. A missing required
/// column, an unknown column or a repeated column is an error, so a typo in a header never
/// makes a column silently vanish.
public struct CSVTable: Sendable {
    public let file: String
    public let header: [String]
    public let rows: [CSVRecord]
    private let indexByName: [String: Int]

    /// Reads `bytes` as CSV and checks its header.
    /// - Parameters:
    ///   - required: columns that must be present.
    ///   - optional: columns that may be present.
    /// - Throws: `InvalidInput` for malformed CSV or a header that does not fit.
    public init(
        bytes: [UInt8], file: String, required: [String], optional: [String] = [], reader: CSVReader = CSVReader()
    ) throws(InvalidInput) {
        let document = try reader.read(bytes, file: file)
        guard let first = document.records.first else { throw Self.emptyFile(file, required: required, optional: optional) }
        self.file = file
        self.header = first.fields
        self.rows = Array(document.records.dropFirst())
        self.indexByName = try Self.columns(first.fields, line: first.line, file: file, required: required, optional: optional)
    }

    /// The problem of a file without even a header row.
    static func emptyFile(_ file: String, required: [String], optional: [String]) -> InvalidInput {
        InvalidInput(
            "the file is empty; it needs a header row naming the columns \((required + optional).joined(separator: ", "))",
            at: SourceLocation(file: file, line: 1))
    }

    /// The field number (0-based) of each column a header row names, by normalised name.
    /// - Throws: `InvalidInput` naming every unknown, repeated or missing column.
    static func columns(
        _ header: [String], line: Int, file: String, required: [String], optional: [String]
    ) throws(InvalidInput) -> [String: Int] {
        var diagnostics = Diagnostics()
        var indexByName: [String: Int] = [:]
        let required = required.map(Self.normalised)
        let optional = optional.map(Self.normalised)
        let allowed = Set(required + optional)
        let allowedList = (required + optional).joined(separator: ", ")
        for (offset, raw) in header.enumerated() {
            let name = Self.normalised(raw)
            let location = SourceLocation(file: file, line: line, column: offset + 1)
            if !allowed.contains(name) {
                diagnostics.error("unknown column '\(raw)'; the columns are: \(allowedList)", at: location)
            } else if indexByName[name] != nil {
                diagnostics.error("column '\(raw)' appears twice", at: location)
            } else {
                indexByName[name] = offset
            }
        }
        for name in required where indexByName[name] == nil {
            diagnostics.error(
                "missing column '\(name)'; the header must name \(required.joined(separator: ", "))",
                at: SourceLocation(file: file, line: line))
        }
        if diagnostics.hasErrors { throw InvalidInput(diagnostics) }
        return indexByName
    }

    private static func normalised(_ name: String) -> String {
        String(name.unicodeScalars.filter { !$0.properties.isWhitespace }).lowercased()
    }

    /// The field number (0-based) of a column, if present; `name` is compared as headers are.
    public func column(_ name: String) -> Int? { indexByName[name] ?? indexByName[Self.normalised(name)] }

    /// The field numbers (1-based, as diagnostics count them) of every column present.
    public var fieldNumbers: [String: Int] { indexByName.mapValues { $0 + 1 } }

    /// The value of `column` in `row`, with a formula guard the toolkit added removed; empty when the column is absent.
    public func value(_ row: CSVRecord, _ column: String) -> String {
        guard let index = self.column(column), index < row.fields.count else { return "" }
        return FormulaGuard.remove(row.fields[index])
    }

    /// Where a value is, for diagnostics: the row's line and the column's field number.
    public func location(_ row: CSVRecord, _ column: String) -> SourceLocation {
        SourceLocation(file: file, line: row.line, column: self.column(column).map { $0 + 1 })
    }
}
