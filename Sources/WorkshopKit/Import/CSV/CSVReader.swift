/// Reads CSV as written by this toolkit, Excel, LibreOffice and other tools: every CSV import
/// in WorkshopKit goes through it.
///
/// Accepts a UTF-8 byte order mark, CRLF, LF and CR line endings (mixed too), quoted fields
/// with separators, doubled quotes and line breaks inside, an Excel `sep=;` first line, and
/// bare quotes inside unquoted fields (kept as they are, as real data has them). Reports,
/// with line and field number: ragged rows, unterminated quotes, text after a closing quote
/// and bytes that are not valid in the chosen encoding.
///
/// ```swift
/// let document = try CSVReader().read(bytes, file: "ratings.csv")
/// for record in document.records { print(record.line, record.fields) }
/// ```
public struct CSVReader: Sendable {
    /// The field separator; `nil` detects it from the first line (`,`, `;` or tab).
    public var separator: UInt8?
    public var encoding: TextEncoding
    /// Whether every record must have as many fields as the first one.
    public var requiresRectangularShape: Bool
    /// How many problems are listed before the rest are only counted.
    public var reportLimit = 50

    public init(separator: UInt8? = nil, encoding: TextEncoding = .utf8, requiresRectangularShape: Bool = true) {
        self.separator = separator
        self.encoding = encoding
        self.requiresRectangularShape = requiresRectangularShape
    }

    /// Parses a whole CSV file.
    /// - Parameters:
    ///   - bytes: the file's contents.
    ///   - file: the file's name as diagnostics should show it.
    /// - Returns: the records with the line each starts on; blank lines are not records.
    /// - Throws: `InvalidInput` listing every problem found (up to `reportLimit`).
    public func read(_ bytes: [UInt8], file: String) throws(InvalidInput) -> CSVDocument {
        let hadByteOrderMark = encoding == .utf8 && bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let text: [UInt8]
        do {
            text = try TextDecoder.utf8Bytes(bytes, encoding: encoding)
        } catch {
            throw InvalidInput(error.description, at: SourceLocation(file: file, line: error.line, column: error.column))
        }
        var parser = Parser(bytes: text, file: file, separator: separator)
        parser.parse()
        var diagnostics = parser.diagnostics
        var records = parser.records
        if requiresRectangularShape, let width = records.first?.fields.count {
            var ragged = 0
            for record in records where record.fields.count != width {
                ragged += 1
                if ragged <= reportLimit {
                    let noun = record.fields.count == 1 ? "field" : "fields"
                    diagnostics.error(
                        "this row has \(record.fields.count) \(noun) but the first row has \(width); check for a missing or extra separator '\(Self.name(parser.separatorByte))' or an unquoted separator inside a value",
                        at: SourceLocation(file: file, line: record.line, column: min(record.fields.count, width) + 1))
                }
            }
            if ragged > reportLimit {
                diagnostics.error("\(ragged - reportLimit) more rows have the wrong number of fields", at: SourceLocation(file: file))
            }
            if ragged > 0 { records = [] }
        }
        if diagnostics.hasErrors { throw InvalidInput(diagnostics) }
        return CSVDocument(records: records, separator: parser.separatorByte, hadByteOrderMark: hadByteOrderMark)
    }

    /// A separator as people name it in messages.
    static func name(_ separator: UInt8) -> String {
        switch separator {
        case UInt8(ascii: "\t"): "\\t"
        default: String(UnicodeScalar(separator))
        }
    }

    private struct Parser {
        let bytes: [UInt8]
        let file: String
        var separatorByte: UInt8
        var records: [CSVRecord] = []
        var diagnostics = Diagnostics()
        var index = 0
        var line = 1

        init(bytes: [UInt8], file: String, separator: UInt8?) {
            self.bytes = bytes
            self.file = file
            self.separatorByte = separator ?? UInt8(ascii: ",")
            if let hint = Self.excelSeparatorHint(bytes) {
                self.separatorByte = separator ?? hint.separator
                self.index = hint.length
                self.line = 2
            } else if separator == nil {
                self.separatorByte = Self.detectSeparator(bytes)
            }
        }

        /// Excel's `sep=;` first line, which names the separator and is not data.
        static func excelSeparatorHint(_ bytes: [UInt8]) -> (separator: UInt8, length: Int)? {
            guard bytes.count >= 5, bytes.starts(with: Array("sep=".utf8)) else { return nil }
            let separator = bytes[4]
            var end = 5
            if end < bytes.count, bytes[end] == 0x0D { end += 1 }
            if end < bytes.count, bytes[end] == 0x0A { end += 1 }
            guard end == bytes.count || end > 5 else { return nil }
            return (separator, end)
        }

        /// The most frequent of `,` `;` and tab outside quotes in the first record; `,` on a tie.
        static func detectSeparator(_ bytes: [UInt8]) -> UInt8 {
            var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
            var quoted = false
            for byte in bytes {
                if byte == UInt8(ascii: "\"") {
                    quoted.toggle()
                } else if !quoted {
                    if byte == 0x0A || byte == 0x0D { break }
                    if counts[byte] != nil { counts[byte]! += 1 }
                }
            }
            // The first of `,` `;` tab with the highest count: `,` wins a tie, and an empty first line.
            var best = UInt8(ascii: ",")
            for candidate in [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")] where counts[candidate]! > counts[best]! {
                best = candidate
            }
            return best
        }

        mutating func parse() {
            while index < bytes.count {
                let recordLine = line
                var fields: [String] = []
                var endOfRecord = false
                // A line with no characters at all is not a record.
                if isLineEnd(bytes[index]) {
                    consumeLineEnd()
                    continue
                }
                while !endOfRecord {
                    guard let field = parseField(recordLine: recordLine, fieldNumber: fields.count + 1) else {
                        return  // unterminated quote: nothing after it can be trusted
                    }
                    fields.append(field)
                    if index >= bytes.count {
                        endOfRecord = true
                    } else if bytes[index] == separatorByte {
                        index += 1
                        if index >= bytes.count {
                            fields.append("")
                            endOfRecord = true
                        }
                    } else {
                        consumeLineEnd()
                        endOfRecord = true
                    }
                }
                records.append(CSVRecord(line: recordLine, fields: fields))
            }
        }

        /// Reads one field and stops before the separator or line end that follows it.
        mutating func parseField(recordLine: Int, fieldNumber: Int) -> String? {
            if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                let openingLine = line
                index += 1
                var value: [UInt8] = []
                while true {
                    guard index < bytes.count else {
                        diagnostics.error(
                            "the quoted value of field \(fieldNumber) that starts here has no closing quote; close it with '\"' and write quotes inside a value as '\"\"'",
                            at: SourceLocation(file: file, line: openingLine, column: fieldNumber))
                        return nil
                    }
                    let byte = bytes[index]
                    if byte == UInt8(ascii: "\"") {
                        if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                            value.append(byte)
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
                        line += 1
                    }
                    value.append(byte)
                    index += 1
                }
                if index < bytes.count, bytes[index] != separatorByte, !isLineEnd(bytes[index]) {
                    let start = index
                    while index < bytes.count, bytes[index] != separatorByte, !isLineEnd(bytes[index]) { index += 1 }
                    let extra = String(decoding: bytes[start..<index], as: UTF8.self)
                    diagnostics.error(
                        "field \(fieldNumber) has text '\(extra)' after its closing quote; put the whole value inside the quotes",
                        at: SourceLocation(file: file, line: line, column: fieldNumber))
                }
                return String(decoding: value, as: UTF8.self)
            }
            let start = index
            while index < bytes.count, bytes[index] != separatorByte, !isLineEnd(bytes[index]) { index += 1 }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        func isLineEnd(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }

        mutating func consumeLineEnd() {
            guard index < bytes.count else { return }
            if bytes[index] == 0x0D {
                index += 1
                if index < bytes.count, bytes[index] == 0x0A { index += 1 }
            } else if bytes[index] == 0x0A {
                index += 1
            }
            line += 1
        }
    }
}

/// A parsed CSV file.
public struct CSVDocument: Sendable, Equatable {
    public var records: [CSVRecord]
    /// The separator used (given or detected).
    public var separator: UInt8
    public var hadByteOrderMark: Bool
}

/// One record of a CSV file and the line it starts on (quoted line breaks make records span lines).
public struct CSVRecord: Sendable, Equatable {
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}
