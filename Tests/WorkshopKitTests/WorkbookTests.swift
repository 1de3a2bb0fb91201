import Foundation
import Testing

@testable import WorkshopKit

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Opens a workbook the toolkit wrote: its parts, shared strings and cells by reference.
struct WorkbookReader {
    let zip: ZipReader
    let strings: [String]
    let sheetNames: [String]

    init(_ bytes: [UInt8]) throws {
        zip = try ZipReader(bytes)
        strings = try XMLQuery(zip.data("xl/sharedStrings.xml")).elements("si").map { $0.stringValue ?? "" }
        sheetNames = try XMLQuery(zip.data("xl/workbook.xml")).elements("sheet").compactMap { XMLQuery.attribute($0, "name") }
    }

    func sheet(_ index: Int) throws -> XMLQuery { try XMLQuery(zip.data("xl/worksheets/sheet\(index + 1).xml")) }

    /// A cell's value as written (shared strings resolved), its formula and its style index.
    func cell(_ sheet: XMLQuery, _ reference: String) throws -> (value: String, formula: String?, style: String?, type: String?)? {
        guard let element = try sheet.nodes("//*[local-name()='c'][@r='\(reference)']").first as? XMLElement else { return nil }
        let value = XMLQuery.children(element, "v").first?.stringValue ?? ""
        let type = XMLQuery.attribute(element, "t")
        let shown = type == "s" ? strings[Int(value) ?? 0] : value
        return (shown, XMLQuery.children(element, "f").first?.stringValue, XMLQuery.attribute(element, "s"), type)
    }
}

@Suite("workbook.xlsx")
struct WorkbookTests {
    static func coesfeld() throws -> WorkbookReader {
        try WorkbookReader(WorkbookRenderer(ExportContext(evaluation: Evaluation(try Fixtures.coesfeld()))).xlsx())
    }

    @Test("A valid package: every part well-formed XML with a content type, relationships that resolve")
    func package() throws {
        let workbook = try Self.coesfeld()
        let types = try XMLQuery(workbook.zip.data("[Content_Types].xml"))
        let overrides = Set(try types.elements("Override").compactMap { XMLQuery.attribute($0, "PartName") })
        for entry in workbook.zip.entries {
            _ = try XMLQuery(entry.bytes, entry.name)
            if !entry.name.hasSuffix(".rels") && entry.name != "[Content_Types].xml" {
                #expect(overrides.contains("/" + entry.name), "\(entry.name) has no content type")
            }
        }
        let relationships = try XMLQuery(workbook.zip.data("xl/_rels/workbook.xml.rels")).elements("Relationship")
        for relationship in relationships {
            let target = "xl/" + (XMLQuery.attribute(relationship, "Target") ?? "")
            #expect(workbook.zip.entries.contains { $0.name == target }, "\(target) missing")
        }
        #expect(try workbook.zip.text("docProps/core.xml").contains("<dc:title>Coesfeld 12.0 – Im Kreis gemeinsam digital</dc:title>"))
    }

    @Test("Sheets in German with a frozen header, an AutoFilter, repeated print titles and fitted widths")
    func sheets() throws {
        let workbook = try Self.coesfeld()
        #expect(workbook.sheetNames == ["Projektliste", "Budget", "Bewertungen", "Abstimmungen", "Ideen", "Stabilität", "Hinweise"])
        let list = try workbook.sheet(0)
        let pane = try #require(try list.elements("pane").first)
        #expect(XMLQuery.attribute(pane, "ySplit") == "1" && XMLQuery.attribute(pane, "state") == "frozen")
        // 28 projects below the header, 18 columns (A…R).
        #expect(try list.elements("autoFilter").first.flatMap { XMLQuery.attribute($0, "ref") } == "A1:R29")
        #expect(try workbook.cell(list, "D1")?.value == "Projekt")
        #expect(try workbook.cell(list, "D2")?.value == "Online ins Rathaus")
        let names = try XMLQuery(workbook.zip.data("xl/workbook.xml")).elements("definedName")
        #expect(names.contains { XMLQuery.attribute($0, "name") == "_xlnm.Print_Titles" && $0.stringValue == "'Projektliste'!$1:$1" })
        // Printed: A4 landscape, the title and the stamp in the header, page numbers in the footer.
        #expect(try list.elements("pageSetup").first.flatMap { XMLQuery.attribute($0, "paperSize") } == "9")
        #expect(try list.elements("oddHeader").first?.stringValue == "&L&\"-,Bold\"Coesfeld 12.0 – Im Kreis gemeinsam digital&RStand: 14.09.2023")
        #expect(try list.elements("oddFooter").first?.stringValue == "&LProjektliste&RSeite &P von &N")
        let widths = try list.elements("col").compactMap { XMLQuery.attribute($0, "width").flatMap(Double.init) }
        #expect(widths.count == 18)
        // "Projekt": as wide as "Begleitschutz in der digitalen Welt" (35) and a little more; "Nr." narrow.
        #expect(widths[3] >= 35 && widths[3] <= 40)
        #expect(widths[2] <= 8)
    }

    @Test("Budget: exact amounts as numbers in #,##0.00 €, totals as SUM, subsidy as ROUNDDOWN, results cached")
    func budget() throws {
        let workbook = try Self.coesfeld()
        let styles = try XMLQuery(workbook.zip.data("xl/styles.xml"))
        let formats = Dictionary(uniqueKeysWithValues: try styles.elements("numFmt").map {
            (XMLQuery.attribute($0, "numFmtId") ?? "", XMLQuery.attribute($0, "formatCode") ?? "")
        })
        #expect(formats["164"] == "#,##0.00\\ \"€\"")
        let budget = try workbook.sheet(1)
        // P22's investment, exactly.
        let p22 = try #require(try workbook.cell(budget, "E3"))
        #expect(p22.value == "3296812.50" && p22.type == nil && p22.formula == nil)
        #expect(try numberFormat(of: p22.style, in: styles) == "164")
        #expect(try workbook.cell(budget, "G3")?.formula == "SUM(E3:F3)")
        // Below the 7 projects and an empty row: total, shares, subsidy, own share.
        #expect(try workbook.cell(budget, "D10")?.value == "Summe")
        #expect(try workbook.cell(budget, "G10").map { [$0.formula, $0.value] } == ["SUM(G2:G8)", "8163300.00"])
        #expect(try workbook.cell(budget, "E11").map { [$0.formula, $0.value] } == ["E10/G10", "0.599977950093712"])
        #expect(try workbook.cell(budget, "D12")?.value == "davon Förderung (65 %)")
        #expect(try workbook.cell(budget, "G12").map { [$0.formula, $0.value] } == ["ROUNDDOWN(G10*65/100,2)", "5306145.00"])
        #expect(try workbook.cell(budget, "G13").map { [$0.formula, $0.value] } == ["G10-G12", "2857155.00"])
        #expect(try budget.elements("autoFilter").first.flatMap { XMLQuery.attribute($0, "ref") } == "A1:G8")
    }

    @Test("Third-party funds: capped at the call's limit in the formula, as the toolkit computes it")
    func thirdParty() throws {
        var workspace = try Fixtures.coesfeld()
        workspace.applications[0].thirdPartyFunds = Money(cents: 200_000_000)
        let evaluation = Evaluation(workspace)
        let workbook = try WorkbookReader(WorkbookRenderer(ExportContext(evaluation: evaluation)).xlsx())
        let budget = try workbook.sheet(1)
        #expect(try workbook.cell(budget, "D14")?.value == "Drittmittel")
        let after = try #require(try workbook.cell(budget, "G15"))
        #expect(after.formula == "G13-MIN(G14,ROUNDDOWN(G13*50/100,2))")
        #expect(after.value == evaluation.budgets[0].ownShareAfterThirdParty.description)
    }

    @Test("Text is never a formula: =HYPERLINK(…) in an idea title stays a shared string")
    func formulaGuard() throws {
        var workspace = Fixtures.small()
        workspace.ideas[0].title = "=HYPERLINK(\"http://evil.example\",\"click\")"
        workspace.ideas[1].title = "+1+1"
        workspace.projects[0].title = "@SUM(A1:A9)"
        let workbook = try WorkbookReader(WorkbookRenderer(ExportContext(evaluation: Evaluation(workspace))).xlsx())
        #expect(workbook.strings.contains("=HYPERLINK(\"http://evil.example\",\"click\")"))
        #expect(workbook.strings.contains("@SUM(A1:A9)"))
        for index in workbook.sheetNames.indices {
            let formulas = try workbook.sheet(index).elements("f").map { $0.stringValue ?? "" }
            #expect(formulas.allSatisfy { !$0.contains("HYPERLINK") && !$0.contains("A1:A9") && $0 != "1+1" }, "\(formulas)")
        }
        let ideas = try workbook.sheet(4)
        #expect(try workbook.cell(ideas, "B2").map { [$0.value, $0.type] } == ["=HYPERLINK(\"http://evil.example\",\"click\")", "s"])
    }

    @Test("Dates are serial numbers with a date format; the notes sheet names the stamp")
    func dates() throws {
        // Excel's serial of 2023-08-07 is 45145 (2023-01-01 is 44927, and 7 August is day 219).
        #expect(Workbook.serial(try #require(Day("2023-08-07"))) == 45145)
        #expect(Workbook.serial(try #require(Day("1970-01-01"))) == 25569)
        #expect(Workbook.serial(try #require(Day("2000-03-01"))) == 36586)
        let workbook = try Self.coesfeld()
        let list = try workbook.sheet(0)
        // P4's status date (07.08.2023) in column R.
        let row = try #require(try (2...29).first { try workbook.cell(list, "C\($0)")?.value == "P4" })
        let date = try #require(try workbook.cell(list, "R\(row)"))
        #expect(date.value == "45145" && date.type == nil)
        let styles = try XMLQuery(workbook.zip.data("xl/styles.xml"))
        #expect(try numberFormat(of: date.style, in: styles) == "165")
        #expect(try styles.elements("numFmt").contains { XMLQuery.attribute($0, "formatCode") == "dd\\.mm\\.yyyy" })
        let notes = try workbook.sheet(6)
        #expect(try workbook.cell(notes, "A4")?.value == "Stand")
        #expect(try workbook.cell(notes, "B4")?.value == "45183")
    }

    /// The `numFmtId` of the cell format at `style` in `cellXfs`.
    private func numberFormat(of style: String?, in styles: XMLQuery) throws -> String? {
        let xfs = try styles.nodes("//*[local-name()='cellXfs']/*[local-name()='xf']").compactMap { $0 as? XMLElement }
        guard let index = style.flatMap(Int.init), index < xfs.count else { return nil }
        return XMLQuery.attribute(xfs[index], "numFmtId")
    }

    @Test("Column names from the column index: A…Z, AA…")
    func columnNames() {
        #expect([0, 25, 26, 27, 51, 52, 701, 702].map(Workbook.columnName) == ["A", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"])
    }
}
