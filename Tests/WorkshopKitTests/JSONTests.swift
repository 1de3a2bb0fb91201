import Testing

@testable import WorkshopKit

/// A JSON value without positions, for comparing parsed documents.
indirect enum PlainJSON: Equatable, Sendable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([PlainJSON])
    case object([Pair])

    struct Pair: Equatable, Sendable {
        var key: String
        var value: PlainJSON
    }

    init(_ json: JSON) {
        switch json.value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .number(let literal): self = .number(literal)
        case .string(let text): self = .string(text)
        case .array(let items): self = .array(items.map(PlainJSON.init))
        case .object(let members): self = .object(members.map { Pair(key: $0.key, value: PlainJSON($0.value)) })
        }
    }

    /// Strings compare scalar by scalar: "e\u{301}" and "é" are different documents.
    static func == (lhs: PlainJSON, rhs: PlainJSON) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.string(let a), .string(let b)): a.unicodeScalars.elementsEqual(b.unicodeScalars)
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.key.unicodeScalars.elementsEqual($1.key.unicodeScalars) && $0.value == $1.value }
        default: false
        }
    }

    var description: String { JSONWriter.text(json) }

    var json: JSON {
        switch self {
        case .null: .null
        case .bool(let flag): .bool(flag)
        case .number(let literal): JSON(.number(literal))
        case .string(let text): .string(text)
        case .array(let items): .array(items.map(\.json))
        case .object(let pairs): JSON(.object(pairs.map { JSON.Member(key: $0.key, value: $0.value.json) }))
        }
    }
}

private func parse(_ text: String) throws(JSONParser.SyntaxError) -> PlainJSON { PlainJSON(try JSONParser.parse(text)) }

/// The syntax error for `bytes`, or an issue when they parse.
private func syntaxError(_ bytes: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> JSONParser.SyntaxError? {
    do {
        let value = try JSONParser.parse(bytes)
        Issue.record("expected a syntax error, parsed \(PlainJSON(value))", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

private func syntaxError(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> JSONParser.SyntaxError? {
    syntaxError(Array(text.utf8), sourceLocation: sourceLocation)
}

@Suite("JSONParser: valid documents")
struct JSONParserValidTests {
    @Test("a document with every kind of value, members in the order written")
    func everyKind() throws {
        let value = try parse(#" { "b": [1, 2.5, -0, 1e3, "x", true, false, null], "a": {}, "c": [] } "#)
        #expect(value == .object([
            .init(key: "b", value: .array([.number("1"), .number("2.5"), .number("-0"), .number("1e3"), .string("x"), .bool(true), .bool(false), .null])),
            .init(key: "a", value: .object([])),
            .init(key: "c", value: .array([])),
        ]))
    }

    @Test("a scalar is a document too", arguments: [("true", PlainJSON.bool(true)), ("null", .null), ("\"s\"", .string("s")), ("7", .number("7"))])
    func scalars(text: String, expected: PlainJSON) throws {
        #expect(try parse(text) == expected)
        #expect(try parse("\r\n\t " + text + " \n") == expected)
    }

    @Test(
        "number literals are kept exactly as written",
        arguments: ["0", "-0", "0.65", "1e3", "1E3", "1e+3", "1E-3", "-0.0", "0.10", "12345678901234567890123456789", "-1.5e-300", "1e400"])
    func numbers(literal: String) throws {
        #expect(try parse(literal) == .number(literal))
        #expect(try parse("[\(literal)]") == .array([.number(literal)]))
    }

    @Test("escapes decode, including surrogate pairs")
    func escapes() throws {
        #expect(try parse(#""\" \\ \/ \b \f \n \r \t""#) == .string("\" \\ / \u{08} \u{0C} \n \r \t"))
        #expect(try parse(#""\u0041\u00e4\u00E4\u20AC""#) == .string("Aää€"))
        #expect(try parse(#""\uD83D\uDE00""#) == .string("😀"))
        #expect(try parse(#""\ud83d\ude00x""#) == .string("😀x"))
        #expect(try parse(#""\uDBFF\uDFFF""#) == .string("\u{10FFFF}"))
        #expect(try parse(#""\u0000""#) == .string("\u{0}"))
        #expect(try parse(#""e\u0301""#) == .string("e\u{301}"))
        #expect(try parse(#""e\u0301""#) != .string("é"))
    }

    @Test("UTF-8 text in strings is read as it is")
    func utf8Text() throws {
        #expect(try parse("{\"Straße\": \"Grüße 👩‍👩‍👧\"}") == .object([.init(key: "Straße", value: .string("Grüße 👩‍👩‍👧"))]))
    }

    @Test("a UTF-8 byte order mark is skipped and does not count as a column")
    func byteOrderMark() throws {
        #expect(PlainJSON(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8))) == .array([.number("1")]))
        let error = syntaxError([0xEF, 0xBB, 0xBF] + Array("[x]".utf8))
        #expect(error?.position == TextPosition(line: 1, column: 2))
    }

    @Test("values remember the line and column where they start")
    func positions() throws {
        let text = "{\n  \"title\": \"Radweg\",\n  \"list\": [\n    1,\n    {\"ä\": null}\n  ]\n}\n"
        let json = try JSONParser.parse(text)
        #expect(json.position == TextPosition(line: 1, column: 1))
        guard case .object(let members) = json.value else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["title", "list"])
        #expect(members[0].keyPosition == TextPosition(line: 2, column: 3))
        #expect(members[0].value.position == TextPosition(line: 2, column: 12))
        #expect(members[1].value.position == TextPosition(line: 3, column: 11))
        guard case .array(let items) = members[1].value.value, items.count == 2, case .object(let inner) = items[1].value else {
            Issue.record("unexpected shape")
            return
        }
        #expect(items[0].position == TextPosition(line: 4, column: 5))
        #expect(items[1].position == TextPosition(line: 5, column: 5))
        // Columns count characters: "ä" is one column though two bytes.
        #expect(inner[0].keyPosition == TextPosition(line: 5, column: 6))
        #expect(inner[0].value.position == TextPosition(line: 5, column: 11))
    }

    @Test("what a value is, for messages")
    func kindDescription() throws {
        #expect(try JSONParser.parse("{}").kindDescription == "an object")
        #expect(try JSONParser.parse("[]").kindDescription == "an array")
        #expect(try JSONParser.parse("\"\"").kindDescription == "a string")
        #expect(try JSONParser.parse("1").kindDescription == "a number")
        #expect(try JSONParser.parse("false").kindDescription == "a boolean")
        #expect(try JSONParser.parse("null").kindDescription == "null")
    }

    @Test("nesting up to the depth limit is accepted")
    func deepButAllowed() throws {
        let depth = JSONParser.maximumDepth
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        var value = try parse(text)
        var levels = 0
        while case .array(let items) = value {
            levels += 1
            guard let first = items.first else { break }
            value = first
        }
        #expect(levels == depth)
        _ = try parse(String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth))
    }
}

@Suite("JSONParser: errors with line, column and a helpful message")
struct JSONParserErrorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var line: Int
        var column: Int
        var message: String
        var testDescription: String { text.debugDescription }
    }

    @Test(
        "hand-editing mistakes",
        arguments: [
            // Trailing commas.
            Case(text: "{\n  \"a\": 1,\n}", line: 3, column: 1, message: "trailing comma before '}'; remove the last ','"),
            Case(text: "[1, 2, ]", line: 1, column: 8, message: "trailing comma before ']'; remove the last ','"),
            // Comments.
            Case(text: "// settings\n{}", line: 1, column: 1, message: "JSON has no comments; remove the comment"),
            Case(text: "{\n  // note\n  \"a\": 1\n}", line: 2, column: 3, message: "JSON has no comments; remove the comment"),
            Case(text: "[1, /* two */ 2]", line: 1, column: 5, message: "JSON has no comments; remove the comment"),
            // Single quotes.
            Case(text: "{\"a\": 'x'}", line: 1, column: 7, message: "strings take double quotes (\"…\"), not single quotes"),
            // Bare words.
            Case(text: "[True]", line: 1, column: 2, message: "unexpected 'T'; expected a value (object, array, string, number, true, false or null)"),
            Case(text: "[tru]", line: 1, column: 2, message: "unexpected 't'; expected a value (did you mean true? strings need double quotes)"),
            Case(text: "{\"a\" 1}", line: 1, column: 6, message: "unexpected '1'; expected ':' after the key \"a\""),
            Case(text: "{\"a\": 1 \"b\": 2}", line: 1, column: 9, message: "unexpected '\"'; expected ',' or '}' after the value of \"a\""),
            Case(text: "[1 2]", line: 1, column: 4, message: "unexpected '2'; expected ',' or ']' in the array"),
            Case(text: "{a: 1}", line: 1, column: 2, message: "unexpected 'a'; expected a key in double quotes"),
            Case(text: "[\n  1,\n", line: 3, column: 1, message: "unexpected end of file; expected a value"),
            Case(text: "{\"a\": [1}", line: 1, column: 9, message: "unexpected '}'; expected ',' or ']' in the array"),
        ])
    func mistakes(_ testCase: Case) throws {
        let error = try #require(syntaxError(testCase.text))
        #expect(error.position == TextPosition(line: testCase.line, column: testCase.column))
        #expect(error.message == testCase.message)
    }

    @Test("a key in single quotes asks for double quotes")
    func singleQuotedKey() throws {
        let error = try #require(syntaxError("{\n  'a': 1\n}"))
        #expect(error.position == TextPosition(line: 2, column: 3))
        #expect(error.message.contains("double quotes"))
    }

    @Test("a duplicate key is reported at the second key, naming the line of the first")
    func duplicateKey() throws {
        let error = try #require(syntaxError("{\n  \"id\": 1,\n  \"name\": \"x\",\n    \"id\": 2\n}"))
        #expect(error.position == TextPosition(line: 4, column: 5))
        #expect(error.message == "duplicate key \"id\" (first at line 2); each key may appear once")
        // Keys compare after unescaping.
        let escaped = try #require(syntaxError(#"{"a": 1, "\u0061": 2}"#))
        #expect(escaped.position == TextPosition(line: 1, column: 10))
        // The same key in different objects is fine.
        _ = try parse(#"[{"a": 1}, {"a": 2}, {"b": {"a": 3}, "a": 4}]"#)
    }

    @Test(
        "strings",
        arguments: [
            Case(text: "{\"a\": \"abc", line: 1, column: 11, message: "unterminated string; a closing '\"' is missing"),
            Case(text: "{\"a\": \"x\ny\"}", line: 1, column: 9, message: "line break inside a string; write it as \\n"),
            Case(text: "[\n\"x\ty\"]", line: 2, column: 3, message: "control character U+0009 inside a string; escape it as \\u0009"),
            Case(text: "[\"x\r\"]", line: 1, column: 4, message: "control character U+000D inside a string; escape it as \\u000D"),
            Case(text: "[\"\\x\"]", line: 1, column: 4, message: "unknown escape '\\x'; allowed: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX"),
            Case(text: "[\"\\u12\"]", line: 1, column: 7, message: "\\u must be followed by four hexadecimal digits"),
            Case(text: "[\"\\", line: 1, column: 4, message: "unterminated escape sequence"),
        ])
    func strings(_ testCase: Case) throws {
        let error = try #require(syntaxError(testCase.text))
        #expect(error.position == TextPosition(line: testCase.line, column: testCase.column))
        #expect(error.message == testCase.message)
    }

    @Test(
        "lone surrogates are reported at their escape",
        arguments: [
            Case(text: "[\"\\uD800\"]", line: 1, column: 3, message: "lone surrogate \\uD800; a high surrogate must be followed by a low one"),
            Case(text: "[\"ab\\uD83Dx\"]", line: 1, column: 5, message: "lone surrogate \\uD83D; a high surrogate must be followed by a low one"),
            Case(text: "[\"\\uDE00\"]", line: 1, column: 3, message: "lone surrogate \\uDE00"),
            Case(text: "[\"\\uD83D\\u0041\"]", line: 1, column: 3, message: "\\uD83D must be followed by a low surrogate, not \\u0041"),
            Case(text: "[\"\\uD83D\\uD83D\"]", line: 1, column: 3, message: "\\uD83D must be followed by a low surrogate, not \\uD83D"),
        ])
    func loneSurrogates(_ testCase: Case) throws {
        let error = try #require(syntaxError(testCase.text))
        #expect(error.position == TextPosition(line: testCase.line, column: testCase.column))
        #expect(error.message == testCase.message)
    }

    @Test(
        "numbers",
        arguments: [
            Case(text: "[01]", line: 1, column: 3, message: "numbers may not have leading zeros"),
            Case(text: "-012", line: 1, column: 3, message: "numbers may not have leading zeros"),
            Case(text: "[-]", line: 1, column: 3, message: "a number needs digits after '-'"),
            Case(text: "[-x]", line: 1, column: 3, message: "a number needs digits after '-'"),
            Case(text: "1.", line: 1, column: 3, message: "a decimal point must be followed by digits"),
            Case(text: "[1.e5]", line: 1, column: 4, message: "a decimal point must be followed by digits"),
            Case(text: "1e", line: 1, column: 3, message: "an exponent must have digits"),
            Case(text: "[1e+]", line: 1, column: 5, message: "an exponent must have digits"),
            Case(text: "[.5]", line: 1, column: 2, message: "unexpected '.'; expected a value (object, array, string, number, true, false or null)"),
            Case(text: "+1", line: 1, column: 1, message: "unexpected '+'; expected a value (object, array, string, number, true, false or null)"),
            Case(text: "[0x10]", line: 1, column: 3, message: "unexpected 'x'; expected ',' or ']' in the array"),
        ])
    func numbers(_ testCase: Case) throws {
        let error = try #require(syntaxError(testCase.text))
        #expect(error.position == TextPosition(line: testCase.line, column: testCase.column))
        #expect(error.message == testCase.message)
    }

    @Test("nesting deeper than the limit is refused at the first level too many")
    func depthLimit() throws {
        let depth = JSONParser.maximumDepth + 1
        let arrays = try #require(syntaxError(String(repeating: "[", count: depth) + String(repeating: "]", count: depth)))
        #expect(arrays.position == TextPosition(line: 1, column: depth))
        #expect(arrays.message == "nesting deeper than 256 levels")

        let objects = try #require(syntaxError(String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth)))
        #expect(objects.position == TextPosition(line: 1, column: (depth - 1) * 5 + 1))
        #expect(objects.message == "nesting deeper than 256 levels")

        // Far deeper input fails the same way instead of exhausting the stack.
        let huge = try #require(syntaxError(String(repeating: "[", count: 100_000)))
        #expect(huge.message == "nesting deeper than 256 levels")
    }

    @Test("an empty file", arguments: [("", 1, 1), ("   ", 1, 4), ("\n\n  ", 3, 3), ("\u{FEFF}", 1, 1)])
    func emptyFile(text: String, line: Int, column: Int) throws {
        let error = try #require(syntaxError(text))
        #expect(error.message == "the file is empty; expected a JSON value")
        #expect(error.position == TextPosition(line: line, column: column))
    }

    @Test(
        "text after the value",
        arguments: [
            Case(text: "{\"a\": 1}\n{\"b\": 2}", line: 2, column: 1, message: "unexpected '{' after the end of the JSON value"),
            Case(text: "1 2", line: 1, column: 3, message: "unexpected '2' after the end of the JSON value"),
            Case(text: "truex", line: 1, column: 5, message: "unexpected 'x' after the end of the JSON value"),
            Case(text: "[]]", line: 1, column: 3, message: "unexpected ']' after the end of the JSON value"),
            Case(text: "{} // done", line: 1, column: 4, message: "unexpected '/' after the end of the JSON value"),
        ])
    func textAfterValue(_ testCase: Case) throws {
        let error = try #require(syntaxError(testCase.text))
        #expect(error.position == TextPosition(line: testCase.line, column: testCase.column))
        #expect(error.message == testCase.message)
    }

    @Test("invalid UTF-8 in a string is reported at the first bad byte")
    func invalidUTF8InString() throws {
        // {"name": "M<FC>ller"} as Windows-1252 would write it.
        let bytes = Array("{\n  \"name\": \"M".utf8) + [0xFC] + Array("ller\"\n}".utf8)
        let error = try #require(syntaxError(bytes))
        #expect(error.message == "the text is not valid UTF-8; save the file as UTF-8")
        #expect(error.position == TextPosition(line: 2, column: 13))

        // After an escape and after multi-byte characters.
        let later = try #require(syntaxError(Array("[\"ä\\n€".utf8) + [0xE2, 0x82] + Array("\"]".utf8)))
        #expect(later.message == "the text is not valid UTF-8; save the file as UTF-8")
        #expect(later.position == TextPosition(line: 1, column: 7))

        // In a key.
        let key = try #require(syntaxError(Array("{\"".utf8) + [0xC0, 0xAF] + Array("\": 1}".utf8)))
        #expect(key.position == TextPosition(line: 1, column: 3))
    }

    @Test("invalid UTF-8 outside strings names the byte")
    func invalidUTF8OutsideString() throws {
        let error = try #require(syntaxError([0x5B, 0xFF, 0x5D]))
        #expect(error.position == TextPosition(line: 1, column: 2))
        #expect(error.message.hasPrefix("unexpected 'U+00FF'"))
        // A valid non-ASCII character is shown as itself.
        let letter = try #require(syntaxError("[ä]"))
        #expect(letter.message.hasPrefix("unexpected 'ä'"))
    }

    @Test("CRLF line ends count as one line")
    func crlf() throws {
        let error = try #require(syntaxError("{\r\n  \"a\": x\r\n}"))
        #expect(error.position == TextPosition(line: 2, column: 8))
    }
}

@Suite("JSONWriter")
struct JSONWriterTests {
    @Test("sorted keys, two-space indentation, one value per line, final newline")
    func layout() {
        let json = JSON.object([
            "zeta": .array([.number(1), .string("x"), .array([]), .object([:])]),
            "alpha": .object(["b": .bool(true), "a": .null]),
            "empty": .array([]),
            "gone": nil,
        ])
        #expect(JSONWriter.text(json) == """
            {
              "alpha": {
                "a": null,
                "b": true
              },
              "empty": [],
              "zeta": [
                1,
                "x",
                [],
                {}
              ]
            }

            """)
    }

    @Test("keys sort by Unicode scalar values, independent of the order given")
    func keyOrder() {
        let keys = ["b", "ä", "a", "B", "_", "a1", "a10", "a2", "A"]
        let json = JSON(.object(keys.map { JSON.Member(key: $0, value: .null) }))
        let text = JSONWriter.text(json)
        let written = text.split(separator: "\n").dropFirst().dropLast().map { $0.split(separator: "\"")[1] }
        #expect(written == ["A", "B", "_", "a", "a1", "a10", "a2", "b", "ä"])
        let reversed = JSON(.object(keys.reversed().map { JSON.Member(key: $0, value: .null) }))
        #expect(JSONWriter.text(reversed) == text)
    }

    @Test("scalars at the top level")
    func scalars() {
        #expect(JSONWriter.text(.null) == "null\n")
        #expect(JSONWriter.text(.bool(false)) == "false\n")
        #expect(JSONWriter.text(.number(-42)) == "-42\n")
        #expect(JSONWriter.text(JSON(.number("0.65"))) == "0.65\n")
        #expect(JSONWriter.text(.array([])) == "[]\n")
    }

    @Test("strings escape quotes, backslashes and controls, and keep other text readable")
    func escapes() {
        let text = "\"\\\n\r\t\u{08}\u{0C}\u{01}\u{1F}\u{7F}\u{2028}\u{2029}/äß€😀👩‍👩‍👧"
        #expect(JSONWriter.text(.string(text)) == #""\"\\\n\r\t\b\f\u0001\u001f\u007f\u2028\u2029/äß€😀👩‍👩‍👧""# + "\n")
        #expect(JSONWriter.text(.object(["a\"b": .string("")])) == "{\n  \"a\\\"b\": \"\"\n}\n")
    }

    @Test("an object built from pairs leaves out nil values; a list member vanishes when empty")
    func objectPairs() {
        let empty: [String] = []
        #expect(JSONWriter.text(.object(["a": nil, "b": JSON.list(empty)])) == "{}\n")
        #expect(JSONWriter.text(.object(["l": JSON.list(["x"])])) == "{\n  \"l\": [\n    \"x\"\n  ]\n}\n")
    }
}

@Suite("JSON round trip")
struct JSONRoundTripTests {
    static let documents: [PlainJSON] = [
        .null, .bool(true), .number("-0"), .number("0.65"), .number("1e3"), .number("123456789012345678901234567890.5"),
        .string(""), .string("\"\\/\n\r\t\u{0}\u{08}\u{0C}\u{1F}\u{7F}\u{2028}\u{2029}"),
        .string("e\u{301} 👩‍👩‍👧 \u{10FFFF} Grüße <script>alert(1)</script>"),
        .array([]), .object([]),
        .object([
            .init(key: "", value: .string("empty key")),
            .init(key: "a", value: .array([.number("1"), .array([.array([])]), .object([.init(key: "x", value: .null)])])),
            .init(key: "b\n\"", value: .object([.init(key: "c", value: .number("2.50"))])),
            .init(key: "ä", value: .bool(false)),
        ]),
    ]

    @Test("parse(write(x)) gives x back", arguments: documents)
    func roundTrip(document: PlainJSON) throws {
        let text = JSONWriter.text(document.json)
        #expect(try parse(text) == document)
        // Writing again gives the same bytes.
        #expect(JSONWriter.text(try JSONParser.parse(text)) == text)
    }

    @Test("a hand-written file is normalised and then stable")
    func normalisation() throws {
        let messy = "\u{FEFF}{\"b\":[1,2.50,{\"y\":null,\"x\":\"\\u00e4\\/\"}],\r\n\t\"a\":\"\\ud83d\\ude00\"}"
        let once = JSONWriter.text(try JSONParser.parse(messy))
        #expect(once == "{\n  \"a\": \"😀\",\n  \"b\": [\n    1,\n    2.50,\n    {\n      \"x\": \"ä/\",\n      \"y\": null\n    }\n  ]\n}\n")
        #expect(JSONWriter.text(try JSONParser.parse(once)) == once)
    }

    @Test("all BMP scalars and some astral ones survive a round trip")
    func allScalars() throws {
        var scalars = String.UnicodeScalarView()
        for value in UInt32(0)...0xFFFF {
            if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
        }
        for value in stride(from: UInt32(0x10000), through: 0x10FFFF, by: 0x1001) { scalars.append(Unicode.Scalar(value)!) }
        let text = String(scalars)
        #expect(try parse(JSONWriter.text(.string(text))) == .string(text))
    }
}

@Suite("JSONReader")
struct JSONReaderTests {
    struct Settings {
        var title: String?
        var count: Int?
        var tags: [String]
        var note: String?
    }

    func read(_ text: String) throws -> (Settings?, [Diagnostic]) {
        let json = try JSONParser.parse(text)
        var reader = JSONReader(file: "settings.json")
        guard var object = reader.object(json, "the settings") else { return (nil, reader.diagnostics.sorted) }
        let settings = Settings(
            title: reader.required("title", in: &object),
            count: reader.number("count", in: &object, range: 0...10),
            tags: reader.list("tags", in: &object),
            note: reader.optional("note", in: &object))
        reader.finish(object)
        return (settings, reader.diagnostics.sorted)
    }

    @Test("a valid object reads without diagnostics")
    func valid() throws {
        let (settings, problems) = try read(#"{"title": "T", "count": 3, "tags": ["a", "b"], "note": "n"}"#)
        #expect(problems.isEmpty)
        #expect(settings?.title == "T")
        #expect(settings?.count == 3)
        #expect(settings?.tags == ["a", "b"])
        #expect(settings?.note == "n")
    }

    @Test("optional members may be absent or null; an absent list is empty")
    func optionalMembers() throws {
        let (settings, problems) = try read(#"{"title": "T", "note": null, "count": null}"#)
        #expect(problems.isEmpty)
        #expect(settings?.count == nil)
        #expect(settings?.note == nil)
        #expect(settings?.tags == [])
    }

    @Test("a missing required member is reported at the object")
    func missingRequired() throws {
        let (settings, problems) = try read("\n  {\"count\": 1}")
        #expect(settings?.title == nil)
        #expect(problems.map(\.description) == ["settings.json:2:3: error: the settings is missing \"title\""])
    }

    @Test("null does not satisfy a required member")
    func nullRequired() throws {
        let (_, problems) = try read(#"{"title": null}"#)
        #expect(problems.map(\.message) == [#""title" must be a string in double quotes, found null"#])
        #expect(problems.first?.location == WorkshopKit.SourceLocation(file: "settings.json", line: 1, column: 11))
    }

    @Test("unknown keys are reported at the key with the allowed keys; all problems are collected")
    func unknownKeys() throws {
        let (_, problems) = try read("{\n  \"title\": 5,\n  \"titel\": \"T\",\n  \"count\": 11,\n  \"tags\": [\"a\", 2, \"c\"],\n  \"x\": 1\n}")
        #expect(problems.map(\.description) == [
            #"settings.json:2:12: error: "title" must be a string in double quotes, found a number"#,
            #"settings.json:3:3: error: unknown key "titel" in the settings; allowed: "count", "note", "tags", "title""#,
            #"settings.json:4:12: error: "count" is 11; allowed: 0…10"#,
            #"settings.json:5:17: error: "tags" must be a string in double quotes, found a number"#,
            #"settings.json:6:3: error: unknown key "x" in the settings; allowed: "count", "note", "tags", "title""#,
        ])
    }

    @Test("a list that is not an array is reported")
    func listNotArray() throws {
        let (settings, problems) = try read(#"{"title": "T", "tags": "a"}"#)
        #expect(settings?.tags == [])
        #expect(problems.map(\.message) == [#""tags" must be an array […], found a string"#])
    }

    @Test("the value must be an object")
    func notAnObject() throws {
        let (settings, problems) = try read("[1]")
        #expect(settings == nil)
        #expect(problems.map(\.description) == ["settings.json:1:1: error: the settings must be an object {…}, found an array"])
    }

    @Test("whole numbers", arguments: [("3", 3 as Int?), ("-0", 0), ("0", 0), ("1.5", nil), ("1e3", nil), ("1.0", nil), ("99999999999999999999", nil)])
    func integers(literal: String, expected: Int?) throws {
        var reader = JSONReader(file: "f.json")
        let value = Int(json: try JSONParser.parse(literal), key: "n", reader: &reader)
        #expect(value == expected)
        if expected == nil {
            #expect(reader.diagnostics.all.map(\.message) == ["\"n\" must be a whole number, found '\(literal)'"])
        } else {
            #expect(reader.diagnostics.isEmpty)
        }
    }

    @Test("required text must hold more than white space")
    func requiredText() throws {
        var reader = JSONReader(file: "f.json")
        var object = try #require(reader.object(try JSONParser.parse("{\"title\": \" \\n\\t\"}"), "idea I-1"))
        #expect(reader.requiredText("title", in: &object) == nil)
        #expect(reader.diagnostics.all.map(\.description) == [#"f.json:1:11: error: "title" of idea I-1 is empty; write some text"#])
    }

    @Test("closed sets of words name the allowed words")
    func enums() throws {
        var reader = JSONReader(file: "f.json")
        #expect(CSVProfile(json: .string("excel-de"), key: "csv", reader: &reader) == .excelGerman)
        #expect(CSVProfile(json: .string("excel"), key: "csv", reader: &reader) == nil)
        #expect(CSVProfile(json: .number(1), key: "csv", reader: &reader) == nil)
        #expect(reader.diagnostics.all.map(\.message) == [
            #""csv" must be one of standard, excel-de; found 'excel'"#,
            #""csv" must be one of standard, excel-de; found a number"#,
        ])
        // Values built in code have no position: the location is the file alone.
        #expect(reader.diagnostics.all.first?.location == WorkshopKit.SourceLocation(file: "f.json"))
    }

    @Test("amounts, rates and days read exactly and report bad literals")
    func modelValues() throws {
        var reader = JSONReader(file: "f.json")
        #expect(Money(json: try JSONParser.parse("35200.50"), key: "cost", reader: &reader) == Money(cents: 3_520_050))
        #expect(Money(json: try JSONParser.parse("0.655"), key: "cost", reader: &reader) == nil)
        #expect(Hundredths(json: try JSONParser.parse("72.5"), key: "rate", reader: &reader) == Hundredths(hundredths: 7250))
        #expect(Day(json: try JSONParser.parse("\"2024-02-29\""), key: "date", reader: &reader) == Day(year: 2024, month: 2, day: 29))
        #expect(Day(json: try JSONParser.parse("\"2023-02-29\""), key: "date", reader: &reader) == nil)
        #expect(reader.diagnostics.all.map(\.message) == [
            #""cost" must be an amount as a number with at most two decimal places (e.g. 35200.50), at most 999999999999.99; found '0.655'"#,
            #""date" must be a date written YYYY-MM-DD (e.g. 2020-02-19), found '2023-02-29'"#,
        ])
        #expect(JSONWriter.text(Money(cents: -5).json) == "-0.05\n")
        #expect(JSONWriter.text(Hundredths(hundredths: 150).json) == "1.5\n")
    }

    @Test("identifiers are checked when read")
    func identifiers() throws {
        var reader = JSONReader(file: "f.json")
        #expect(ProjectID(json: try JSONParser.parse("\"P 1\""), key: "project", reader: &reader) == nil)
        #expect(ProjectID(json: try JSONParser.parse("\"P1\""), key: "project", reader: &reader) == ProjectID("P1"))
        #expect(reader.diagnostics.all.map(\.message) == [
            "\"project\": project id 'P 1' may hold only letters A–Z, digits, '-', '_' and '.', starting with a letter or digit"
        ])
    }
}
