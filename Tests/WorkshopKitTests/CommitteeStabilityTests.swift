import Foundation
import Testing

@testable import WorkshopKit

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The stability of the priority groups and the raters' agreement, as project-list.md shows
/// them, in the committee report, the paper and the workbook.
@Suite("Stability and agreement in the committee documents")
struct CommitteeStabilityTests {
    /// The rows of a Markdown table under `heading` in project-list.md, cells as plain text
    /// (links to briefs reduced to their text).
    static func markdownRows(under heading: String) throws -> [[String]] {
        let context = ExportContext(evaluation: Evaluation(try Fixtures.coesfeld()))
        let markdown = ProjectListRenderer(context).markdown()
        let after = try #require(markdown.components(separatedBy: "\n## \(heading)\n").dropFirst().first)
        let section = after.components(separatedBy: "\n## ")[0]
        let lines = section.split(separator: "\n").map(String.init).filter { $0.hasPrefix("|") }.dropFirst(2)
        return lines.map { line in
            line.dropFirst(2).dropLast(2).components(separatedBy: " | ").map {
                $0.replacing(/\[([^\]]*)\]\([^)]*\)/) { String($0.output.1) }
            }
        }
    }

    @Test("report.html: both tables under the project list, row for row what project-list.md shows")
    func report() throws {
        let (_, page) = try ReportHTMLTests.coesfeld()
        func rows(_ section: String) throws -> [[String]] {
            try page.nodes("//*[@id='\(section)']//*[local-name()='tbody']/*[local-name()='tr']").map { row in
                (row.children ?? []).compactMap(\.stringValue)
            }
        }
        #expect(try page.nodes("//*[@id='project-list']/*[@id='stability']").count == 1)
        #expect(try page.nodes("//*[@id='project-list']/*[@id='agreement']").count == 1)
        let stability = try rows("stability")
        #expect(stability.count == 28)
        #expect(stability == (try Self.markdownRows(under: "Stabilität der Prioritätengruppen")))
        #expect(stability.contains(["P13", "I", "Projekte 1 → 1,71 (+71\u{A0}%) → II", "I: Potenzial ≥ 3,20 → 3,25 → II", "I oder II"]))
        // Links to the briefs and the projects that can move.
        #expect(try page.nodes("//*[@id='stability']//*[local-name()='a'][@href='#brief-P7']").count == 1)
        let text = try page.nodes("//*[@id='stability']/*[local-name()='p']").compactMap(\.stringValue)
        #expect(text.last == "Bei ±20\u{A0}% Gewichtsschwankung können die Gruppe wechseln: P13, P7.")
        let agreement = try rows("agreement")
        #expect(agreement == (try Self.markdownRows(under: "Übereinstimmung der Bewertenden")))
        #expect(agreement.count == 12 && agreement.contains(["Personal", "Potenzial", "0,174", "33", "198", "nicht verlässlich"]))
    }

    @Test("paper.docx: both as headings of the project list's chapter, with their tables")
    func paper() throws {
        let zip = try PaperDocxTests.coesfeld()
        let document = try XMLQuery(zip.data("word/document.xml"))
        let headings = try document.nodes("//*[local-name()='p'][*[local-name()='pPr']/*[local-name()='pStyle'][@*[local-name()='val']='Heading2']]")
            .compactMap(\.stringValue)
        let rule = try #require(headings.firstIndex(of: "Regel für die Prioritätengruppen"))
        #expect(Array(headings[(rule + 1)...].prefix(2)) == ["Stabilität der Prioritätengruppen", "Übereinstimmung der Bewertenden"])
        let rows = try document.nodes("//*[local-name()='tr']").map { row in
            try row.nodes(forXPath: "*[local-name()='tc']").compactMap(\.stringValue)
        }
        #expect(rows.contains(["P7", "II", "Öffentlicher Diskurs 0,5 → 0,54 (+8\u{A0}%) → III", "II: Relevanz ≥ 3,00 → 3,01 → III", "II oder III"]))
        #expect(rows.contains(["Wachstumspotenzial", "Relevanz", "0,492", "33", "198", "nicht verlässlich"]))
    }

    @Test("workbook.xlsx: a sheet Stabilität with sensitivity.csv's columns, typed, a row per project")
    func workbook() throws {
        let workbook = try WorkbookTests.coesfeld()
        let index = try #require(workbook.sheetNames.firstIndex(of: "Stabilität"))
        let sheet = try workbook.sheet(index)
        let context = ExportContext(evaluation: Evaluation(try Fixtures.coesfeld()))
        let header = SensitivityRenderer(context).csvHeader
        #expect(try (0..<header.count).map { try workbook.cell(sheet, Workbook.reference(column: $0, row: 1))?.value } == header)
        #expect(try sheet.elements("autoFilter").first.flatMap { XMLQuery.attribute($0, "ref") } == "A1:T29")
        let row = try #require(try (2...29).first { try workbook.cell(sheet, "A\($0)")?.value == "P13" })
        // Relevance 3,78 a number; weight 1 → 1,71 (+71 %); can move: ja.
        #expect(try workbook.cell(sheet, "D\(row)").map { [$0.value, $0.type] } == ["3.78", nil])
        #expect(try workbook.cell(sheet, "H\(row)")?.value == "1.71")
        #expect(try workbook.cell(sheet, "I\(row)")?.value == "71")
        #expect(try workbook.cell(sheet, "T\(row)")?.value == "ja")
    }
}
