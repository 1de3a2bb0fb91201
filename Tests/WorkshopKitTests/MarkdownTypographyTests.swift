import Foundation
import Testing

@testable import WorkshopKit

@Suite("Markdown and CSV exports for committee papers")
struct MarkdownTypographyTests {
    static func exports() throws -> [String: String] {
        let evaluation = Evaluation(try Fixtures.coesfeld())
        let files = ExportSet.render(evaluation, stamp: ExportStamp(evaluation, files: try Fixtures.coesfeldFiles()))
        return Dictionary(uniqueKeysWithValues: files.filter { !$0.path.hasSuffix(".xlsx") && !$0.path.hasSuffix(".docx") }.map {
            ($0.path, String(decoding: $0.bytes, as: UTF8.self))
        })
    }

    @Test("No line breaks inside amounts, percentages, scores ± spread or idea ids")
    func unbreakable() throws {
        let files = try Self.exports()
        let markdown = files.filter { $0.key.hasSuffix(".md") }
        #expect(markdown.count == 5 + 28)
        for (path, text) in markdown {
            // A digit and its unit, and ±, are joined by no-break spaces only.
            #expect(text.firstMatch(of: /\d [€%]/) == nil, "\(path): a plain space before a unit")
            #expect(text.firstMatch(of: /\d ±|± \d/) == nil, "\(path): a plain space around ±")
            // Idea ids (I-VW-01) are written with non-breaking hyphens; the files' notes, quoted as
            // written in the sources table of index.md, are the user's text.
            let generated = text.split(separator: "\n").filter { !($0.hasPrefix("| ") && $0.contains(".json | ")) }.joined(separator: "\n")
            #expect(generated.firstMatch(of: /I-[A-Z]{2}-\d\d/) == nil, "\(path): an idea id with a breaking hyphen")
        }
        let budget = try #require(files["budget.md"])
        #expect(budget.contains("| 3.296.812,50\u{A0}€ |") && budget.contains("| 100,0\u{A0}% |"))
        #expect(try #require(files["project-list.md"]).contains("| 3,72\u{A0}±\u{A0}0,69 | 3,50\u{A0}±\u{A0}0,77 | 4 | I\u{2011}VW\u{2011}01 |"))
    }

    @Test("Every Markdown export starts with its title as the only first-level heading, then the stamp")
    func titles() throws {
        for (path, text) in try Self.exports() where path.hasSuffix(".md") {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines[0].hasPrefix("# ") && lines[1].isEmpty, "\(path)")
            #expect(lines[2].hasPrefix("Stand: 14.09.2023 · Arbeitsstand ") && lines[2].count == 45, "\(path): \(lines[2])")
            #expect(lines.filter { $0.hasPrefix("# ") }.count == 1, "\(path)")
        }
    }

    @Test("budget.csv names the application by its title and adds total, subsidy and own share")
    func budgetCSV() throws {
        let text = try #require(try Self.exports()["budget.csv"])
        let header = BudgetRenderer(ExportContext(evaluation: Evaluation(try Fixtures.coesfeld()))).csvHeader
        let table = try CSVTable(bytes: Array(text.utf8), file: "budget.csv", required: header)
        #expect(table.rows.count == 7 + 3)
        #expect(table.rows.allSatisfy { table.value($0, "Antrag") == "Kreis Coesfeld – Raum für Zukunft" })
        let lines = table.rows.suffix(3).map { [table.value($0, "Projekt im Antrag"), table.value($0, "investiv"), table.value($0, "gesamt"), table.value($0, "Zeile")] }
        #expect(lines == [
            ["Summe", "4897800,00", "8163300,00", "Summe"],
            ["davon Förderung (65 %)", "", "5306145,00", "Förderung"],
            ["davon Eigenanteil (35 %)", "", "2857155,00", "Eigenanteil"],
        ])
        #expect(table.rows.prefix(7).allSatisfy { table.value($0, "Zeile") == "Projekt" })
        // Amounts stay plain numbers for a spreadsheet: no no-break spaces in a CSV.
        #expect(!text.contains("\u{A0}"))
    }

    @Test("budget.csv in English, with third-party funds")
    func budgetCSVEnglish() throws {
        var workspace = try Fixtures.coesfeld()
        workspace.process.language = .english
        workspace.applications[0].thirdPartyFunds = Money(euros: 100_000)
        let text = BudgetRenderer(ExportContext(evaluation: Evaluation(workspace), csvProfile: .standard)).csv()
        let rows = text.split(separator: "\r\n").map(String.init)
        #expect(rows[0] == "application,call,project,title,investment,operating,total,row")
        #expect(rows.suffix(5).map { $0.split(separator: ",", omittingEmptySubsequences: false).last.map(String.init) ?? "" }
            == ["total", "subsidy", "own_share", "third_party_funds", "own_share_after_third_party"])
        #expect(rows.last?.contains(",2757155.00,") == true)
    }
}
