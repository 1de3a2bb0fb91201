import Testing

@testable import WorkshopKit

private let standard = CSVWriter(profile: .standard)
private let german = CSVWriter(profile: .excelGerman)

@Suite("CSVWriter: quoting")
struct CSVWriterQuotingTests {
    @Test("plain text is written as it is")
    func plain() {
        #expect(standard.field(.text("Radweg Nord")) == "Radweg Nord")
        #expect(standard.field(.text("Grüße 👋")) == "Grüße 👋")
        #expect(standard.field(.text(" spaced ")) == " spaced ")
    }

    @Test("the separator, a quote, CR or LF make a field quoted, with inner quotes doubled")
    func quoting() {
        #expect(standard.field(.text("a,b")) == "\"a,b\"")
        #expect(standard.field(.text("say \"hi\"")) == "\"say \"\"hi\"\"\"")
        #expect(standard.field(.text("\"")) == "\"\"\"\"")
        #expect(standard.field(.text("two\nlines")) == "\"two\nlines\"")
        #expect(standard.field(.text("two\rlines")) == "\"two\rlines\"")
        #expect(Array(standard.field(.text("two\r\nlines")).utf8) == Array("\"two\r\nlines\"".utf8))
    }

    @Test("only the profile's own separator needs quotes")
    func separatorPerProfile() {
        #expect(standard.field(.text("a;b")) == "a;b")
        #expect(german.field(.text("a;b")) == "\"a;b\"")
        #expect(german.field(.text("a,b")) == "a,b")
        #expect(standard.field(.text("a\tb")) == "a\tb")
    }

    @Test("a row's fields are joined by the separator and ended by CRLF")
    func line() {
        #expect(standard.line([.text("a"), .integer(1), .text("x,y")]) == "a,1,\"x,y\"\r\n")
        #expect(german.line([.text("a"), .integer(1), .text("x;y")]) == "a;1;\"x;y\"\r\n")
        #expect(CSVWriter(profile: .standard, lineEnding: "\n").line([.text("a"), .text("b")]) == "a,b\n")
    }

    @Test("a row of one empty field is written as \"\" so it does not read back as a blank line")
    func singleEmptyField() throws {
        #expect(standard.line([.empty]) == "\"\"\r\n")
        #expect(standard.line([.text("")]) == "\"\"\r\n")
        #expect(german.line([.empty]) == "\"\"\r\n")
        // Two empty fields already make a non-blank line.
        #expect(standard.line([.empty, .empty]) == ",\r\n")
        #expect(standard.line([]) == "\r\n")

        let text = standard.document(header: ["note"], rows: [[.text("a")], [.empty], [.text("b")]])
        let document = try CSVReader().read(Array(text.utf8), file: "x.csv")
        #expect(document.records.map(\.fields) == [["note"], ["a"], [""], ["b"]])
    }
}

@Suite("CSVWriter: profiles")
struct CSVWriterProfileTests {
    @Test("standard: comma, no byte order mark, CRLF, decimal point, ISO dates")
    func standardProfile() throws {
        let day = try #require(Day("2024-02-29"))
        let text = standard.document(
            header: ["item", "amount", "share", "count", "date", "empty"],
            rows: [[.text("P1"), .money(Money(cents: 123_456)), .decimal(350, places: 2), .integer(-7), .date(day), .empty]])
        #expect(text == "item,amount,share,count,date,empty\r\nP1,1234.56,3.50,-7,2024-02-29,\r\n")
        #expect(CSVProfile.standard.separator == UInt8(ascii: ","))
        #expect(!CSVProfile.standard.writesByteOrderMark)
    }

    @Test("excel-de: semicolon, UTF-8 byte order mark, CRLF, decimal comma, DD.MM.YYYY")
    func germanProfile() throws {
        let day = try #require(Day("2024-02-29"))
        let text = german.document(
            header: ["Maßnahme", "Betrag", "Anteil", "Datum"],
            rows: [[.text("Fußweg"), .money(Money(cents: 123_456)), .decimal(72_5, places: 1), .date(day)]])
        #expect(Array(text.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(text == "\u{FEFF}Maßnahme;Betrag;Anteil;Datum\r\nFußweg;1234,56;72,5;29.02.2024\r\n")
        #expect(CSVProfile.excelGerman.rawValue == "excel-de")
    }

    @Test("amounts are exact in both profiles and have no grouping", arguments: CSVProfile.allCases)
    func money(profile: CSVProfile) {
        let writer = CSVWriter(profile: profile)
        let point = profile.decimalSeparator
        #expect(writer.field(.money(Money(cents: 0))) == "0\(point)00")
        #expect(writer.field(.money(Money(cents: 5))) == "0\(point)05")
        #expect(writer.field(.money(Money(cents: 100_000_000_00))) == "100000000\(point)00")
        #expect(writer.field(.money(Money.limit)) == "999999999999\(point)99")
    }

    @Test("negative numbers stay numbers: no formula guard on money, decimals and integers", arguments: CSVProfile.allCases)
    func negativeNumbersNotGuarded(profile: CSVProfile) {
        let writer = CSVWriter(profile: profile)
        let point = profile.decimalSeparator
        #expect(writer.field(.money(Money(cents: -5))) == "-0\(point)05")
        #expect(writer.field(.money(Money(cents: -123_456))) == "-1234\(point)56")
        #expect(writer.field(.decimal(-350, places: 2)) == "-3\(point)50")
        #expect(writer.field(.decimal(-1, places: 3)) == "-0\(point)001")
        #expect(writer.field(.decimal(42, places: 0)) == "42")
        #expect(writer.field(.integer(-3)) == "-3")
        #expect(writer.field(.integer(Int.min)) == String(Int.min))
    }

    @Test("the same text as a text cell is guarded")
    func negativeTextGuarded() {
        #expect(standard.field(.text("-3")) == "'-3")
        #expect(german.field(.text("-3,50")) == "'-3,50")
    }

    @Test("dates are padded", arguments: CSVProfile.allCases)
    func dates(profile: CSVProfile) throws {
        let day = try #require(Day(year: 987, month: 1, day: 2))
        let expected = profile == .standard ? "0987-01-02" : "02.01.0987"
        #expect(CSVWriter(profile: profile).field(.date(day)) == expected)
    }

    @Test("profile names for messages")
    func names() {
        #expect(CSVProfile.names == "standard, excel-de")
        #expect(CSVProfile(rawValue: "excel-de") == .excelGerman)
    }
}

@Suite("FormulaGuard")
struct FormulaGuardTests {
    @Test(
        "text starting with = + - @ tab or CR gets a leading apostrophe",
        arguments: ["=1+1", "=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)", "\t=1", "\r=1", "=", "-"])
    func guarded(text: String) {
        #expect(FormulaGuard.apply(text) == "'" + text)
        #expect(FormulaGuard.remove(FormulaGuard.apply(text)) == text)
    }

    @Test("text starting with an apostrophe gets one more, so the guard can be removed without loss")
    func apostrophes() {
        #expect(FormulaGuard.apply("'") == "''")
        #expect(FormulaGuard.apply("'quoted") == "''quoted")
        #expect(FormulaGuard.apply("''") == "'''")
        #expect(FormulaGuard.remove("''") == "'")
        #expect(FormulaGuard.remove("''quoted") == "'quoted")
        #expect(FormulaGuard.remove("'''") == "''")
    }

    @Test("other text is left alone", arguments: ["", "a=b", " =1", "1-2", "Radweg", "€5", "\n=1", "|x", "\"=1\""])
    func unguarded(text: String) {
        #expect(FormulaGuard.apply(text) == text)
        #expect(FormulaGuard.remove(text) == text)
    }

    @Test("remove leaves an apostrophe the guard did not add")
    func removeOnlyOwnGuard() {
        #expect(FormulaGuard.remove("'plain") == "'plain")
        #expect(FormulaGuard.remove("'") == "'")
        #expect(FormulaGuard.remove("' =1") == "' =1")
    }

    @Test("the writer applies the guard to text cells and quotes a guarded CR")
    func writerUsesGuard() {
        #expect(standard.field(.text("=HYPERLINK(\"http://x\",\"y\")")) == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
        #expect(standard.field(.text("@SUM(A1)")) == "'@SUM(A1)")
        #expect(standard.field(.text("\t=1")) == "'\t=1")
        #expect(standard.field(.text("\r=1")) == "\"'\r=1\"")
        #expect(standard.field(.text("'")) == "''")
        // The header goes through the guard too.
        #expect(standard.document(header: ["=x"], rows: []) == "'=x\r\n")
    }
}

@Suite("CSVWriter → CSVReader round trip")
struct CSVRoundTripTests {
    static let hostile: [String] = [
        "=HYPERLINK(\"http://x\",\"y\")", "=1+1", "+1", "-2", "@SUM(A1)", "\t=1", "\r=1", "\n=1", "=",
        "a | b | c", "|", "||", "<script>alert(1)</script>", "<b>&amp;</b>",
        "\"", "\"\"", "say \"hi\"", "\"quoted\"",
        "line\r\nbreak", "line\nbreak", "line\rbreak", "\r\n", "\n", "\r", "\r\n\r\n", "trailing\r\n", "\n\nleading",
        "👩‍👩‍👧", "e\u{301}", "n\u{303}o\u{308}", "Z\u{351}\u{30B}a\u{36B}l\u{344}g\u{363}o", "\u{FEFF}bom", "\u{2028}",
        "Grüße aus Köln – „Zitat“ €",
        "'", "''", "'=1", "'plain", "''x",
        "", " ", "  padded  ", "\t", "\u{0}",
        ",", ";", ",;", "a,b;c", "1,5", "1;5", "sep=;", "sep=,",
        String(repeating: "Ä,\"b\";\r\n|=x", count: 1_000),  // 10 characters: CRLF is one
    ]

    @Test("the 10 000-character text is that long")
    func longText() {
        #expect(Self.hostile.last?.count == 10_000)
    }

    @Test("texts in a two-column file come back exactly through CSVTable.value", arguments: CSVProfile.allCases)
    func twoColumns(profile: CSVProfile) throws {
        let writer = CSVWriter(profile: profile)
        let text = writer.document(
            header: ["id", "text"], rows: Self.hostile.enumerated().map { [.integer($0.offset), .text($0.element)] })
        // The separator is detected from the header.
        let table = try CSVTable(bytes: Array(text.utf8), file: "round-trip.csv", required: ["id", "text"])
        #expect(table.rows.count == Self.hostile.count)
        for (row, original) in zip(table.rows, Self.hostile) {
            let value = table.value(row, "text")
            #expect(Array(value.unicodeScalars) == Array(original.unicodeScalars), "\(profile) row \(row.line): \(original.debugDescription.prefix(40))")
        }
        #expect(table.rows.map { table.value($0, "id") } == Self.hostile.indices.map(String.init))
    }

    @Test("texts in a one-column file come back exactly through CSVReader and FormulaGuard.remove", arguments: CSVProfile.allCases)
    func oneColumn(profile: CSVProfile) throws {
        let writer = CSVWriter(profile: profile)
        let text = writer.document(header: ["text"], rows: Self.hostile.map { [.text($0)] })
        let document = try CSVReader(separator: profile.separator).read(Array(text.utf8), file: "round-trip.csv")
        #expect(document.hadByteOrderMark == profile.writesByteOrderMark)
        let values = document.records.dropFirst().map { record in
            #expect(record.fields.count == 1)
            return FormulaGuard.remove(record.fields.joined())
        }
        #expect(values.count == Self.hostile.count)
        for (value, original) in zip(values, Self.hostile) {
            #expect(Array(value.unicodeScalars) == Array(original.unicodeScalars), "\(profile): \(original.debugDescription.prefix(40))")
        }
    }

    @Test("each hostile text alone in a row of its own comes back", arguments: CSVProfile.allCases)
    func eachAlone(profile: CSVProfile) throws {
        let writer = CSVWriter(profile: profile)
        for original in Self.hostile {
            let text = writer.document(header: ["a", "b"], rows: [[.text(original), .text(original)]])
            let document = try CSVReader(separator: profile.separator).read(Array(text.utf8), file: "x.csv")
            let fields = document.records.last?.fields.map(FormulaGuard.remove)
            #expect(document.records.count == 2, "\(original.debugDescription.prefix(40))")
            #expect(fields.map { $0.map { Array($0.unicodeScalars) } } == [Array(original.unicodeScalars), Array(original.unicodeScalars)])
        }
    }

    @Test("written texts never start with a formula trigger in the file")
    func noLiveFormulas() {
        let triggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]
        for original in Self.hostile {
            for writer in [standard, german] {
                var field = writer.field(.text(original))
                if field.hasPrefix("\"") { field.removeFirst() }
                if let first = field.unicodeScalars.first {
                    #expect(!triggers.contains(Character(first)), "\(original.debugDescription.prefix(40))")
                }
            }
        }
    }
}
