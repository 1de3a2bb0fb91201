import Foundation
import Testing
import TestSupport

@testable import WorkshopKit

@Suite("Scoring sheets: written per rater, filled in elsewhere, read back")
struct ScoringSheetTests {
    let workspace = SheetFixtures.workspace()

    /// What AK-02 writes into the sheet: per item the four criteria and the comment (I-2 stays empty).
    static let filledIn: [String: [String]] = [
        "I-1": ["4", "?", "2", "7", "Gute Idee; aber: \"Fläche\" fehlt\nzweite Zeile"],
        "P1": ["5", "3", "?", "10", ""],
        "P2": ["", "1", "5", "0", "Ärger über Öffnungszeiten"],
    ]

    /// The responses `filledIn` must read back as.
    func expected(_ sheet: SheetID) -> [ItemResponse] {
        [
            ItemResponse(
                rater: "AK-02", item: "I-1",
                answers: [.init("wachstum", .score(4)), .init("oeffentlicher-diskurs", .dontKnow), .init("geraete", .score(2)), .init("bereitschaft", .score(7))],
                comment: "Gute Idee; aber: \"Fläche\" fehlt\nzweite Zeile", source: .sheet(sheet)),
            ItemResponse(
                rater: "AK-02", item: "P1",
                answers: [.init("wachstum", .score(5)), .init("oeffentlicher-diskurs", .score(3)), .init("geraete", .dontKnow), .init("bereitschaft", .score(10))],
                source: .sheet(sheet)),
            ItemResponse(
                rater: "AK-02", item: "P2",
                answers: [.init("oeffentlicher-diskurs", .score(1)), .init("geraete", .score(5)), .init("bereitschaft", .score(0))],
                comment: "Ärger über Öffnungszeiten", source: .sheet(sheet)),
        ]
    }

    @Test("The sheet: header block, group row, headings with id, questions and range, one row per item", arguments: CSVProfile.allCases)
    func layout(_ profile: CSVProfile) throws {
        let sheet = try ScoringSheet(workspace: workspace, rater: "AK-02")
        let text = sheet.csv(profile: profile)
        #expect(text.hasPrefix(profile == .excelGerman ? "\u{FEFF}Bewertungsbogen;" : "Bewertungsbogen,"))
        let records = try CSVReader(requiresRectangularShape: true).read(Array(text.utf8), file: "sheet").records
        #expect(records.allSatisfy { $0.fields.count == 8 })  // number, title, theme, 4 criteria, comment
        #expect(records[1].fields.prefix(2) == ["Arbeitsbereich", "bogen-test"])
        #expect(records[2].fields.prefix(3) == ["Bewertende Person", "AK-02", "Özlem Şahin"])
        #expect(records[3].fields.prefix(2) == ["Bogen-Nr.", "S-a10ea97dcafaedf3"])
        #expect(records[4].fields[1].hasPrefix("1 = sehr gering, 2 = gering, 3 = mittel, 4 = hoch, 5 = sehr hoch (Wachstumspotenzial"))
        #expect(records[4].fields[1].hasSuffix("; ganze Zahl von 0 bis 10 (Bereitschaft der Verwaltung)"))
        #expect(records[5].fields[0] == "Weiß nicht" && records[5].fields[1].hasPrefix("? eintragen"))
        #expect(records[7].fields == ["Gruppe", "", "", "Relevanz", "Relevanz", "Potenzial", "Potenzial", ""])
        let heading = records[8].fields
        #expect(heading[0] == "Nr." && heading[7] == "Kommentar")
        #expect(heading[3] == "Wachstumspotenzial [wachstum]\nWie hoch ist die Wachstumsrate?\nWie wird das Potenzial eingeschätzt?\n(1 bis 5)")
        #expect(heading[6] == "Bereitschaft der Verwaltung [bereitschaft]\n(0 bis 10)")
        // Ideas as listed (the set-aside I-3 left out), then projects; a title that looks like a formula is guarded.
        #expect(records.dropFirst(9).map { $0.fields[0] } == ["I-1", "I-2", "P1", "P2"])
        #expect(records[10].fields[1] == "'=Leihräder an Bahnhöfen")
    }

    @Test("The sheet's id names workspace, rater, items and criteria: the same sheet made again is the same")
    func identity() throws {
        let sheet = try ScoringSheet(workspace: workspace, rater: "AK-02")
        #expect(try ScoringSheet(workspace: workspace, rater: "AK-02").csv(profile: .standard) == sheet.csv(profile: .standard))
        #expect(try ScoringSheet(workspace: workspace, rater: "AK-01").id != sheet.id)
        #expect(try ScoringSheet(workspace: workspace, rater: "AK-02", items: ["P1", "P2"]).id != sheet.id)
        #expect(try ScoringSheet(workspace: workspace, rater: "AK-02", criteria: ["wachstum"]).id != sheet.id)
        #expect(throws: ScoringSheet.Problem.unknownRater("AK-09", known: ["AK-01", "AK-02", "AK-03"])) {
            try ScoringSheet(workspace: workspace, rater: "AK-09")
        }
        #expect(throws: ScoringSheet.Problem.unknownItem("P9")) { try ScoringSheet(workspace: workspace, rater: "AK-02", items: ["P9"]) }
    }

    @Test("Round trip: written, filled in and read back in each profile", arguments: CSVProfile.allCases)
    func roundTrip(_ profile: CSVProfile) throws {
        let sheet = try ScoringSheet(workspace: workspace, rater: "AK-02")
        let filled = try SheetFilling.fill(Array(sheet.csv(profile: profile).utf8), profile: profile, with: Self.filledIn)
        let returned = try ScoringSheet.read(filled, file: "bogen.csv", workspace: workspace, rater: "AK-02")
        #expect(returned.sheet == sheet.id)
        #expect(returned.rater == "AK-02")
        #expect(returned.responses.map(\.value) == expected(sheet.id))
        // Each answer knows its cell: I-1's don't-know is on line 18 (the headings' questions span
        // lines 9 to 17), column 5.
        let first = try #require(returned.responses.first)
        #expect(first.at("oeffentlicher-diskurs").description == "bogen.csv:18:5")
        #expect(first.at("comment").column == 8)
    }

    @Test("Sheets saved by LibreOffice read back to the same answers and the same fingerprint", arguments: ["excel-de", "standard"])
    func libreOffice(_ name: String) throws {
        let url = Fixtures.packageRoot.appendingPathComponent("Tests/WorkshopKitTests/Fixtures/sheets/libreoffice-\(name).csv")
        let sheet = try ScoringSheet(workspace: workspace, rater: "AK-02")
        let returned = try ScoringSheet.read([UInt8](try Data(contentsOf: url)), file: url.lastPathComponent, workspace: workspace)
        #expect(returned.sheet == sheet.id)
        #expect(returned.responses.map(\.value) == expected(sheet.id))
        // Read twice, or saved by another program: the same answers give the same fingerprint.
        let ours = try ScoringSheet.read(
            try SheetFilling.fill(Array(sheet.csv(profile: .excelGerman).utf8), profile: .excelGerman, with: Self.filledIn), file: "ours.csv", workspace: workspace)
        #expect(returned.fingerprint == ours.fingerprint)
        var changed = Self.filledIn
        changed["P1"]?[0] = "4"
        let other = try ScoringSheet.read(
            try SheetFilling.fill(Array(sheet.csv(profile: .excelGerman).utf8), profile: .excelGerman, with: changed), file: "other.csv", workspace: workspace)
        #expect(other.fingerprint != ours.fingerprint)
    }

    @Test("A sheet saved by old Excel in Windows-1252 reads with that encoding")
    func windows1252() throws {
        let sheet = try ScoringSheet(workspace: workspace, rater: "AK-02")
        let filled = try SheetFilling.fill(Array(sheet.csv(profile: .excelGerman).utf8), profile: .excelGerman, with: Self.filledIn)
        let text = String(decoding: filled.dropFirst(3), as: UTF8.self)
        let legacy = [UInt8](try #require(text.data(using: .windowsCP1252, allowLossyConversion: true)))  // Ş is not in Windows-1252
        let returned = try ScoringSheet.read(legacy, file: "bogen.csv", workspace: workspace, encoding: .windows1252)
        #expect(returned.responses.map(\.value) == expected(sheet.id))
    }

    @Test("Answers as people write them: ?, weiß nicht, labels, 4,0 and 4 (hoch)")
    func answers() {
        let scale = Scale(minimum: 1, maximum: 5, labels: ["sehr gering", "gering", "mittel", "hoch", "sehr hoch"])
        let cases: [(String, AnswerParser.Outcome)] = [
            ("", .empty), ("  ", .empty), ("?", .answer(.dontKnow)), ("Weiß nicht", .answer(.dontKnow)),
            ("weiss nicht", .answer(.dontKnow)), ("don't know", .answer(.dontKnow)), ("4", .answer(.score(4))),
            (" 4 ", .answer(.score(4))), ("4,0", .answer(.score(4))), ("4 (hoch)", .answer(.score(4))),
            ("5 – sehr hoch", .answer(.score(5))), ("Sehr Hoch", .answer(.score(5))), ("mittel", .answer(.score(3))),
        ]
        for (text, outcome) in cases { #expect(AnswerParser.parse(text, scale: scale) == outcome, "\(text)") }
        #expect(AnswerParser.parse("6", scale: scale) == .invalid("6 is outside 1…5"))
        #expect(AnswerParser.parse("3,5", scale: scale) == .invalid("'3,5' is not a whole number"))
        #expect(AnswerParser.parse("viel", scale: scale) == .invalid("'viel' is not an answer"))
        #expect(AnswerParser.parse("4 – gering", scale: scale) == .invalid("'4 – gering': 'gering' is 2 on this scale, not 4"))
        #expect(AnswerParser.parse("0", scale: Scale(minimum: 0, maximum: 10)) == .answer(.score(0)))
    }

    @Test("Every problem of a sheet is named with file, line and column; nothing is returned")
    func problems() throws {
        let sheet = try ScoringSheet(workspace: workspace, rater: "AK-02")
        var text = String(decoding: try SheetFilling.fill(Array(sheet.csv(profile: .standard).utf8), profile: .standard, with: [
            "I-1": ["6", "viel", "?", "3,5", ""], "P1": ["", "", "", "", "", "stray"],
        ]), as: UTF8.self)
        text = text.replacingOccurrences(of: "bogen-test", with: "ahaus-2027")
        text += "P9,Unbekannt,,1,,,,\r\nP1,Smarter unterwegs,,2,,,,\r\n,,,3,,,,\r\n"
        let error = try #require(throws: InvalidInput.self) {
            try ScoringSheet.read(Array(text.utf8), file: "bogen.csv", workspace: workspace, rater: "AK-01")
        }
        let messages = error.diagnostics.sorted.map(\.description)
        #expect(messages.contains("bogen.csv:2:2: error: this sheet belongs to workspace 'ahaus-2027', not to bogen-test; import it there"))
        #expect(messages.contains("bogen.csv:3:2: error: this sheet is AK-02's, not AK-01's"))
        #expect(messages.contains { $0.hasPrefix("bogen.csv:18:4: error: 6 is outside 1…5 for Wachstumspotenzial [wachstum]: write a whole number 1…5 (or its label), ? for don't know, or leave it empty") })
        #expect(messages.contains { $0.hasPrefix("bogen.csv:18:5: error: 'viel' is not an answer for Öffentlicher Diskurs [oeffentlicher-diskurs]") })
        #expect(messages.contains { $0.hasPrefix("bogen.csv:18:7: error: '3,5' is not a whole number for Bereitschaft der Verwaltung [bereitschaft]: write a whole number 0…10, ?") })
        #expect(messages.contains { $0.hasPrefix("bogen.csv:20:9: error: 'stray' stands in a column without heading") })
        #expect(messages.contains { $0.hasPrefix("bogen.csv:22:1: error: 'P9' is neither an idea, a project nor a theme of workspace bogen-test") })
        #expect(messages.contains("bogen.csv:23:1: error: item P1 has a second row; the first is on line 20"))
        #expect(messages.contains("bogen.csv:24:1: error: this row has values but no item number in its first column"))
        #expect(messages.count == 9)
    }

    @Test("A heading for an unknown criterion, and a sheet without its header block, are refused")
    func refused() throws {
        let text = "Nr.,Titel,Wachstum [wachstm]\r\nP1,Smarter unterwegs,4\r\n"
        let error = try #require(throws: InvalidInput.self) {
            try ScoringSheet.read(Array(text.utf8), file: "x.csv", workspace: workspace)
        }
        let messages = error.diagnostics.sorted.map(\.description)
        #expect(messages.contains("x.csv:1:3: error: unknown criterion 'wachstm' in this heading; did you mean 'wachstum'?; criteria: wachstum, oeffentlicher-diskurs, geraete, bereitschaft"))
        #expect(messages.contains("x.csv:1: error: the sheet names no workspace: its header needs the row 'Arbeitsbereich'"))
        #expect(messages.contains("x.csv:1: error: the sheet names no rater: its header needs the row 'Bewertende Person'"))
        #expect(messages.contains("x.csv:1: error: the sheet has no number: its header needs the row 'Bogen-Nr.'"))
        #expect(throws: InvalidInput.self) { try ScoringSheet.read(Array("just,some,text\r\n".utf8), file: "y.csv", workspace: self.workspace) }
    }

    @Test("A sheet in the other language, with its trailing empty fields cut, reads the same")
    func otherLanguageAndCutRows() throws {
        var english = workspace
        english.process.language = .english
        let sheet = try ScoringSheet(workspace: english, rater: "AK-02")
        let filled = String(decoding: try SheetFilling.fill(Array(sheet.csv(profile: .standard).utf8), profile: .standard, with: Self.filledIn), as: UTF8.self)
        #expect(filled.hasPrefix("Scoring sheet,"))
        let cut = filled.replacingOccurrences(of: #",+\r\n"#, with: "\r\n", options: .regularExpression)
        let returned = try ScoringSheet.read(Array(cut.utf8), file: "sheet.csv", workspace: workspace)
        #expect(returned.sheet == sheet.id)
        #expect(returned.responses.map(\.value) == expected(sheet.id))
    }

    @Test("The .xlsx sheet holds the same cells as the CSV, every one text; the same sheet gives the same bytes")
    func workbook() throws {
        let sheet = try ScoringSheet(workspace: workspace, rater: "AK-02")
        let bytes = sheet.xlsx()
        #expect(bytes == sheet.xlsx())
        let book = try WorkbookReader(bytes)
        #expect(book.sheetNames == [Labels(workspace.process.language).sheetTitle])
        let cells = sheet.cells()
        let grid = try book.sheet(0)
        for (row, line) in cells.enumerated() {
            for (column, cell) in line.enumerated() {
                let reference = String(UnicodeScalar(UInt8(65 + column))) + String(row + 1)
                guard case .text(let text) = cell else {
                    #expect(try book.cell(grid, reference) == nil || book.cell(grid, reference)?.value == "", "\(reference)")
                    continue
                }
                let found = try #require(try book.cell(grid, reference), "\(reference)")
                #expect(found.type == "s" && found.value == text, "\(reference)")
            }
        }
        #expect(book.strings.contains(sheet.id.rawValue))
    }
}
