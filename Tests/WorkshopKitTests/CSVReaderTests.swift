import Foundation
import Testing

@testable import WorkshopKit

// MARK: - Shared test data

/// The public test data copied into `Tests/WorkshopKitTests/Fixtures/testdata` (see its README.md).
///
/// Found from the package root, so it works on any clean clone. A missing folder is an error,
/// never a reason to skip: the conformance tests must run.
enum TestData {
    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    static func folder() throws -> URL {
        let data = Fixtures.packageRoot.appendingPathComponent("Tests/WorkshopKitTests/Fixtures/testdata")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: data.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Missing(description: "the test data folder \(data.path) is missing")
        }
        return data
    }

    static func bytes(_ relativePath: String) throws -> [UInt8] {
        let url = try folder().appendingPathComponent(relativePath)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw Missing(description: "test data file \(url.path) is missing or unreadable")
        }
        return [UInt8](data)
    }
}

/// Reads `text` and returns the thrown diagnostics, or records an issue when reading succeeds.
private func csvProblems(
    _ bytes: [UInt8], reader: CSVReader = CSVReader(), sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> [Diagnostic] {
    do {
        let document = try reader.read(bytes, file: "input.csv")
        Issue.record("expected an error, got \(document.records)", sourceLocation: sourceLocation)
        return []
    } catch {
        return error.diagnostics.sorted
    }
}

private func csvProblems(
    _ text: String, reader: CSVReader = CSVReader(), sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> [Diagnostic] {
    csvProblems(Array(text.utf8), reader: reader, sourceLocation: sourceLocation)
}

private func read(_ text: String, _ reader: CSVReader = CSVReader()) throws -> CSVDocument {
    try reader.read(Array(text.utf8), file: "input.csv")
}

private func fields(_ document: CSVDocument) -> [[String]] { document.records.map(\.fields) }

private func lines(_ document: CSVDocument) -> [Int] { document.records.map(\.line) }

// MARK: - csv-spectrum

@Suite("CSVReader: csv-spectrum conformance cases")
struct CSVSpectrumTests {
    static let cases = [
        "comma_in_quotes", "empty", "empty_crlf", "escaped_quotes", "json", "location_coordinates", "newlines",
        "newlines_crlf", "quotes_and_newlines", "simple", "simple_crlf", "utf8",
    ]

    @Test("every case in the shared folder is covered by this suite")
    func allCasesListed() throws {
        let folder = try TestData.folder().appendingPathComponent("csv-spectrum/csvs")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".csv") }
            .map { String($0.dropLast(4)) }
        #expect(Set(names) == Set(Self.cases))
    }

    @Test("parses as the expected JSON says", arguments: cases)
    func conformance(name: String) throws {
        let csv = try TestData.bytes("csv-spectrum/csvs/\(name).csv")
        let json = try TestData.bytes("csv-spectrum/json/\(name).json")

        let parsed = try JSONSerialization.jsonObject(with: Data(json))
        // location_coordinates.json holds a single object instead of an array of one
        // (upstream max-mapper/csv-spectrum#22).
        let expectedObjects: [Any] = (parsed as? [Any]) ?? [parsed]
        var expected: [[String: String]] = []
        for object in expectedObjects {
            let dictionary = try #require(object as? [String: Any], "\(name).json: every row must be an object")
            var row: [String: String] = [:]
            for (key, value) in dictionary {
                row[key] = try #require(value as? String, "\(name).json: \(key) must be a string")
            }
            expected.append(row)
        }

        let document = try CSVReader().read(csv, file: "\(name).csv")
        #expect(document.separator == UInt8(ascii: ","))
        let header = try #require(document.records.first, "\(name).csv has a header row").fields
        let actual = document.records.dropFirst().map { record in
            Dictionary(uniqueKeysWithValues: zip(header, record.fields).map { ($0, $1) })
        }
        #expect(actual.count == expected.count)
        for row in document.records.dropFirst() {
            #expect(row.fields.count == header.count, "line \(row.line) has as many fields as the header")
        }
        for (index, (actualRow, expectedRow)) in zip(actual, expected).enumerated() {
            var expectedRow = expectedRow
            if name == "location_coordinates" {
                // The upstream expectation has a made-up phone number that is not in the CSV
                // (max-mapper/csv-spectrum#20); the reader must return what the file says.
                #expect(actualRow["Contact Phone Number"] == "2095257564")
                expectedRow["Contact Phone Number"] = "2095257564"
            }
            #expect(actualRow == expectedRow, "\(name): row \(index + 1)")
            // Byte-exact too: String equality alone would equate CRLF with other spellings of a break.
            for (key, value) in expectedRow {
                #expect(Array(actualRow[key, default: ""].utf8) == Array(value.utf8), "\(name): row \(index + 1), \(key)")
            }
        }
    }
}

// MARK: - pabulib

@Suite("CSVReader: pabulib PROJECTS sections")
struct PabulibSmokeTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        var knownName: String
        var crlf: Bool
        var testDescription: String { file }
    }

    static let cases = [
        // LF line ends, no quotes (the file the brief names).
        Case(file: "Poland_Krakow_2024_Stare_Miasto.pb", knownName: "Ogród kontemplacyjny i sad na Kazimierzu", crlf: false),
        // CRLF line ends, quoted names with doubled quotes.
        Case(
            file: "Poland_Gdansk_2020_Chelm.pb",
            knownName: "\"Uśmiech ty, uśmiech ja i bezpieczna droga ma\" - przejścia dla pieszych na ul. Wilanowskiej",
            crlf: true),
    ]

    /// The bytes of the lines strictly between the `start` and `end` section headers, line ends kept
    /// as the file has them (LF or CRLF).
    static func section(_ bytes: [UInt8], from start: String, to end: String) throws -> [UInt8] {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { Array($0) + [0x0A] }
        if bytes.last == 0x0A { lines.removeLast() }
        let names = lines.map { line in
            String(decoding: line.dropLast().last == 0x0D ? line.dropLast(2) : line.dropLast(), as: UTF8.self)
        }
        let first = try #require(names.firstIndex(of: start), "no \(start) line")
        let last = try #require(names.firstIndex(of: end), "no \(end) line")
        try #require(first < last)
        return Array(lines[(first + 1)..<last].joined())
    }

    @Test("reads every project with the separator ';'", arguments: cases)
    func projects(_ testCase: Case) throws {
        let bytes = try TestData.bytes("pabulib/\(testCase.file)")
        let meta = try CSVReader(separator: UInt8(ascii: ";"))
            .read(try Self.section(bytes, from: "META", to: "PROJECTS"), file: testCase.file)
        let numProjects = try #require(meta.records.first { $0.fields.first == "num_projects" }?.fields.last)
        let expectedCount = try #require(Int(numProjects))

        let section = try Self.section(bytes, from: "PROJECTS", to: "VOTES")
        #expect(section.contains(0x0D) == testCase.crlf)
        let projects = try CSVReader(separator: UInt8(ascii: ";")).read(section, file: testCase.file)
        let header = try #require(projects.records.first).fields
        #expect(header.first == "project_id")
        let nameColumn = try #require(header.firstIndex(of: "name"))
        let rows = projects.records.dropFirst()
        #expect(rows.count == expectedCount)
        // No name holds a line break, so every record is on a line of its own.
        #expect(projects.records.map(\.line) == Array(1...(expectedCount + 1)))
        #expect(rows.allSatisfy { $0.fields.count == header.count })
        #expect(rows.contains { $0.fields[nameColumn] == testCase.knownName })
        // No name may keep the quoting of the file.
        #expect(!rows.contains { $0.fields[nameColumn].hasPrefix("\"\"") })
    }

    @Test("auto-detection picks ';' for a pabulib PROJECTS section")
    func detection() throws {
        let bytes = try TestData.bytes("pabulib/Poland_Krakow_2024_Stare_Miasto.pb")
        let document = try CSVReader().read(try Self.section(bytes, from: "PROJECTS", to: "VOTES"), file: "pb")
        #expect(document.separator == UInt8(ascii: ";"))
        #expect(document.records.first?.fields == ["project_id", "cost", "votes", "score", "name", "category", "selected"])
        #expect(document.records.dropFirst().first?.fields == [
            "BO.D1.3/24", "420000", "648", "1421", "STARE MIASTO ZRYWA Z BETONEM", "infrastructure", "1",
        ])
    }
}

// MARK: - Structure

@Suite("CSVReader: records, lines and separators")
struct CSVReaderStructureTests {
    @Test("LF, CRLF, CR and mixed line endings give the same records with the right line numbers")
    func lineEndings() throws {
        for ending in ["\n", "\r\n", "\r"] {
            let document = try read(["a,b", "1,2", "3,4"].joined(separator: ending) + ending)
            #expect(fields(document) == [["a", "b"], ["1", "2"], ["3", "4"]], "line ending \(ending.debugDescription)")
            #expect(lines(document) == [1, 2, 3])
        }
        let mixed = try read("a,b\r\n1,2\n3,4\r5,6")
        #expect(fields(mixed) == [["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"]])
        #expect(lines(mixed) == [1, 2, 3, 4])
    }

    @Test("blank lines are skipped but still counted")
    func blankLines() throws {
        let document = try read("\na,b\n\n1,2\r\n\r\n\r\n3,4\r\r\n")
        #expect(fields(document) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(lines(document) == [2, 4, 7])
    }

    @Test("quoted CR, LF and CRLF are kept verbatim and advance the line count")
    func quotedLineBreaks() throws {
        let document = try read("a,b\n\"x\r\ny\rz\nw\",2\nq,3\n")
        #expect(document.records.count == 3)
        #expect(Array(document.records[1].fields[0].utf8) == Array("x\r\ny\rz\nw".utf8))
        #expect(document.records[1].fields[1] == "2")
        // The record spans lines 2–5 (three line breaks inside the quotes), so "q" is on line 6.
        #expect(lines(document) == [1, 2, 6])
    }

    @Test("doubled quotes, separators inside quotes and bare quotes in unquoted fields")
    func quoting() throws {
        let document = try read("a,b,c\n\"say \"\"hi\"\"\",\"1,5\",5\"2\n\"\",\"\"\"\",x\n")
        #expect(fields(document) == [["a", "b", "c"], ["say \"hi\"", "1,5", "5\"2"], ["", "\"", "x"]])
    }

    @Test("a separator at the very end gives a final empty field", arguments: ["a,b,", "a,b,\n", "a,b,\r\n"])
    func trailingSeparator(text: String) throws {
        #expect(fields(try read(text)) == [["a", "b", ""]])
    }

    @Test("a lone separator is two empty fields; a lone empty quoted field is one")
    func emptyFields() throws {
        #expect(fields(try read(",")) == [["", ""]])
        #expect(fields(try read("x\n\"\"\n")) == [["x"], [""]])
        #expect(fields(try read("x\n\"\"")) == [["x"], [""]])
    }

    @Test("a last line without line end is read")
    func noFinalLineEnd() throws {
        let document = try read("a,b\n1,2")
        #expect(fields(document) == [["a", "b"], ["1", "2"]])
    }

    @Test("empty input has no records and is no error")
    func emptyInput() throws {
        #expect(try read("").records.isEmpty)
        #expect(try read("\n\r\n").records.isEmpty)
    }

    @Test("a UTF-8 byte order mark is dropped and noted")
    func byteOrderMark() throws {
        let withMark = try CSVReader().read([0xEF, 0xBB, 0xBF] + Array("name,score\nÄrger,3\n".utf8), file: "bom.csv")
        #expect(withMark.hadByteOrderMark)
        #expect(fields(withMark) == [["name", "score"], ["Ärger", "3"]])
        #expect(withMark.records.first?.fields.first?.unicodeScalars.first == "n")
        #expect(lines(withMark) == [1, 2])

        let without = try read("name,score\n")
        #expect(!without.hadByteOrderMark)
        #expect(try CSVReader().read([0xEF, 0xBB, 0xBF], file: "bom.csv").records.isEmpty)
    }

    @Test("Excel's sep= first line names the separator and is not data", arguments: ["\n", "\r\n", "\r"])
    func excelSeparatorLine(ending: String) throws {
        let document = try read("sep=;" + ending + "a;b,c" + ending + "1;2,5" + ending)
        #expect(document.separator == UInt8(ascii: ";"))
        #expect(fields(document) == [["a", "b,c"], ["1", "2,5"]])
        #expect(lines(document) == [2, 3])
    }

    @Test("sep= works after a byte order mark, with tab, and alone")
    func excelSeparatorLineVariants() throws {
        let bom = try CSVReader().read([0xEF, 0xBB, 0xBF] + Array("sep=;\na;b\n".utf8), file: "x.csv")
        #expect(bom.separator == UInt8(ascii: ";"))
        #expect(fields(bom) == [["a", "b"]])

        let tab = try read("sep=\t\na\tb;c\n")
        #expect(tab.separator == UInt8(ascii: "\t"))
        #expect(fields(tab) == [["a", "b;c"]])

        #expect(try read("sep=,").records.isEmpty)
    }

    @Test("a given separator wins over the sep= line, which is still skipped")
    func givenSeparatorWins() throws {
        let document = try read("sep=;\na,b;c\n", CSVReader(separator: UInt8(ascii: ",")))
        #expect(document.separator == UInt8(ascii: ","))
        #expect(fields(document) == [["a", "b;c"]])
        #expect(lines(document) == [2])
    }

    struct Detection: Sendable, CustomTestStringConvertible {
        var text: String
        var separator: Character
        var testDescription: String { text.debugDescription }
    }

    @Test(
        "the separator is detected from the first line",
        arguments: [
            Detection(text: "a,b,c\n1;2;3;4;5\n", separator: ","),
            Detection(text: "a;b;c\n1,2,3,4,5\n", separator: ";"),
            Detection(text: "a\tb\tc\n1,2\n", separator: "\t"),
            Detection(text: "a;b,c;d\n", separator: ";"),
            Detection(text: "a,b;c\n", separator: ","),  // a tie goes to the comma
            Detection(text: "\"x;y;z\",b\n", separator: ","),  // quoted separators do not count
            Detection(text: "\"x\n;;;\"\tb\n", separator: "\t"),  // a quoted line break does not end the line
            Detection(text: "abc\n1;2;3\n", separator: ","),  // nothing on the first line: comma
            Detection(text: "a\tb;c\td\n", separator: "\t"),
        ])
    func separatorDetection(_ detection: Detection) throws {
        let document = try read(detection.text, CSVReader(requiresRectangularShape: false))
        #expect(document.separator == detection.separator.asciiValue)
    }

    @Test("a given separator is used even when another one is more frequent")
    func givenSeparator() throws {
        let document = try read("a;b,c,d\n", CSVReader(separator: UInt8(ascii: ";")))
        #expect(fields(document) == [["a", "b,c,d"]])
    }

    @Test("without the rectangular check, ragged rows are returned as they are")
    func raggedAllowed() throws {
        let document = try read("a,b,c\n1\n1,2,3,4\n", CSVReader(requiresRectangularShape: false))
        #expect(fields(document) == [["a", "b", "c"], ["1"], ["1", "2", "3", "4"]])
    }
}

// MARK: - Errors

@Suite("CSVReader: errors with line and field number")
struct CSVReaderErrorTests {
    @Test("ragged rows are reported at their line and the first missing or extra field")
    func raggedRows() throws {
        let problems = csvProblems("a,b,c\n1,2\n\n3,4,5,6\n7,8,9\n")
        #expect(problems.count == 2)
        #expect(problems.map(\.location) == [
            WorkshopKit.SourceLocation(file: "input.csv", line: 2, column: 3),
            WorkshopKit.SourceLocation(file: "input.csv", line: 4, column: 4),
        ])
        #expect(problems.first?.message.hasPrefix("this row has 2 fields but the first row has 3") == true)
        #expect(problems.last?.message.hasPrefix("this row has 4 fields but the first row has 3") == true)
        #expect(problems.allSatisfy { $0.message.contains("separator ','") && $0.severity == .error })
    }

    @Test("a one-field row says 'field', and the separator is named as people write it")
    func raggedRowWording() throws {
        let problems = csvProblems("a\tb\nc\n")
        #expect(problems.count == 1)
        #expect(problems.first?.message.hasPrefix("this row has 1 field but") == true)
        #expect(problems.first?.message.contains("separator '\\t'") == true)
    }

    @Test("ragged rows after a quoted line break are reported at the line they start on")
    func raggedAfterMultilineField() throws {
        let problems = csvProblems("a,b\n\"x\ny\",1\n2\n")
        #expect(problems.map(\.location) == [WorkshopKit.SourceLocation(file: "input.csv", line: 4, column: 2)])
    }

    @Test("only reportLimit ragged rows are listed; the rest are counted")
    func reportLimit() throws {
        var reader = CSVReader()
        reader.reportLimit = 2
        let problems = csvProblems("a,b\n1\n2\n3\n4\n5\n", reader: reader)
        #expect(problems.count == 3)
        #expect(problems.contains { $0.message == "3 more rows have the wrong number of fields" && $0.location.line == nil })
        #expect(problems.compactMap(\.location.line) == [2, 3])
    }

    @Test("an unterminated quote is reported where it opened, with its field number")
    func unterminatedQuote() throws {
        let problems = csvProblems("a,b\n1,\"open\n2,3\n4,5\n")
        #expect(problems.count == 1)
        #expect(problems.first?.location == WorkshopKit.SourceLocation(file: "input.csv", line: 2, column: 2))
        #expect(problems.first?.message.contains("no closing quote") == true)
        #expect(problems.first?.message.contains("field 2") == true)
    }

    @Test("an unterminated quote after a multi-line field is reported at its own line")
    func unterminatedQuoteAfterMultiline() throws {
        let problems = csvProblems("a,b\r\n\"1\r\n2\",x\r\n\"open,y\r\nz\r\n")
        #expect(problems.map(\.location) == [WorkshopKit.SourceLocation(file: "input.csv", line: 4, column: 1)])
    }

    @Test("text after a closing quote is reported with the text, line and field")
    func textAfterClosingQuote() throws {
        let problems = csvProblems("a,b\n1,\"x\"y z\n")
        #expect(problems.count == 1)
        #expect(problems.first?.location == WorkshopKit.SourceLocation(file: "input.csv", line: 2, column: 2))
        #expect(problems.first?.message.contains("'y z'") == true)
        #expect(problems.first?.message.contains("after its closing quote") == true)
    }

    @Test("text after a closing quote on a later line of a multi-line field is reported on that line")
    func textAfterClosingQuoteMultiline() throws {
        let problems = csvProblems("a,b\n1,\"x\ny\"z\n")
        #expect(problems.map(\.location) == [WorkshopKit.SourceLocation(file: "input.csv", line: 3, column: 2)])
    }

    @Test("several problems are reported together")
    func severalProblems() throws {
        let problems = csvProblems("a,b\n\"1\"x,2\n3,\"4\"y\n")
        #expect(problems.map(\.location.line) == [2, 3])
        #expect(problems.map(\.location.column) == [1, 2])
    }

    @Test("invalid UTF-8 is reported at the line and column of the first bad byte, suggesting windows-1252")
    func invalidUTF8() throws {
        // "name,city\nMüller,Köln\n" as Windows-1252.
        let bytes: [UInt8] = Array("name,city\n".utf8) + [0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72, 0x2C, 0x4B, 0xF6, 0x6C, 0x6E, 0x0A]
        let problems = csvProblems(bytes)
        #expect(problems.count == 1)
        let problem = try #require(problems.first)
        #expect(problem.location == WorkshopKit.SourceLocation(file: "input.csv", line: 2, column: 2))
        #expect(problem.message.contains("0xFC"))
        #expect(problem.message.contains("'ü'"))
        #expect(problem.message.contains("windows-1252"))
    }

    @Test("columns of invalid bytes count characters, not bytes, and the BOM is not a column")
    func invalidUTF8Column() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("ä,€\n".utf8) + Array("x,ü,".utf8) + [0xE4]
        let problems = csvProblems(bytes)
        #expect(problems.map(\.location) == [WorkshopKit.SourceLocation(file: "input.csv", line: 2, column: 5)])
    }

    @Test("invalid UTF-8 in a file with CR line endings is reported on the right line")
    func invalidUTF8WithCR() throws {
        let bytes: [UInt8] = Array("a,b\r1,2\r3,".utf8) + [0xFC]
        let problems = csvProblems(bytes)
        #expect(problems.map(\.location) == [WorkshopKit.SourceLocation(file: "input.csv", line: 3, column: 3)])
    }

    @Test("windows-1252 input decodes Müller and the euro sign")
    func windows1252() throws {
        let reader = CSVReader(encoding: .windows1252)
        let bytes: [UInt8] = Array("name,amount\n".utf8) + [0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72, 0x2C, 0x35, 0x20, 0x80, 0x0A]
        let document = try reader.read(bytes, file: "x.csv")
        #expect(fields(document) == [["name", "amount"], ["Müller", "5 €"]])
        #expect(!document.hadByteOrderMark)
    }
}

// MARK: - Text decoding

@Suite("TextDecoder")
struct TextDecoderTests {
    @Test("windows-1252 maps 0x80–0x9F to the WHATWG letters and the rest to Latin-1")
    func windows1252Table() throws {
        #expect(try TextDecoder.string([0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72], encoding: .windows1252) == "Müller")
        #expect(try TextDecoder.string([0x80], encoding: .windows1252) == "€")
        #expect(try TextDecoder.string([0x84, 0x93, 0x94, 0x96, 0x9F], encoding: .windows1252) == "„“”–Ÿ")
        #expect(try TextDecoder.string([0xDF, 0xE4, 0xFF], encoding: .windows1252) == "ßäÿ")
        // The five unassigned bytes become the C1 controls of the same value.
        for byte: UInt8 in [0x81, 0x8D, 0x8F, 0x90, 0x9D] {
            #expect(try TextDecoder.string([byte], encoding: .windows1252).unicodeScalars.map(\.value) == [UInt32(byte)])
        }
    }

    @Test("ISO 8859-1 maps every byte to the code point of the same value")
    func latin1() throws {
        let bytes = (0...255).map(UInt8.init)
        let text = try TextDecoder.string(bytes, encoding: .latin1)
        #expect(text.unicodeScalars.map(\.value) == (0...255).map(UInt32.init))
    }

    @Test("UTF-8 input is returned without its byte order mark")
    func utf8() throws {
        #expect(try TextDecoder.utf8Bytes([0xEF, 0xBB, 0xBF, 0x61], encoding: .utf8) == [0x61])
        #expect(try TextDecoder.string(Array("Grüße 👋".utf8), encoding: .utf8) == "Grüße 👋")
    }

    struct Invalid: Sendable, CustomTestStringConvertible {
        var bytes: [UInt8]
        var line: Int
        var column: Int
        var byte: UInt8
        var testDescription: String { bytes.map { String($0, radix: 16) }.joined(separator: " ") }
    }

    @Test(
        "firstInvalidUTF8 finds the first bad byte",
        arguments: [
            Invalid(bytes: [0x61, 0xFF], line: 1, column: 2, byte: 0xFF),
            Invalid(bytes: [0xC0, 0x80], line: 1, column: 1, byte: 0xC0),  // overlong NUL
            Invalid(bytes: [0x61, 0x0A, 0xE0, 0x80, 0x80], line: 2, column: 1, byte: 0xE0),  // overlong
            Invalid(bytes: [0xED, 0xA0, 0x80], line: 1, column: 1, byte: 0xED),  // UTF-16 surrogate
            Invalid(bytes: [0xF4, 0x90, 0x80, 0x80], line: 1, column: 1, byte: 0xF4),  // above U+10FFFF
            Invalid(bytes: [0xC3, 0xA4, 0xE2, 0x82], line: 1, column: 2, byte: 0xE2),  // truncated at the end
            Invalid(bytes: [0x80], line: 1, column: 1, byte: 0x80),  // lone continuation byte
            Invalid(bytes: [0xF0, 0x9F, 0x91, 0x8B, 0x0A, 0x0A, 0x61, 0xC3, 0x28], line: 3, column: 2, byte: 0xC3),
            Invalid(bytes: [0x61, 0x0D, 0x62, 0x0D, 0xFE], line: 3, column: 1, byte: 0xFE),  // CR line ends
            Invalid(bytes: [0x61, 0x0D, 0x0A, 0xFE], line: 2, column: 1, byte: 0xFE),  // CRLF is one line end
        ])
    func firstInvalid(_ invalid: Invalid) throws {
        let problem = try #require(TextDecoder.firstInvalidUTF8(invalid.bytes))
        #expect(problem.line == invalid.line)
        #expect(problem.column == invalid.column)
        #expect(problem.byte == invalid.byte)
    }

    @Test("valid UTF-8 of every length passes")
    func validUTF8() {
        let text = "a\u{7F}\u{80}\u{7FF}\u{800}\u{D7FF}\u{E000}\u{FFFF}\u{10000}\u{10FFFF}\r\n"
        #expect(TextDecoder.firstInvalidUTF8(Array(text.utf8)) == nil)
    }

    @Test("the message names the byte, the Windows-1252 letter, how many lines are affected and the fix")
    func message() throws {
        let problem = try #require(TextDecoder.firstInvalidUTF8([0x61, 0xE4, 0xE4, 0x0A, 0x62, 0x0A, 0xFC]))
        #expect(problem.invalidLines == 2)
        #expect(problem.windows1252Guess == "ä")
        #expect(
            problem.description
                == "byte 0xE4 is not valid UTF-8 (it is 'ä' in Windows-1252, as older Excel saves CSV); 2 lines have such bytes; save the file as UTF-8, or read it in the encoding windows-1252"
        )
        // A byte that is no letter in Windows-1252 is not guessed at.
        let control = try #require(TextDecoder.firstInvalidUTF8([0x81]))
        #expect(!control.description.contains("(it is"))
        #expect(control.description.hasPrefix("byte 0x81 is not valid UTF-8; save the file as UTF-8"))
    }

    @Test("encoding names in their common spellings", arguments: [
        ("utf8", TextEncoding.utf8), ("UTF-8", .utf8), ("cp1252", .windows1252), ("Windows-1252", .windows1252),
        ("windows_1252", .windows1252), ("latin1", .latin1), ("ISO-8859-1", .latin1),
    ])
    func encodingNames(name: String, encoding: TextEncoding) {
        #expect(TextEncoding(name: name) == encoding)
    }

    @Test("unknown encoding names are refused")
    func unknownEncoding() {
        #expect(TextEncoding(name: "utf-16") == nil)
        #expect(TextEncoding(name: "") == nil)
    }
}

// MARK: - CSVTable

@Suite("CSVTable")
struct CSVTableTests {
    func table(_ text: String, required: [String] = ["id", "score"], optional: [String] = ["note"]) throws(InvalidInput) -> CSVTable {
        try CSVTable(bytes: Array(text.utf8), file: "t.csv", required: required, optional: optional)
    }

    func problems(_ text: String, required: [String] = ["id", "score"], optional: [String] = ["note"]) -> [Diagnostic] {
        do {
            _ = try table(text, required: required, optional: optional)
            Issue.record("expected the header to be refused")
            return []
        } catch {
            return error.diagnostics.sorted
        }
    }

    @Test("columns are found by name in any order, regardless of case and surrounding spaces")
    func columnsByName() throws {
        let table = try table(" Score ,NOTE,iD\n3,hello,P1\n")
        #expect(table.header == [" Score ", "NOTE", "iD"])
        #expect(table.column("id") == 2)
        #expect(table.column("score") == 0)
        #expect(table.column("note") == 1)
        let row = try #require(table.rows.first)
        #expect(table.value(row, "id") == "P1")
        #expect(table.value(row, "score") == "3")
        #expect(table.location(row, "id") == WorkshopKit.SourceLocation(file: "t.csv", line: 2, column: 3))
    }

    @Test("tabs and no-break spaces around a header name are ignored too")
    func otherSpaces() throws {
        // The separator is given: the tabs would otherwise win the detection.
        let table = try CSVTable(
            bytes: Array("\u{00A0}ID\t,\tScore\u{00A0}\n1,2\n".utf8), file: "t.csv", required: ["id", "score"],
            reader: CSVReader(separator: UInt8(ascii: ",")))
        #expect(table.column("id") == 0)
        #expect(table.column("score") == 1)
    }

    @Test("an absent optional column reads as empty")
    func absentOptional() throws {
        let table = try table("id,score\nP1,3\n")
        let row = try #require(table.rows.first)
        #expect(table.column("note") == nil)
        #expect(table.value(row, "note") == "")
        #expect(table.location(row, "note") == WorkshopKit.SourceLocation(file: "t.csv", line: 2))
    }

    @Test("a missing required column is an error naming it")
    func missingColumn() {
        let problems = problems("id,note\nP1,x\n")
        #expect(problems.count == 1)
        #expect(problems.first?.message == "missing column 'score'; the header must name id, score")
        #expect(problems.first?.location == WorkshopKit.SourceLocation(file: "t.csv", line: 1))
    }

    @Test("an unknown column is an error at its field, listing the allowed columns")
    func unknownColumn() {
        let problems = problems("id,scroe,score\n")
        #expect(problems.count == 1)
        #expect(problems.first?.message == "unknown column 'scroe'; the columns are: id, score, note")
        #expect(problems.first?.location == WorkshopKit.SourceLocation(file: "t.csv", line: 1, column: 2))
    }

    @Test("a column named twice is an error at the second one, even in another case")
    func duplicateColumn() {
        let problems = problems("id,score,ID\n")
        #expect(problems.count == 1)
        #expect(problems.first?.message == "column 'ID' appears twice")
        #expect(problems.first?.location == WorkshopKit.SourceLocation(file: "t.csv", line: 1, column: 3))
    }

    @Test("all header problems are reported at once")
    func allHeaderProblems() {
        let problems = problems("ID,x,id\n")
        #expect(problems.count == 3)
        #expect(problems.map(\.location.column) == [nil, 2, 3])
    }

    @Test("an empty file is an error naming the columns it needs")
    func emptyFile() {
        let problems = problems("\n\n")
        #expect(problems.count == 1)
        #expect(problems.first?.message == "the file is empty; it needs a header row naming the columns id, score, note")
    }

    @Test("the header may follow a sep= line and keeps its line number")
    func headerAfterSeparatorLine() throws {
        let table = try table("sep=;\nid;score\nP1;2,5\n")
        let row = try #require(table.rows.first)
        #expect(table.value(row, "score") == "2,5")
        #expect(row.line == 3)
        let problems = problems("sep=;\nid;x\n")
        #expect(problems.map(\.location.line) == [2, 2])
    }

    @Test("malformed CSV is reported through the table")
    func malformedCSV() {
        let problems = problems("id,score\nP1\n")
        #expect(problems.map(\.location) == [WorkshopKit.SourceLocation(file: "t.csv", line: 2, column: 2)])
    }

    @Test("value removes a formula guard the writer added, and nothing else", arguments: [
        ("'=SUM(A1)", "=SUM(A1)"), ("'+1", "+1"), ("'-2", "-2"), ("'@x", "@x"), ("'\tx", "\tx"),
        ("''quoted", "'quoted"), ("'plain", "'plain"), ("'", "'"), ("''", "'"), ("=1", "=1"), ("", ""),
    ])
    func valueRemovesGuard(cell: String, original: String) throws {
        // The raw cell, quoted by hand (not through the writer's guard), so the table sees exactly `cell`.
        let table = try table("id,score\r\nP1," + quoted(cell) + "\r\n")
        let row = try #require(table.rows.first)
        #expect(row.fields[1] == cell)
        #expect(table.value(row, "score") == original)
    }

    private func quoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
