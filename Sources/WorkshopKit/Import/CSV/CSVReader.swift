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
        var records: [CSVRecord] = []
        let shape = try visit(bytes, file: file) { fields in
            records.append(CSVRecord(line: fields.line, fields: (0..<fields.count).map { fields.string($0) }))
        }
        return CSVDocument(records: records, separator: shape.separator, hadByteOrderMark: shape.hadByteOrderMark)
    }

    /// Parses a whole CSV file as `read` does, handing each record to `visit` as it is read
    /// instead of keeping it: no `String` per field, and memory that does not grow with the
    /// number of records. Checks, messages and line numbers are those of `read` (which is
    /// this visitor, collecting).
    ///
    /// When it throws, the records visited are not to be used: the file is broken (a ragged row
    /// is found only after the records before it were visited).
    /// - Returns: the separator used and whether the file had a UTF-8 byte order mark.
    /// - Throws: `InvalidInput` listing every problem found (up to `reportLimit`).
    func visit(_ bytes: [UInt8], file: String, _ visit: (CSVFields) -> Void) throws(InvalidInput) -> (
        separator: UInt8, hadByteOrderMark: Bool
    ) {
        let hadByteOrderMark = encoding == .utf8 && bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let text: [UInt8]
        do {
            text = try TextDecoder.utf8Bytes(bytes, encoding: encoding)
        } catch {
            throw InvalidInput(error.description, at: SourceLocation(file: file, line: error.line, column: error.column))
        }
        var parser = Parser(bytes: text, file: file, separator: separator)
        var width: Int?
        var ragged = 0
        var raggedProblems = Diagnostics()
        let separatorName = Self.name(parser.separatorByte)
        text.withUnsafeBufferPointer { buffer in
            parser.parse(buffer) { fields in
                if requiresRectangularShape {
                    let expected = width ?? fields.count
                    width = expected
                    if fields.count != expected {
                        ragged += 1
                        if ragged <= reportLimit {
                            let noun = fields.count == 1 ? "field" : "fields"
                            raggedProblems.error(
                                "this row has \(fields.count) \(noun) but the first row has \(expected); check for a missing or extra separator '\(separatorName)' or an unquoted separator inside a value",
                                at: SourceLocation(file: file, line: fields.line, column: min(fields.count, expected) + 1))
                        }
                    }
                }
                visit(fields)
            }
        }
        var diagnostics = parser.diagnostics
        diagnostics.append(contentsOf: raggedProblems)
        if ragged > reportLimit {
            diagnostics.error("\(ragged - reportLimit) more rows have the wrong number of fields", at: SourceLocation(file: file))
        }
        if diagnostics.hasErrors { throw InvalidInput(diagnostics) }
        return (parser.separatorByte, hadByteOrderMark)
    }

    /// A separator as people name it in messages.
    static func name(_ separator: UInt8) -> String {
        switch separator {
        case UInt8(ascii: "\t"): "\\t"
        default: String(UnicodeScalar(separator))
        }
    }

    private struct Parser {
        let file: String
        var separatorByte: UInt8
        var diagnostics = Diagnostics()
        var index = 0
        var line = 1
        /// The record being read, reused from record to record.
        private var fields = CSVFields()

        init(bytes: [UInt8], file: String, separator: UInt8?) {
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

        /// Reads every record of `bytes` (the text `init` was given) and hands it to `visit`.
        mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ visit: (CSVFields) -> Void) {
            while index < bytes.count {
                let recordLine = line
                var endOfRecord = false
                // A line with no characters at all is not a record.
                if isLineEnd(bytes[index]) {
                    consumeLineEnd(bytes)
                    continue
                }
                fields.start(line: recordLine)
                while !endOfRecord {
                    guard parseField(bytes, fieldNumber: fields.count + 1) else {
                        return  // unterminated quote: nothing after it can be trusted
                    }
                    if index >= bytes.count {
                        endOfRecord = true
                    } else if bytes[index] == separatorByte {
                        index += 1
                        if index >= bytes.count {
                            fields.endField()
                            endOfRecord = true
                        }
                    } else {
                        consumeLineEnd(bytes)
                        endOfRecord = true
                    }
                }
                visit(fields)
            }
        }

        /// Reads one field into `fields` and stops before the separator or line end that
        /// follows it; `false` at an unterminated quote.
        mutating func parseField(_ bytes: UnsafeBufferPointer<UInt8>, fieldNumber: Int) -> Bool {
            let quote = UInt8(ascii: "\"")
            if index < bytes.count, bytes[index] == quote {
                let openingLine = line
                index += 1
                var runStart = index
                while true {
                    guard index < bytes.count else {
                        diagnostics.error(
                            "the quoted value of field \(fieldNumber) that starts here has no closing quote; close it with '\"' and write quotes inside a value as '\"\"'",
                            at: SourceLocation(file: file, line: openingLine, column: fieldNumber))
                        return false
                    }
                    let byte = bytes[index]
                    if byte == quote {
                        // A doubled quote is one quote of the value: keep the run up to the first.
                        if index + 1 < bytes.count, bytes[index + 1] == quote {
                            fields.append(UnsafeBufferPointer(rebasing: bytes[runStart...index]))
                            index += 2
                            runStart = index
                            continue
                        }
                        fields.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                        index += 1
                        break
                    }
                    if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
                        line += 1
                    }
                    index += 1
                }
                fields.endField()
                if index < bytes.count, bytes[index] != separatorByte, !isLineEnd(bytes[index]) {
                    let start = index
                    while index < bytes.count, bytes[index] != separatorByte, !isLineEnd(bytes[index]) { index += 1 }
                    let extra = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                    diagnostics.error(
                        "field \(fieldNumber) has text '\(extra)' after its closing quote; put the whole value inside the quotes",
                        at: SourceLocation(file: file, line: line, column: fieldNumber))
                }
                return true
            }
            let start = index
            let separator = separatorByte
            while index < bytes.count {
                let byte = bytes[index]
                if byte == separator || byte == 0x0A || byte == 0x0D { break }
                index += 1
            }
            fields.append(UnsafeBufferPointer(rebasing: bytes[start..<index]))
            fields.endField()
            return true
        }

        func isLineEnd(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }

        mutating func consumeLineEnd(_ bytes: UnsafeBufferPointer<UInt8>) {
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
