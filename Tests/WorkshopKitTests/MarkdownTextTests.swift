import Testing

@testable import WorkshopKit

@Suite("MarkdownText")
struct MarkdownTextTests {
    @Test("pipes are escaped so a cell cannot split a table row")
    func pipes() {
        #expect(MarkdownText.inline("a|b") == "a\\|b")
        #expect(MarkdownText.inline("| x |") == "\\| x \\|")
    }

    @Test(
        "CRLF, CR, LF and the Unicode line breaks become <br>",
        arguments: ["\r\n", "\r", "\n", "\u{2028}", "\u{2029}", "\u{85}", "\u{0B}", "\u{0C}"])
    func lineBreaks(separator: String) {
        #expect(MarkdownText.inline("first" + separator + "second") == "first<br>second")
        #expect(MarkdownText.lineStart("first" + separator + "second") == "first<br>second")
    }

    @Test("mixed line breaks: CRLF counts once, a blank line in the middle stays")
    func mixedLineBreaks() {
        #expect(MarkdownText.inline("a\r\nb\rc\nd\u{2028}e") == "a<br>b<br>c<br>d<br>e")
        #expect(MarkdownText.inline("a\n\r\nb") == "a<br><br>b")
        #expect(MarkdownText.inline("a\r\rb") == "a<br><br>b")
    }

    @Test("blank lines at the ends are dropped and lines are trimmed")
    func trimming() {
        #expect(MarkdownText.inline("\r\n  \n  text  \n \n") == "text")
        #expect(MarkdownText.inline("") == "")
        #expect(MarkdownText.inline(" \n\t ") == "")
        #expect(MarkdownText.paragraph("    indented code?") == "indented code?")
        #expect(MarkdownText.inline(" a \n b ") == "a<br>b")
    }

    @Test("HTML cannot get through")
    func html() {
        #expect(MarkdownText.inline("<script>alert(1)</script>") == "\\<script\\>alert(1)\\</script\\>")
        #expect(MarkdownText.inline("<br>") == "\\<br\\>")
        #expect(MarkdownText.inline("&lt;b&gt;") == "\\&lt;b\\&gt;")
        #expect(MarkdownText.paragraph("<img src=x onerror=alert(1)>") == "\\<img src=x onerror=alert(1)\\>")
    }

    @Test("backticks, emphasis, links and the other special characters are escaped")
    func specialCharacters() {
        #expect(MarkdownText.inline("`rm -rf /`") == "\\`rm -rf /\\`")
        #expect(MarkdownText.inline("*bold* _it_ ~~del~~") == "\\*bold\\* \\_it\\_ \\~\\~del\\~\\~")
        #expect(MarkdownText.inline("[click](http://x)") == "\\[click\\](http://x)")
        #expect(MarkdownText.inline("a\\b") == "a\\\\b")
        #expect(MarkdownText.inline("5 $ and $x$") == "5 \\$ and \\$x\\$")
        #expect(MarkdownText.inline("> quote") == "\\> quote")
    }

    @Test("exactly the 13 special ASCII characters are escaped inside a line, each of the 95 printable ones checked")
    func everyPrintableASCIICharacter() {
        let special = Set("\\`*_[]<>|~&$#")
        for code in UInt8(0x20)...UInt8(0x7E) {
            let character = Character(Unicode.Scalar(code))
            let expected = special.contains(character) ? "a\\\(character)b" : "a\(character)b"
            #expect(MarkdownText.inline("a\(character)b") == expected, "\(character)")
        }
    }

    @Test("# is escaped at the start and inside a line")
    func hash() {
        #expect(MarkdownText.inline("# Title") == "\\# Title")
        #expect(MarkdownText.lineStart("## Title") == "\\#\\# Title")
        #expect(MarkdownText.inline("C# and F#") == "C\\# and F\\#")
    }

    @Test("control characters become spaces")
    func controls() {
        #expect(MarkdownText.inline("a\u{07}b\u{1B}c\td\u{7F}e") == "a b c d e")
    }

    @Test("plain text passes unchanged", arguments: ["Radweg Nord", "Grüße, 3.50\u{A0}€ (netto)!", "Preis: € 3,50", "👩‍👩‍👧 e\u{301}", "a - b + c = d", "2024"])
    func plain(text: String) {
        #expect(MarkdownText.inline(text) == text)
        #expect(MarkdownText.lineStart(text) == text)
        #expect(MarkdownText.paragraph(text) == text)
    }

    @Test("A number and its unit, and ±, in user text are joined by no-break spaces; other spaces stay")
    func units() {
        #expect(MarkdownText.inline("rund 85 % und 30.000 € bei 3,7 ± 0,6") == "rund 85\u{A0}% und 30.000\u{A0}€ bei 3,7\u{A0}±\u{A0}0,6")
        #expect(MarkdownText.paragraph("A 5 %-Hürde") == "A 5\u{A0}%-Hürde")
        #expect(MarkdownText.inline("% 5 € x") == "% 5\u{A0}€ x")
        #expect(MarkdownText.inline("Punkt 5 und mehr") == "Punkt 5 und mehr")
    }

    struct LineStartCase: Sendable {
        var text: String
        var lineStart: String
    }

    @Test(
        "lineStart escapes what would open a list or an underline; inline does not",
        arguments: [
            LineStartCase(text: "1. item", lineStart: "1\\. item"),
            LineStartCase(text: "12) item", lineStart: "12\\) item"),
            LineStartCase(text: "2024. Jahr", lineStart: "2024\\. Jahr"),
            LineStartCase(text: "- item", lineStart: "\\- item"),
            LineStartCase(text: "+ item", lineStart: "\\+ item"),
            LineStartCase(text: "=", lineStart: "\\="),
            LineStartCase(text: "===", lineStart: "\\==="),
            LineStartCase(text: "---", lineStart: "\\---"),
            LineStartCase(text: "  - indented", lineStart: "\\- indented"),
        ])
    func lineStart(_ testCase: LineStartCase) {
        #expect(MarkdownText.lineStart(testCase.text) == testCase.lineStart)
        #expect(MarkdownText.inline(testCase.text) == testCase.text.trimmingSpaces())
    }

    @Test("lineStart leaves the same characters alone elsewhere in the line")
    func lineStartOnlyAtStart() {
        #expect(MarkdownText.lineStart("a - b") == "a - b")
        #expect(MarkdownText.lineStart("x 1. y") == "x 1. y")
        #expect(MarkdownText.lineStart("2024 war gut") == "2024 war gut")
        // After <br> the text stays on the same Markdown line, so only the first line start counts.
        #expect(MarkdownText.lineStart("- a\n- b") == "\\- a<br>- b")
    }

    @Test("paragraph escapes every line start and joins lines with hard breaks")
    func paragraph() {
        #expect(MarkdownText.paragraph("- a\n1. b\r\n# c") == "\\- a\\\n1\\. b\\\n\\# c")
        #expect(MarkdownText.paragraph("one\r\ntwo") == "one\\\ntwo")
    }

    @Test("a paragraph never holds a blank line, which would end it")
    func paragraphHasNoBlankLine() {
        let text = MarkdownText.paragraph("first\n\n\n\r\n\u{2028}second")
        #expect(!text.contains("\n\n"))
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty })
        #expect(text.hasPrefix("first\\\n"))
        #expect(text.hasSuffix("\\\nsecond"))
    }
}

private extension String {
    func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}

@Suite("MarkdownTable")
struct MarkdownTableTests {
    @Test("header, separator row with widths and alignment, escaped cells, padded short rows")
    func table() {
        let table = MarkdownTable(
            columns: [
                .init("Name"),
                .init("Amount", .right, width: 10),
                .init("A|B", .center, width: 1),
            ],
            rows: [
                ["a|b", "1"],
                [.markdown("**x**"), "<i>2</i>", "3"],
                [],
            ])
        #expect(table.markdown == """
            | Name | Amount | A\\|B |
            |:---|----------:|:---:|
            | a\\|b | 1 |  |
            | **x** | \\<i\\>2\\</i\\> | 3 |
            |  |  |  |

            """)
    }

    @Test("a column's width is at least three dashes")
    func minimumWidth() {
        #expect(MarkdownTable.Column("x", width: 0).width == 3)
        #expect(MarkdownTable.Column("x", width: -5).width == 3)
        #expect(MarkdownTable.Column("x").width == 3)
        #expect(MarkdownTable.Column("x", width: 7).width == 7)
        let separator = MarkdownTable(columns: [.init("a", .left, width: 5), .init("b", .right), .init("c", .center, width: 4)])
            .markdown.split(separator: "\n")[1]
        #expect(separator == "|:-----|---:|:----:|")
    }

    @Test("every row has as many cells as there are columns")
    func rowShape() {
        let table = MarkdownTable(
            columns: [.init("a"), .init("b")],
            rows: [["1"], ["1", "2", "3"], ["x\ny", "p|q|r"]])
        let lines = table.markdown.split(separator: "\n")
        #expect(lines.count == 5)
        // Unescaped pipes only: a row of two cells has three.
        for line in lines {
            let unescaped = line.indices.filter { line[$0] == "|" && ($0 == line.startIndex || line[line.index(before: $0)] != "\\") }
            #expect(unescaped.count == 3, "\(line)")
        }
        #expect(lines[3] == "| 1 | 2 |")
        #expect(lines[4] == "| x<br>y | p\\|q\\|r |")
    }

    @Test("a table without rows is header and separator, ending in a newline")
    func empty() {
        #expect(MarkdownTable(columns: [.init("Only")]).markdown == "| Only |\n|:---|\n")
    }
}
