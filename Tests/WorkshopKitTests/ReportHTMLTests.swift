import Foundation
import Testing

@testable import WorkshopKit

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("report.html")
struct ReportHTMLTests {
    static func html(_ workspace: Workspace) -> String {
        let context = ExportContext(evaluation: Evaluation(workspace))
        return HTMLReportWriter(CommitteeReport(context).document(), labels: context.labels).html()
    }

    static func coesfeld() throws -> (text: String, xml: XMLQuery) {
        let text = html(try Fixtures.coesfeld())
        return (text, try XMLQuery(text, "report.html"))
    }

    @Test("Well-formed XHTML in the workspace's language, one h1, headings that never skip a level")
    func structure() throws {
        let (_, page) = try Self.coesfeld()
        let root = try #require(page.document.rootElement())
        #expect(XMLQuery.attribute(root, "lang") == "de")
        #expect(try page.elements("h1").map(\.stringValue) == ["Coesfeld 12.0 – Im Kreis gemeinsam digital"])
        var previous = 1
        for heading in try page.nodes("//*[local-name()='h1' or local-name()='h2' or local-name()='h3' or local-name()='h4' or local-name()='h5']") {
            let level = Int(heading.localName?.dropFirst() ?? "") ?? 0
            #expect(level <= previous + 1, "\(heading.stringValue ?? "") jumps from h\(previous) to h\(level)")
            previous = level
        }
        let english = try XMLQuery(Self.html(Fixtures.small(language: .english)))
        #expect(english.document.rootElement().flatMap { XMLQuery.attribute($0, "lang") } == "en")
    }

    @Test("Every table has a caption, column headers with scope, and a row header in every row")
    func tables() throws {
        let (_, page) = try Self.coesfeld()
        let tables = try page.elements("table")
        #expect(tables.count > 40)
        for table in tables {
            let caption = XMLQuery.children(table, "caption").first?.stringValue ?? ""
            #expect(!caption.isEmpty)
            let head = try #require(XMLQuery.children(table, "thead").first.flatMap { XMLQuery.children($0, "tr").first })
            let columns = XMLQuery.children(head, "th")
            #expect(!columns.isEmpty && columns.allSatisfy { XMLQuery.attribute($0, "scope") == "col" }, "\(caption)")
            for row in XMLQuery.children(table, "tbody").flatMap({ XMLQuery.children($0, "tr") }) {
                let cells = (row.children ?? []).compactMap { $0 as? XMLElement }
                #expect(cells.count == columns.count, "\(caption)")
                #expect(cells.first.map { $0.localName == "th" && XMLQuery.attribute($0, "scope") == "row" } == true, "\(caption)")
            }
        }
    }

    @Test("Self-contained: no resource is loaded, every link points to an id of the page")
    func selfContained() throws {
        let (text, page) = try Self.coesfeld()
        #expect(try page.nodes("//@src").isEmpty)
        #expect(try page.elements("link").isEmpty)
        let allIDs = try page.nodes("//@id").compactMap(\.stringValue)
        let ids = Set(allIDs)
        #expect(ids.count == allIDs.count, "an id is used twice")
        let links = try page.nodes("//@href").compactMap(\.stringValue)
        #expect(links.count > 100)
        for link in links {
            #expect(link.hasPrefix("#") && ids.contains(String(link.dropFirst())), "\(link)")
        }
        // The only URLs are the XML namespaces of XHTML and SVG.
        let urls = Set(text.matches(of: /https?:\/\/[^"' )<]+/).map { String($0.output) })
        #expect(urls == ["http://www.w3.org/1999/xhtml", "http://www.w3.org/2000/svg"], "\(urls)")
        #expect(!text.contains("@import") && !text.contains("url(http") && !text.contains("@font-face"))
    }

    @Test("Accessible: skip link, charts as images with text alternatives, keyboard-usable controls")
    func accessible() throws {
        let (text, page) = try Self.coesfeld()
        let skip = try #require(try page.elements("a").first)
        #expect(XMLQuery.attribute(skip, "href") == "#content" && skip.stringValue == "Zum Inhalt springen")
        #expect(try page.elements("main").first.flatMap { XMLQuery.attribute($0, "id") } == "content")
        let charts = try page.elements("svg")
        #expect(charts.count == 3)
        for chart in charts {
            #expect(XMLQuery.attribute(chart, "role") == "img")
            #expect((XMLQuery.attribute(chart, "aria-label") ?? "").count > 20)
            #expect(chart.parent?.localName == "figure")
        }
        // The filters: real labels and selects, hidden until the script runs.
        let form = try #require(try page.elements("form").first)
        #expect(XMLQuery.attribute(form, "hidden") == "hidden")
        for select in try page.elements("select") {
            let id = XMLQuery.attribute(select, "id") ?? ""
            #expect(try page.elements("label").contains { XMLQuery.attribute($0, "for") == id }, "\(id) has no label")
        }
        let groups = try page.nodes("//*[local-name()='select'][@id='filter-group']/*").compactMap(\.stringValue)
        #expect(groups == ["alle", "Priorität I", "Priorität II", "Priorität III"])
        // Sort buttons are made by the script; without it the headers are plain text.
        #expect(try page.elements("button").isEmpty)
        #expect(text.contains("heading.setAttribute(\"aria-sort\", \"none\")"))
        // Focus stays visible; text colours are dark on light.
        #expect(text.contains(":focus-visible { outline: 3px solid"))
    }

    @Test("Prints on A4 with running header, page numbers, repeated table headers, no word broken in an amount")
    func print() throws {
        let (text, page) = try Self.coesfeld()
        #expect(text.contains("size: A4;"))
        #expect(text.contains("@top-left { content: \"Coesfeld 12.0 \\2013  Im Kreis gemeinsam digital\""))
        #expect(text.contains("@top-right { content: \"Stand: 14.09.2023\""))
        #expect(text.contains("counter(page)") && text.contains("counter(pages)"))
        #expect(text.contains("thead { display: table-header-group; }"))
        #expect(text.contains(".nb { white-space: nowrap; hyphens: none; }"))
        // Amounts and ids sit in unbreakable spans, with no-break spaces inside.
        let unbreakable = Set(try page.nodes("//*[local-name()='span'][@class='nb']").compactMap(\.stringValue))
        #expect(unbreakable.contains("8.163.300,00\u{A0}€"))
        #expect(unbreakable.contains("3,72\u{A0}±\u{A0}0,69"))
        #expect(unbreakable.contains("I-VW-01"))
        // Every chapter starts a page; the first brief follows the appendix heading.
        #expect(try page.nodes("//*[local-name()='main']/*[local-name()='section'][@class='page-start']").count == 7)
    }

    @Test("Everything is there: every project, the budget's totals, the votes, a brief per project")
    func content() throws {
        let workspace = try Fixtures.coesfeld()
        let (_, page) = try Self.coesfeld()
        let text = try #require(page.document.rootElement()?.stringValue)
        for project in workspace.projects {
            #expect(text.contains(project.title), "\(project.title)")
            #expect(try page.nodes("//*[@id='brief-\(project.id)']").count == 1)
        }
        for figure in ["4,90", "3,27", "8,16", "5.306.145,00\u{A0}€", "2.857.155,00\u{A0}€", "Punktabfrage zur konsolidierten Projektliste"] {
            #expect(text.contains(figure), "\(figure)")
        }
        // The project tables carry what the filters filter by.
        let rows = try page.nodes("//*[local-name()='tr'][@data-group]").compactMap { $0 as? XMLElement }
        #expect(rows.count == workspace.projects.count)
        #expect(rows.allSatisfy { XMLQuery.attribute($0, "data-theme") != nil && XMLQuery.attribute($0, "data-status") != nil })
    }

    /// The contrast ratio of two sRGB colours (`#1a1a1a`), as WCAG 2.1 defines it.
    static func contrast(_ first: String, _ second: String) -> Double {
        func luminance(_ hex: String) -> Double {
            let value = Int(hex.dropFirst(), radix: 16) ?? 0
            let channels = [value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF].map { channel -> Double in
                let c = Double(channel) / 255
                return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
        }
        let (a, b) = (luminance(first), luminance(second))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    @Test("Text contrast: every text colour of the style sheet reaches 7:1 on white and on the table headers")
    func contrast() throws {
        // The WCAG formula against its published examples: black on white 21:1, #767676 on white 4.54:1.
        #expect(abs(Self.contrast("#000000", "#ffffff") - 21) < 0.01)
        #expect(abs(Self.contrast("#767676", "#ffffff") - 4.54) < 0.01)
        let css = ReportStyleSheet.css(title: "t", stampDate: "s", page: "p", of: "o")
        let colours = Set(css.matches(of: /(?:^|[ ;{])color: (#[0-9a-fA-F]{6})/).map { String($0.output.1) })
        #expect(colours.count >= 3)
        for colour in colours {
            #expect(Self.contrast(colour, "#ffffff") >= 7, "\(colour) on white")
            #expect(Self.contrast(colour, "#e4eaf1") >= 7, "\(colour) on the header shading")
        }
        // In the charts: white amounts on the investment bars, dark ones on the operating bars.
        #expect(Self.contrast("#ffffff", BudgetChart.investmentFill) >= 4.5)
        #expect(Self.contrast("#111111", BudgetChart.operatingFill) >= 7)
        #expect(Self.contrast(VoteChart.fill, "#ffffff") >= 4.5)
    }

    @Test("Hostile text stays text: markup, quotes and CDATA ends in titles cannot break the page or its style sheet")
    func hostile() throws {
        var workspace = Fixtures.small()
        workspace.process.title = "Evil \"title\" ]]> </style> <script>alert(1)</script> & \\ \u{7}"
        workspace.projects[0].title = "<img src=x onerror=alert(1)> ]]>"
        let text = Self.html(workspace)
        let page = try XMLQuery(text)
        #expect(try page.elements("script").count == 1)
        #expect(try page.elements("img").isEmpty)
        #expect(try page.elements("h1").first?.stringValue == "Evil \"title\" ]]> </style> <script>alert(1)</script> & \\ ")
        #expect(ReportStyleSheet.string("a\"b\\c]]></style>") == "\"a\\22 b\\5C c\\5D \\5D \\3E \\3C /style\\3E \"")
    }
}
