import Foundation
import Testing
import WorkshopKit

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Charts")
struct ChartTests {
    static let hostile = "<script>&\"'"

    /// Four projects on a 1…5 scale under the standard rule (I: relevance ≥ 3.5 and potential ≥ 3;
    /// II: relevance ≥ 2.5): P1 (4 | 4) in I, P2 (3 | 2) in II, P3 (2 | 5) in III, P4 not rated.
    /// Two applications: A1 bundles P1 and P2, A2 bundles P3 and the unbudgeted P4.
    static func workspace(language: Language = .german, title: String = "Testprozess") -> Workspace {
        let scale = Scale(minimum: 1, maximum: 5)
        let ratings: [Rating] = [
            ("P1", 4, 4), ("P2", 3, 2), ("P3", 2, 5),
        ].flatMap { project, relevance, potential in
            [
                Rating(rater: "R1", item: ItemID(rawValue: project), criterion: "rel", score: relevance),
                Rating(rater: "R1", item: ItemID(rawValue: project), criterion: "pot", score: potential),
            ]
        }
        return Workspace(
            id: "test", process: ParticipationProcess(title: title, language: language),
            criteria: [
                Criterion(id: "rel", group: .relevance, name: "Relevanz", scale: scale),
                Criterion(id: "pot", group: .potential, name: "Potenzial", scale: scale),
            ],
            projects: [
                Project(id: "P1", title: hostile, theme: "t"),
                Project(id: "P2", title: "Zweites Projekt", theme: "t"),
                Project(id: "P3", title: "Drittes Projekt", theme: "t"),
                Project(id: "P4", title: "Ohne Bewertung", theme: "t"),
            ],
            budget: [
                BudgetLine(project: "P1", kind: .investment, amount: Money(euros: 3_300_000)),
                BudgetLine(project: "P1", kind: .operating, amount: Money(euros: 850_000)),
                BudgetLine(project: "P2", kind: .operating, amount: Money(cents: 36_070_000)),
                BudgetLine(project: "P3", kind: .investment, amount: Money(euros: 1_500_000)),
            ],
            fundingCalls: [FundingCall(id: "call", name: "Aufruf", subsidyRate: Hundredths(65))],
            applications: [
                FundingApplication(
                    id: "A1", call: "call", title: "Antrag " + hostile,
                    items: [.init(project: "P1", title: "Bündel " + hostile), .init(project: "P2", title: "Zweites Bündel")]),
                FundingApplication(
                    id: "A2", call: "call", title: "Zweiter Antrag",
                    items: [.init(project: "P3", title: "Drittes Bündel"), .init(project: "P4", title: "Ohne Budget")]),
            ],
            ratings: RatingSet(ratings))
    }

    static func context(_ workspace: Workspace = workspace()) -> ExportContext {
        ExportContext(evaluation: Evaluation(workspace))
    }

    // MARK: Text

    @Test("escaping turns markup into character references and drops what XML forbids")
    func escaping() {
        #expect(SVGText.escaped(Self.hostile) == "&lt;script&gt;&amp;&quot;&apos;")
        #expect(SVGText.escaped("a\u{0}b\u{1F}c\u{7F}d\u{9B}e\u{FFFE}f\u{FFFF}g") == "abcdefg")
        #expect(SVGText.escaped("one\ntwo\r\nthree\tfour\u{2028}five") == "one two  three four five")
        #expect(SVGText.escaped("Mobilität ≥ 3,50 – 🚲") == "Mobilität ≥ 3,50 – 🚲")
    }

    @Test("the parser the tests rely on rejects a document that is not well-formed")
    func parserRejectsMalformed() throws {
        #expect(throws: SVGTree.MalformedSVG.self) { try SVGTree("<svg><text>a & b</text></svg>") }
        #expect(throws: SVGTree.MalformedSVG.self) { try SVGTree("<svg><text>a\u{1}b</text></svg>") }
        #expect(try SVGTree("<svg><text>\(SVGText.escaped("a & b\u{1} <c>"))</text></svg>").elements[1].text == "a & b <c>")
    }

    @Test("numbers have at most two decimals, a point, and no trailing zeros")
    func numbers() {
        #expect(SVGText.number(12) == "12")
        #expect(SVGText.number(12.5) == "12.5")
        #expect(SVGText.number(0.85) == "0.85")
        #expect(SVGText.number(3.005) == "3.01")
        #expect(SVGText.number(-0.25) == "-0.25")
        #expect(SVGText.number(-0.001) == "0")
        #expect(SVGText.number(-7.5) == "-7.5")
        #expect(SVGText.number(.nan) == "0")
    }

    // MARK: Portfolio

    @Test("the portfolio is a well-formed SVG 1.1 document ending in a line break")
    func portfolioIsWellFormed() throws {
        let svg = PortfolioChart(Self.context()).svg()
        let tree = try SVGTree(svg)
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\""))
        #expect(svg.hasSuffix("</svg>\n"))
        let root = try #require(tree.elements.first)
        #expect(root.name == "svg")
        #expect(root.attributes["width"] == "720")
        #expect(tree.elements.filter { $0.name == "title" && $0.depth == 1 }.count == 1)
        #expect(tree.elements.filter { $0.name == "desc" && $0.depth == 1 }.count == 1)
    }

    @Test("one marker per scored project, placed by its scores and labelled with its id")
    func portfolioMarkers() throws {
        let tree = try SVGTree(PortfolioChart(Self.context()).svg())
        let projects = tree.elements.filter { $0.name == "g" && $0.classes.contains("project") }
        #expect(projects.map { $0.attributes["id"] } == ["project-P1", "project-P2", "project-P3"])
        let markers = tree.elements.filter { $0.classes.contains("marker") && tree.isInside($0, "projects") }
        #expect(markers.count == 3)
        #expect(tree.elements.filter { $0.classes.contains("label") }.map(\.text).sorted() == ["P1", "P2", "P3"])

        // Distinct shapes per group: P1 (I) a circle, P2 (II) a square, P3 (III) a triangle.
        #expect(markers.map(\.name) == ["circle", "rect", "polygon"])
        let p1 = try #require(markers.first)
        #expect(try p1.number("cx") == tree.gridX(4))
        #expect(try p1.number("cy") == tree.gridY(4))
        let p2 = markers[1]
        #expect(try p2.number("x") + 5 == tree.gridX(2))
        #expect(try p2.number("y") + 5 == tree.gridY(3))
    }

    @Test("projects without scores are left out and named in the description")
    func portfolioUnplotted() throws {
        let tree = try SVGTree(PortfolioChart(Self.context()).svg())
        let desc = try #require(tree.elements.first { $0.name == "desc" }).text
        #expect(desc.contains("Nicht dargestellt, da ohne Bewertung: P4."))
        #expect(!tree.elements.contains { $0.attributes["id"] == "project-P4" })
        #expect(tree.elements.contains { $0.classes.contains("note") && $0.text.contains("P4") })
    }

    @Test("dashed threshold lines lie on the rule's minimums")
    func portfolioThresholds() throws {
        let tree = try SVGTree(PortfolioChart(Self.context()).svg())
        let lines = tree.elements.filter { $0.classes.contains("threshold") }
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.attributes["stroke-dasharray"] != nil })
        let midway34 = (try tree.gridY(3) + tree.gridY(4)) / 2
        let midway23 = (try tree.gridY(2) + tree.gridY(3)) / 2

        // Group I: relevance ≥ 3.5 from potential 3 rightwards, potential ≥ 3 from relevance 3.5 upwards.
        let relevance1 = try #require(lines.first { $0.attributes["id"] == "threshold-0-relevance" })
        #expect(try relevance1.number("y1") == midway34)
        #expect(try relevance1.number("y2") == midway34)
        #expect(try relevance1.number("x1") == tree.gridX(3))
        #expect(try relevance1.number("x2") == tree.gridX(5))
        let potential1 = try #require(lines.first { $0.attributes["id"] == "threshold-0-potential" })
        #expect(try potential1.number("x1") == tree.gridX(3))
        #expect(try potential1.number("x2") == tree.gridX(3))
        #expect(try potential1.number("y1") == midway34)
        #expect(try potential1.number("y2") == tree.gridY(5))

        // Group II: relevance ≥ 2.5 across the whole plot.
        let relevance2 = try #require(lines.first { $0.attributes["id"] == "threshold-1-relevance" })
        #expect(try relevance2.number("y1") == midway23)
        #expect(try relevance2.number("x1") == tree.gridX(1))
        #expect(try relevance2.number("x2") == tree.gridX(5))

        let labels = tree.elements.filter { $0.classes.contains("threshold-label") }.map(\.text)
        #expect(labels == ["Priorität I: Relevanz ≥ 3,50 und Potenzial ≥ 3,00", "Priorität II: Relevanz ≥ 2,50"])
    }

    @Test("a hostile title is escaped in the markup and read back as written")
    func portfolioHostileText() throws {
        let svg = PortfolioChart(Self.context(Self.workspace(title: "Prozess \(Self.hostile)\u{1}\u{FFFF}"))).svg()
        #expect(!svg.contains("<script>"))
        #expect(svg.contains("&lt;script&gt;&amp;&quot;&apos;"))
        let tree = try SVGTree(svg)
        let tooltip = try #require(tree.elements.first { $0.name == "title" && $0.parentIndex.map { tree.elements[$0].attributes["id"] } == "project-P1" })
        #expect(tooltip.text == "P1 – \(Self.hostile): Relevanz 4,00, Potenzial 4,00; Priorität I")
        #expect(tree.elements.first { $0.classes.contains("subtitle") }?.text == "Prozess \(Self.hostile)")
    }

    @Test("the same workspace gives the same bytes")
    func portfolioIsDeterministic() {
        let first = PortfolioChart(Self.context()).svg()
        let second = PortfolioChart(Self.context()).svg()
        #expect(first == second)
        #expect(BudgetChart(Self.context()).svg() == BudgetChart(Self.context()).svg())
    }

    @Test("labels of close points do not overlap, and projects with the same scores share one")
    func portfolioLabelsApart() throws {
        // Ten projects on four positions: relevance 3.5 or 4, potential 3 or 3.5.
        var workspace = Self.workspace()
        workspace.projects = (1...10).map { Project(id: ProjectID(rawValue: "P\($0)"), title: "Projekt \($0)", theme: "t") }
        workspace.ratings = RatingSet((1...10).flatMap { (index: Int) -> [Rating] in
            let item = ItemID(rawValue: "P\(index)")
            let relevance: Int = index % 2 == 0 ? 4 : 3
            let potential: Int = index % 3 == 0 ? 4 : 3
            return [
                Rating(rater: "R1", item: item, criterion: "rel", score: 4),
                Rating(rater: "R2", item: item, criterion: "rel", score: relevance),
                Rating(rater: "R1", item: item, criterion: "pot", score: 3),
                Rating(rater: "R2", item: item, criterion: "pot", score: potential),
            ]
        })
        let tree = try SVGTree(PortfolioChart(Self.context(workspace)).svg())
        #expect(tree.elements.filter { $0.classes.contains("marker") && tree.isInside($0, "projects") }.count == 10)
        let labels = tree.elements.filter { $0.classes.contains("label") }
        // Relevance 4: P6 (potential 3.5) and P2, P4, P8, P10 (3); relevance 3.5: P3, P9 (3.5) and P1, P5, P7 (3).
        #expect(labels.map(\.text).sorted() == ["P1, P5, P7", "P2, P4, P8, P10", "P3, P9", "P6"])
        let boxes = try labels.map { label in
            // The label's background rectangle comes right before it.
            let background = try #require(tree.elements[label.index - 1].name == "rect" ? tree.elements[label.index - 1] : nil)
            return try (background.number("x"), background.number("y"), background.number("width"), background.number("height"))
        }
        let markers = try tree.elements.filter { $0.classes.contains("marker") && tree.isInside($0, "projects") }.map {
            (try $0.number("cx") - 5.5, try $0.number("cy") - 5.5, 11.0, 11.0)
        }
        for (i, a) in boxes.enumerated() {
            for b in boxes[(i + 1)...] + markers {
                let apart = a.0 + a.2 <= b.0 || b.0 + b.2 <= a.0 || a.1 + a.3 <= b.1 || b.1 + b.3 <= a.1
                #expect(apart, "label at \(a) overlaps \(b)")
            }
        }
    }

    // MARK: Budget

    @Test("the budget chart has one bar group per application row, with titles and amounts")
    func budgetBars() throws {
        let svg = BudgetChart(Self.context()).svg()
        #expect(svg.hasSuffix("</svg>\n"))
        #expect(!svg.contains("<script>"))
        let tree = try SVGTree(svg)
        let applications = tree.elements.filter { $0.name == "g" && $0.classes.contains("application") }
        #expect(applications.map { $0.attributes["id"] } == ["application-A1", "application-A2"])
        #expect(tree.descendants(of: applications[0], class: "application-title").map(\.text) == ["Antrag \(Self.hostile)"])

        let firstRows = tree.descendants(of: applications[0], class: "row")
        #expect(firstRows.count == 2)
        #expect(firstRows.map { tree.descendants(of: $0, class: "row-label").first?.text } == ["Bündel \(Self.hostile) (P1)", "Zweites Bündel (P2)"])
        #expect(firstRows.map { tree.descendants(of: $0, class: "total").first?.text } == ["4,15", "0,36"])
        // P1's parts are wide enough to carry their amounts; P2 has no investment part.
        #expect(tree.descendants(of: firstRows[0], class: "amount").map(\.text) == ["3,30", "0,85"])
        #expect(tree.descendants(of: firstRows[1], class: "investment").isEmpty)
        #expect(tree.descendants(of: applications[0], class: "application-total").map(\.text) == ["Summe: 4,51 Mio. €"])

        let secondRows = tree.descendants(of: applications[1], class: "row")
        #expect(secondRows.count == 2)
        #expect(secondRows.map { tree.descendants(of: $0, class: "total").first?.text } == ["1,50", "0,00"])
        #expect(tree.descendants(of: secondRows[1], class: "amount-outside").map(\.text) == ["(ohne Budgetzeilen)"])

        // Bars share one scale: P1's 4,15 is the longest bar, P3's 1,50 proportionally shorter.
        let p1 = try tree.descendants(of: firstRows[0], class: "investment")[0].number("width")
            + tree.descendants(of: firstRows[0], class: "operating")[0].number("width")
        let p3 = try tree.descendants(of: secondRows[0], class: "investment")[0].number("width")
        #expect(abs(p3 / p1 - 1.5 / 4.15) < 0.001)
    }

    @Test("English workspaces get English labels and decimal points")
    func englishLabels() throws {
        let context = Self.context(Self.workspace(language: .english))
        let budget = try SVGTree(BudgetChart(context).svg())
        #expect(budget.elements.filter { $0.classes.contains("total") }.map(\.text) == ["4.15", "0.36", "1.50", "0.00"])
        #expect(budget.elements.first?.attributes["xml:lang"] == "en")
        let portfolio = try SVGTree(PortfolioChart(context).svg())
        #expect(portfolio.elements.first { $0.classes.contains("title") }?.text == "Portfolio: relevance × potential")
    }

    // MARK: Export set

    @Test("the export set writes both charts, lists them and links them from the Markdown")
    func exportSetWiring() throws {
        let files = ExportSet.render(Evaluation(Self.workspace()))
        let paths = files.map(\.path)
        #expect(paths.contains("charts/portfolio.svg"))
        #expect(paths.contains("charts/budget.svg"))
        let text = { (path: String) in String(decoding: files.first { $0.path == path }?.bytes ?? [], as: UTF8.self) }
        #expect(text(ExportSet.manifestName).contains("  charts/portfolio.svg\n"))
        #expect(text(ExportSet.manifestName).contains("  charts/budget.svg\n"))
        #expect(text("project-list.md").contains("\n\n![Portfolio-Diagramm: Projekte nach Relevanz und Potenzial, gekennzeichnet nach Prioritätengruppe](charts/portfolio.svg)\n\n"))
        #expect(text("budget.md").contains("\n![Balkendiagramm: Budget je Projekt und Antrag, investiv und konsumtiv, in Mio. €](charts/budget.svg)\n"))
        #expect(text("index.md").contains("- [charts/portfolio.svg](charts/portfolio.svg)\n"))
        #expect(text("index.md").contains("- [charts/budget.svg](charts/budget.svg)\n"))
        #expect(text("charts/portfolio.svg") == PortfolioChart(Self.context()).svg())
    }

    @Test("without scores or applications there are no charts and no links to them")
    func exportSetWithoutCharts() {
        var workspace = Self.workspace()
        workspace.ratings = []
        workspace.applications = []
        let files = ExportSet.render(Evaluation(workspace))
        #expect(!files.contains { $0.path.hasPrefix("charts/") })
        for file in files {
            #expect(!String(decoding: file.bytes, as: UTF8.self).contains("charts/"), "\(file.path) mentions a chart")
        }
        #expect(!PortfolioChart(Self.context(workspace)).hasContent)
        #expect(!BudgetChart(Self.context(workspace)).hasContent)
    }
}

/// An SVG document read back with Foundation's XML parser: proof that it is well-formed,
/// and a flat list of its elements to look into.
private struct SVGTree {
    struct MalformedSVG: Error {
        var line: Int
        var reason: String
    }

    struct Element {
        var index: Int
        var name: String
        var attributes: [String: String]
        var text = ""
        var depth: Int
        var parentIndex: Int?
        var ancestors: [Int]

        var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }

        func number(_ attribute: String) throws -> Double {
            try #require(attributes[attribute].flatMap(Double.init), "\(name) has no numeric \(attribute)")
        }
    }

    private(set) var elements: [Element] = []

    init(_ svg: String) throws {
        let collector = Collector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        parser.shouldProcessNamespaces = false
        let parsed = parser.parse()
        guard parsed else { throw MalformedSVG(line: parser.lineNumber, reason: parser.parserError.map { "\($0)" } ?? "unknown error") }
        elements = collector.elements.map { element in
            var element = element
            element.ancestors = Self.ancestors(of: element, in: collector.elements)
            return element
        }
    }

    private static func ancestors(of element: Element, in elements: [Element]) -> [Int] {
        var result: [Int] = []
        var current = element.parentIndex
        while let index = current {
            result.append(index)
            current = elements[index].parentIndex
        }
        return result
    }

    func isInside(_ element: Element, _ className: String) -> Bool {
        element.ancestors.contains { elements[$0].classes.contains(className) }
    }

    func descendants(of ancestor: Element, class className: String) -> [Element] {
        elements.filter { $0.ancestors.contains(ancestor.index) && $0.classes.contains(className) }
    }

    /// The x of the vertical grid line at a potential of `value`.
    func gridX(_ value: Int) throws -> Double {
        try #require(elements.first { $0.attributes["id"] == "grid-x-\(value)" }).number("x1")
    }

    /// The y of the horizontal grid line at a relevance of `value`.
    func gridY(_ value: Int) throws -> Double {
        try #require(elements.first { $0.attributes["id"] == "grid-y-\(value)" }).number("y1")
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [Element] = []
        var open: [Int] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            elements.append(
                Element(index: elements.count, name: elementName, attributes: attributes, depth: open.count, parentIndex: open.last, ancestors: []))
            open.append(elements.count - 1)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard let current = open.last else { return }
            elements[current].text += string
        }
    }
}
