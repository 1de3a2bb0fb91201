import Foundation
import Testing

@testable import WorkshopKit

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The committee documents mark what is illustrative as the Markdown exports do: the chapter
/// "Quellen und Annahmen", the caveat in the project list's heading, the provenance line of the
/// project list, the budget and each brief, and the notes sheet of the workbook.
@Suite("Sources and assumptions in the committee documents")
struct CommitteeProvenanceTests {
    static let caveatTitle = "Konsolidierte Projektliste (mit illustrativen Daten)"

    /// A Markdown provenance line as plain text: bold and the link to index.md dropped.
    static func plain(_ markdown: String) -> String {
        markdown.replacing(/\[Quellen und Annahmen\]\((\.\.\/)?index\.md#quellen-und-annahmen\)/, with: "Quellen und Annahmen")
            .replacingOccurrences(of: "**", with: "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The provenance line of a Markdown export: the paragraph starting "**Quellen und Annahmen:**".
    static func markdownLine(_ markdown: String) throws -> String {
        plain(try #require(markdown.split(separator: "\n").first { $0.hasPrefix("**Quellen und Annahmen:**") }.map(String.init)))
    }

    @Test("report.html: the chapter with every file's provenance, the caveat, and the line of the list, the budget and every brief as in the Markdown")
    func report() throws {
        let workspace = try Fixtures.coesfeld()
        let context = ExportContext(evaluation: Evaluation(workspace))
        let (_, page) = try ReportHTMLTests.coesfeld()
        func text(_ xpath: String) throws -> [String] { try page.nodes(xpath).compactMap(\.stringValue) }
        #expect(try text("//*[@id='project-list-title']") == [Self.caveatTitle])
        #expect(try text("//*[@id='sources-and-assumptions-title']") == ["Quellen und Annahmen"])
        // Each workspace file a row: its name as the row header, its provenance in the third column.
        let rows = try page.nodes("//*[@id='sources-and-assumptions-files']//*[local-name()='tbody']/*[local-name()='tr']")
        let provenance = Dictionary(uniqueKeysWithValues: rows.compactMap { row -> (String, String)? in
            let cells = (row.children ?? []).compactMap(\.stringValue)
            return cells.count == 4 ? (cells[0], cells[2]) : nil
        })
        #expect(provenance["ratings.csv"] == "illustrativ" && provenance["ballots.csv"] == "illustrativ")
        #expect(provenance["budget.json"] == "rekonstruiert" && provenance["status.json"] == "rekonstruiert")
        #expect(provenance.count == 16)
        #expect(try text("//*[@id='sources-and-assumptions-documents']//*[local-name()='li']").contains("Sachstandsbericht 2023, SV-10-0968 (Sitzungsvorlage vom 07.08.2023)"))

        let line = "starts-with(normalize-space(.), 'Quellen und Annahmen:')"
        let listLine = try #require(try text("//*[@id='project-list']/*[local-name()='p'][\(line)]").first)
        #expect(listLine == (try Self.markdownLine(ProjectListRenderer(context).markdown())))
        #expect(listLine.contains("Illustrativ: Bewertungen (Relevanz, Potenzial), Punkte"))
        let budgetLine = try #require(try text("//*[@id='budget']/*[local-name()='p'][\(line)]").first)
        #expect(budgetLine == (try Self.markdownLine(BudgetRenderer(context).markdown())))
        for project in workspace.projects {
            let briefLine = try text("//*[@id='brief-\(project.id)']/*[local-name()='p'][\(line)]")
            #expect(briefLine == [try Self.markdownLine(BriefRenderer(context).markdown(for: project))], "\(project.id)")
        }
        #expect(try text("//*[@id='brief-P1']/*[local-name()='p'][\(line)]").first?.contains("Illustrativ: Idee I\u{2011}VW\u{2011}01, Bewertung") == true)
        // The small print under reconstructed and illustrative parts links to the chapter.
        // Phases, workshops, criteria, the rule, the overrides, the consolidation and the votes.
        let remarks = try text("//*[local-name()='p'][@class='note'][*[local-name()='a'][@href='#sources-and-assumptions']]")
        #expect(remarks == [
            "Rekonstruiert (process.json)", "Rekonstruiert (workshops.json)", "Rekonstruiert (criteria.json)", "Illustrativ (prioritisation.json)",
            "Illustrativ (prioritisation.json)", "Illustrativ (ideas.json)", "Illustrativ (ballots.csv, votes.json)",
        ].map { $0 + " – Einzelheiten unter Quellen und Annahmen." })
        // consolidation.md says the same of its idea sheets.
        #expect(ConsolidationRenderer(context).markdown().hasSuffix(
            "\n\n*Illustrativ (ideas.json) – Einzelheiten unter [Quellen und Annahmen](index.md#quellen-und-annahmen).*\n"))
    }

    @Test("A workspace that says nothing of its sources gets no chapter, no caveat and no lines")
    func silent() throws {
        let page = try XMLQuery(ReportHTMLTests.html(Fixtures.small(language: .german)))
        #expect(try page.nodes("//*[@id='sources-and-assumptions']").isEmpty)
        #expect(try page.nodes("//*[@id='project-list-title']").compactMap(\.stringValue) == ["Konsolidierte Projektliste"])
        #expect(try page.nodes("//*[local-name()='p'][starts-with(., 'Quellen und Annahmen')]").isEmpty)
        #expect(try page.nodes("//*[@href='#sources-and-assumptions']").isEmpty)
    }

    @Test("paper.docx: the chapter, the caveat in the heading, a line for the list, the budget and each of the 28 briefs")
    func paper() throws {
        let zip = try PaperDocxTests.coesfeld()
        let document = try XMLQuery(zip.data("word/document.xml"))
        let paragraphs = try document.elements("p").compactMap(\.stringValue)
        #expect(paragraphs.contains(Self.caveatTitle) && paragraphs.contains("Was woher stammt"))
        let lines = paragraphs.filter { $0.hasPrefix("Quellen und Annahmen:") }
        #expect(lines.count == 2 + 28)
        #expect(lines.allSatisfy { $0.hasSuffix("Einzelheiten unter Quellen und Annahmen.") })
        let context = ExportContext(evaluation: Evaluation(try Fixtures.coesfeld()))
        #expect(lines.first == (try Self.markdownLine(ProjectListRenderer(context).markdown())))
        // The table of files: a row per file, with its provenance.
        let rows = try document.nodes("//*[local-name()='tr']").map { row in
            try row.nodes(forXPath: "*[local-name()='tc']").compactMap(\.stringValue)
        }
        #expect(rows.contains { $0.count == 4 && $0[0] == "ratings.csv" && $0[2] == "illustrativ" })
        let anchors = try document.elements("hyperlink").compactMap { XMLQuery.attribute($0, "anchor") }
        #expect(anchors.count { $0 == "sources_and_assumptions" } > 30)
    }

    @Test("workbook.xlsx: the notes sheet says what of the project list and the budget is illustrative, and each file's provenance")
    func workbook() throws {
        let workbook = try WorkbookTests.coesfeld()
        #expect(workbook.sheetNames.last == "Hinweise")
        let sheet = try workbook.sheet(workbook.sheetNames.count - 1)
        var cells: [String: String] = [:]
        for element in try sheet.nodes("//*[local-name()='c']").compactMap({ $0 as? XMLElement }) {
            guard let reference = XMLQuery.attribute(element, "r"), let cell = try workbook.cell(sheet, reference) else { continue }
            cells[reference] = cell.value
        }
        func row(of value: String) -> Int? {
            cells.first { $0.value == value && $0.key.hasPrefix("A") }.flatMap { Int($0.key.dropFirst()) }
        }
        let heading = try #require(row(of: "Quellen und Annahmen"))
        let list = try #require(row(of: "Projektliste (mit illustrativen Daten)"))
        #expect(list > heading)
        #expect(cells["B\(list + 1)"]?.hasPrefix("Nummer, Titel und Themenfeld: Präsentation Coesfeld 12.0") == true)
        #expect(cells["B\(list + 1)"]?.contains("Illustrativ: Bewertungen (Relevanz, Potenzial), Punkte") == true)
        let budget = try #require(row(of: "Budget"))
        #expect(cells["B\(budget + 1)"]?.contains("Rekonstruiert: Budget, Förderantrag.") == true)
        let ratings = try #require(row(of: "ratings.csv"))
        #expect(cells["B\(ratings)"]?.hasPrefix("Bewertungen – illustrativ: Bewertungen illustrativ") == true)
        #expect(row(of: "ballots.csv") != nil && row(of: "process.json") != nil)
    }
}
