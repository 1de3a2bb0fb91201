import Foundation
import Testing

@testable import WorkshopKit

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("paper.docx")
struct PaperDocxTests {
    static func coesfeld() throws -> ZipReader {
        let context = ExportContext(evaluation: Evaluation(try Fixtures.coesfeld()))
        return try ZipReader(WordDocumentWriter(CommitteeReport(context).document(), labels: context.labels, stamp: context.stamp).docx())
    }

    @Test("A valid package: well-formed parts with content types, relationships that resolve, embedded workbooks that open")
    func package() throws {
        let zip = try Self.coesfeld()
        let types = try XMLQuery(zip.data("[Content_Types].xml"))
        let overrides = Set(try types.elements("Override").compactMap { XMLQuery.attribute($0, "PartName") })
        for entry in zip.entries {
            if entry.name.hasSuffix(".xlsx") {
                _ = try WorkbookReader(entry.bytes)
            } else {
                _ = try XMLQuery(entry.bytes, entry.name)
            }
            if !entry.name.hasSuffix(".rels") && entry.name != "[Content_Types].xml" {
                #expect(overrides.contains("/" + entry.name), "\(entry.name) has no content type")
            }
        }
        for rels in zip.entries.map(\.name) where rels.hasSuffix(".rels") && rels != "_rels/.rels" {
            let folder = rels.replacingOccurrences(of: "_rels/", with: "").split(separator: "/").dropLast().joined(separator: "/")
            for relationship in try XMLQuery(zip.data(rels)).elements("Relationship") {
                let target = URL(fileURLWithPath: "/" + folder + "/" + (XMLQuery.attribute(relationship, "Target") ?? "")).standardized.path
                #expect(zip.entries.contains { "/" + $0.name == target }, "\(rels) → \(target)")
            }
        }
    }

    @Test("A4 portrait, German, with the title in the properties and the stamp in the running header")
    func page() throws {
        let zip = try Self.coesfeld()
        let document = try XMLQuery(zip.data("word/document.xml"))
        let size = try #require(try document.elements("pgSz").first)
        #expect(XMLQuery.attribute(size, "w") == "11906" && XMLQuery.attribute(size, "h") == "16838")
        let styles = try XMLQuery(zip.data("word/styles.xml"))
        #expect(try styles.elements("lang").first.flatMap { XMLQuery.attribute($0, "val") } == "de-DE")
        let core = try zip.text("docProps/core.xml")
        #expect(core.contains("<dc:title>Coesfeld 12.0 – Im Kreis gemeinsam digital</dc:title>") && core.contains("<dc:language>de-DE</dc:language>"))
        #expect(try XMLQuery(zip.data("word/header1.xml")).document.rootElement()?.stringValue == "Coesfeld 12.0 – Im Kreis gemeinsam digitalStand: 14.09.2023")
        let fields = try XMLQuery(zip.data("word/footer1.xml")).elements("fldSimple").compactMap { XMLQuery.attribute($0, "instr") }
        #expect(fields == [" PAGE ", " NUMPAGES "])
    }

    @Test("Real headings: seven chapters as heading 1, each on a new page, each brief as heading 2; links resolve to bookmarks")
    func headings() throws {
        let zip = try Self.coesfeld()
        let document = try XMLQuery(zip.data("word/document.xml"))
        func headings(_ level: Int) throws -> [String] {
            try document.nodes("//*[local-name()='p'][*[local-name()='pPr']/*[local-name()='pStyle'][@*[local-name()='val']='Heading\(level)']]").compactMap(\.stringValue)
        }
        #expect(try headings(1) == [
            "Überblick", "Konsolidierte Projektliste (mit illustrativen Daten)", "Budget und Förderung", "Konsolidierung: Ideen und Projekte",
            "Abstimmungen", "Quellen und Annahmen", "Anlage: Projektsteckbriefe",
        ])
        #expect(try headings(2).filter { $0.hasPrefix("P") && $0.contains(" – ") }.count == 28)
        let styles = try XMLQuery(zip.data("word/styles.xml"))
        #expect(try styles.nodes("//*[local-name()='style'][@*[local-name()='styleId']='Heading1']//*[local-name()='outlineLvl']").count == 1)
        // 7 chapters and 27 briefs (the first follows the appendix heading) start a page.
        #expect(try document.elements("pageBreakBefore").count == 7 + 27)
        let bookmarks = Set(try document.elements("bookmarkStart").compactMap { XMLQuery.attribute($0, "name") })
        let anchors = try document.elements("hyperlink").compactMap { XMLQuery.attribute($0, "anchor") }
        #expect(anchors.count > 100)
        #expect(anchors.allSatisfy(bookmarks.contains))
        #expect(bookmarks.allSatisfy { $0.count <= 40 && $0.first?.isLetter == true })
    }

    @Test("Tables fill the text width, repeat their header row, and never break an amount or id")
    func tables() throws {
        let zip = try Self.coesfeld()
        let document = try XMLQuery(zip.data("word/document.xml"))
        func local(_ node: XMLNode, _ path: String) throws -> [XMLElement] { try node.nodes(forXPath: path).compactMap { $0 as? XMLElement } }
        let tables = try document.nodes("//*[local-name()='tbl'][*[local-name()='tblPr']/*[local-name()='tblStyle'][@*[local-name()='val']='Table']]")
        #expect(tables.count > 40)
        for table in tables {
            let grid = try local(table, "./*[local-name()='tblGrid']/*[local-name()='gridCol']").compactMap { XMLQuery.attribute($0, "w").flatMap(Int.init) }
            #expect(grid.reduce(0, +) == WordDocumentWriter.textWidth)
            #expect(try local(table, "./*[local-name()='tr'][1]/*[local-name()='trPr']/*[local-name()='tblHeader']").count == 1)
        }
        let text = try #require(document.document.rootElement()?.stringValue)
        #expect(text.contains("8.163.300,00\u{A0}€") && text.contains("3,72\u{A0}±\u{A0}0,69"))
        // I-VW-01 as I, non-breaking hyphen, VW, non-breaking hyphen, 01.
        #expect(try zip.text("word/document.xml").contains("<w:t xml:space=\"preserve\">I</w:t><w:noBreakHyphen/><w:t xml:space=\"preserve\">VW</w:t><w:noBreakHyphen/>"))
    }

    @Test("Charts are native: budget bars with exact figures, vote bars, the portfolio as a labelled scatter plot")
    func charts() throws {
        let zip = try Self.coesfeld()
        let charts = try (1...3).map { try XMLQuery(zip.data("word/charts/chart\($0).xml")) }
        #expect(try charts[0].elements("scatterChart").count == 1)
        #expect(try charts[0].elements("dLbl").count == 28)
        #expect(try charts[1].elements("grouping").first.flatMap { XMLQuery.attribute($0, "val") } == "stacked")
        // P22's investment: 3.296.812,50 € = 3.29681250 million, exactly.
        #expect(try charts[1].elements("v").contains { $0.stringValue == "3.29681250" })
        #expect(try charts[2].elements("barChart").count == 1)
        for chart in charts { #expect(try chart.elements("externalData").count == 1) }
        let document = try zip.text("word/document.xml")
        #expect(document.components(separatedBy: "<c:chart r:id=").count == 4)
        #expect(document.contains("descr=\"Portfolio-Diagramm"))
    }

    @Test("Column widths: at least the widest word, the rest by the longest line, exactly the available width")
    func columnWidths() {
        #expect(ColumnWidths.fit(minimum: [100, 200], preferred: [300, 300], available: 1200) == [600, 600])
        #expect(ColumnWidths.fit(minimum: [100, 200], preferred: [100, 1000], available: 1000) == [100, 900])
        #expect(ColumnWidths.fit(minimum: [600, 600], preferred: [900, 900], available: 1000) == [500, 500])
        #expect(ColumnWidths.fit(minimum: [100, 100, 100], preferred: [1000, 200, 100], available: 600).reduce(0, +) == 600)
        #expect(ColumnWidths.fit(minimum: [], preferred: [], available: 100) == [])
    }
}
