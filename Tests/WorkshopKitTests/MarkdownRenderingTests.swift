import Foundation
import Testing

@testable import WorkshopKit

/// Renders the Markdown exports with a real GFM renderer (pandoc) and checks what a reader sees.
///
/// pandoc comes from Debian's packages (`.ci/run` installs it). Without it the tests are
/// skipped on a developer machine, but fail in CI (`CI=true`), so they cannot silently vanish.
@Suite(
    "Markdown exports through pandoc -f gfm",
    .enabled(if: Pandoc.isAvailable || ProcessInfo.processInfo.environment["CI"] == "true", "pandoc is not installed"))
struct MarkdownRenderingTests {
    @Test("The project list keeps one table per priority group with the right rows and columns")
    func projectList() throws {
        let evaluation = Evaluation(try Fixtures.coesfeld())
        let tables = try Pandoc.tables(in: ProjectListRenderer(ExportContext(evaluation: evaluation)).markdown())
        let groups = evaluation.workspace.prioritisation.groups
        let overridden = evaluation.priorities.values.filter(\.isOverridden).count
        // The groups, the overrides, then stability and agreement.
        #expect(tables.count == groups.count + (overridden > 0 ? 1 : 0) + 2)
        for (group, table) in zip(groups, tables) {
            #expect(table.columns == 7)
            #expect(table.header == ["Nr.", "Projekt", "Themenfeld", "Relevanz", "Potenzial", "Punkte", "Ideen"])
            #expect(table.rows.count == evaluation.priorities.values.filter { $0.group == group }.count)
            #expect(table.rows.allSatisfy { $0.count == 7 })
        }
        #expect(tables.dropLast(2).last?.rows.first?.first == "P6")
        let stability = try #require(tables.dropLast().last)
        #expect(stability.header == ["Nr.", "Regel", "Kleinste Gewichtsänderung", "Kleinste Schwellenänderung", "Gewichte ±20\u{00A0}%"])
        #expect(stability.rows.count == evaluation.workspace.projects.count)
        #expect(stability.rows.allSatisfy { $0.count == 5 })
        let agreement = try #require(tables.last)
        #expect(agreement.rows.count == evaluation.workspace.criteria.count)
        #expect(agreement.rows.allSatisfy { $0.count == 6 })
    }

    @Test("The budget tables have 7 projects, the total and the shares in 4 columns; the cost by year adds up to the total")
    func budget() throws {
        let evaluation = Evaluation(try Fixtures.coesfeld())
        let tables = try Pandoc.tables(in: BudgetRenderer(ExportContext(evaluation: evaluation)).markdown())
        #expect(tables.count == 3)
        for table in tables.prefix(2) {
            #expect(table.columns == 4)
            #expect(table.rows.count == 9)
        }
        #expect(tables[2].header == ["Jahr", "investiv", "konsumtiv", "gesamt"])
        #expect(tables[2].rows.map { $0[0] } == ["2022", "2023", "2024", "2025", "Summe"])
        #expect(tables[2].rows.last == ["Summe", "4.897.800,00\u{A0}€", "3.265.500,00\u{A0}€", "8.163.300,00\u{A0}€"])
        #expect(tables[0].rows[7] == ["Summe", "4,90", "3,27", "8,16"])
        #expect(tables[0].rows[8] == ["Anteil", "60,0\u{A0}%", "40,0\u{A0}%", "100,0\u{A0}%"])
        #expect(tables[1].rows[0] == ["Raum für smarte Arbeit (P14)", "35.200,00\u{A0}€", "325.500,00\u{A0}€", "360.700,00\u{A0}€"])
    }

    @Test("Every brief renders; its assessment table has a row per criterion and group")
    func briefs() throws {
        let workspace = try Fixtures.coesfeld()
        let renderer = BriefRenderer(ExportContext(evaluation: Evaluation(workspace)))
        for project in workspace.projects.prefix(5) {
            let tables = try Pandoc.tables(in: renderer.markdown(for: project))
            let assessment = try #require(tables.first { $0.header.first == "Kriterium" })
            #expect(assessment.rows.count == workspace.criteria.count + 2)
            #expect(assessment.rows.allSatisfy { $0.count == 6 })
        }
    }

    /// Runs the README's command on a folder of exports, as a reader would.
    private func convert(_ folder: URL, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pandoc"] + arguments
        process.currentDirectoryURL = folder
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "pandoc \(arguments.joined(separator: " "))")
    }

    @Test("The README's pandoc command: title, date and language, line breaks in cells, fitted widths, links to .docx")
    func pandocCommand() throws {
        let folder = try TemporaryFolder()
        let evaluation = Evaluation(try Fixtures.coesfeld())
        for file in ExportSet.render(evaluation, stamp: ExportStamp(evaluation, files: try Fixtures.coesfeldFiles())) {
            let url = folder.url.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: url)
        }
        let filter = Fixtures.packageRoot.appendingPathComponent("Scripts/pandoc/workshop.lua").path
        // What the filter makes of index.md: the title, the stamp as date, no <br> left, widths from the content.
        try convert(folder.url, ["-f", "gfm", "--lua-filter", filter, "-M", "lang=de", "-s", "-t", "json", "index.md", "-o", "index.json"])
        let ast = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.url.appendingPathComponent("index.json"))) as? [String: Any])
        let meta = try #require(ast["meta"] as? [String: Any])
        func metaText(_ key: String) -> String? {
            ((meta[key] as? [String: Any])?["c"] as? [Any]).map { Pandoc.text($0) } ?? ((meta[key] as? [String: Any])?["c"] as? String)
        }
        #expect(metaText("title") == "Coesfeld 12.0 – Im Kreis gemeinsam digital")
        #expect(metaText("date")?.hasPrefix("Stand: 14.09.2023 · Arbeitsstand ") == true)
        #expect(metaText("lang") == "de")
        #expect(Pandoc.rawInlines(in: ast).isEmpty)
        #expect(Pandoc.inlineKinds(in: ast).contains("LineBreak"))
        #expect(Pandoc.blocks(in: ast).filter { $0["t"] as? String == "Header" }.allSatisfy { (($0["c"] as? [Any])?.first as? Int ?? 0) >= 1 })
        let tables = Pandoc.blocks(in: ast).filter { $0["t"] as? String == "Table" }
        #expect(!tables.isEmpty)
        for table in tables {
            let specs = ((table["c"] as? [Any])?[2] as? [Any]) ?? []
            let widths = specs.compactMap { (($0 as? [Any])?[1] as? [String: Any])?["c"] as? Double }
            #expect(widths.count == specs.count, "a column kept ColWidthDefault")
            #expect(abs(widths.reduce(0, +) - 1) < 0.001)
        }

        // The whole command, to .docx, read back by pandoc's docx reader.
        try convert(folder.url, [
            "-f", "gfm", "--lua-filter", filter, "--reference-doc", "paper.docx", "-M", "lang=de", "project-list.md", "-o", "projektliste.docx",
        ])
        try convert(folder.url, ["-f", "docx", "-t", "json", "projektliste.docx", "-o", "back.json"])
        let back = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.url.appendingPathComponent("back.json"))) as? [String: Any])
        let links = Pandoc.links(in: back).map(\.target)
        #expect(links.contains("briefs/P19.docx") && !links.contains { $0.hasSuffix(".md") })
        let groups = Pandoc.tables(in: back).filter { $0.header.prefix(2) == ["Nr.", "Projekt"] }
        #expect(groups.count == 3)
        #expect(groups.first?.rows.first?.last == "I\u{2011}VW\u{2011}01")
    }

    static let hostileTitles = [
        "Pipes | in | title",
        "<script>alert('x')</script>",
        "`unbalanced backtick",
        "# not a heading",
        "1. not a list",
        "- not a list either",
        "line one\nline two\r\nline three",
        "**not bold** _not emphasis_ ~~not struck~~",
        "[not a link](http://example.com) ![no image](x.png)",
        "$x^2$ no math & no &amp; entity",
        "emoji 👩‍👩‍👧 and combining é",
        "=HYPERLINK(\"http://evil.example\",\"click\")",
        String(repeating: "long ", count: 2000),
    ]

    @Test("Hostile idea and project titles cannot change the layout and read back as written")
    func hostileTitles() throws {
        var workspace = Fixtures.small()
        workspace.projects = Self.hostileTitles.enumerated().map { offset, title in
            Project(id: ProjectID("P\(offset + 1)"), title: title, theme: "mobility", summary: title, ideas: ["I-1"])
        }
        let context = ExportContext(evaluation: Evaluation(workspace))
        let markdown = ProjectListRenderer(context).markdown()
        let document = try Pandoc.ast(markdown)
        let tables = Pandoc.tables(in: document)
        // The group tables; stability and agreement follow with other columns.
        let rows = tables.filter { $0.columns == 7 }.flatMap(\.rows)
        #expect(rows.count == Self.hostileTitles.count)
        #expect(rows.allSatisfy { $0.count == 7 })
        let expected = Set(Self.hostileTitles.map { title in
            title.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n")
        })
        #expect(Set(rows.map { $0[1] }) == expected)
        // No HTML, code, math, emphasis, images or links came from user text: only the id links,
        // the chart the toolkit made, and <br>.
        let kinds = Pandoc.inlineKinds(in: document)
        #expect(kinds.isDisjoint(with: ["Code", "Math", "Emph", "Strikeout"]), "\(kinds)")
        #expect(Pandoc.targets(of: "Image", in: document) == ["charts/portfolio.svg"])
        // GFM turns a bare URL in a title into a link that shows the URL itself (as GitHub does);
        // every other link is the toolkit's own, to a brief.
        for link in Pandoc.links(in: document) where !link.target.hasPrefix("briefs/P") {
            #expect(link.text == link.target, "user text made a link: \(link)")
        }
        #expect(Pandoc.rawInlines(in: document).allSatisfy { $0 == "<br>" })
        #expect(Pandoc.blockKinds(in: document).isDisjoint(with: ["RawBlock", "CodeBlock", "OrderedList", "BlockQuote"]))

        for project in workspace.projects {
            let brief = try Pandoc.ast(BriefRenderer(context).markdown(for: project))
            // Title, summary, benefit, challenges, assessment, origin of the ideas: no heading from user text.
            let headers = Pandoc.blocks(in: brief).filter { $0["t"] as? String == "Header" }
            #expect(headers.count == 6, "the brief of \(project.id) has \(headers.count) headings")
            #expect(Pandoc.rawInlines(in: brief).allSatisfy { $0 == "<br>" })
        }
    }
}

/// Runs pandoc and reads its JSON syntax tree.
enum Pandoc {
    static let isAvailable: Bool = (try? run(["--version"], input: "")) != nil

    struct Table {
        var header: [String]
        var rows: [[String]]
        var columns: Int
    }

    static func run(_ arguments: [String], input: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pandoc"] + arguments
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        let writer = Thread { stdin.fileHandleForWriting.write(Data(input.utf8)); try? stdin.fileHandleForWriting.close() }
        writer.start()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw PandocFailed(status: process.terminationStatus) }
        return data
    }

    struct PandocFailed: Error {
        var status: Int32
    }

    static func ast(_ markdown: String) throws -> [String: Any] {
        let data = try run(["-f", "gfm", "-t", "json"], input: markdown)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func tables(in markdown: String) throws -> [Table] { tables(in: try ast(markdown)) }

    static func tables(in document: [String: Any]) -> [Table] {
        blocks(in: document).compactMap { block in
            guard block["t"] as? String == "Table", let c = block["c"] as? [Any], c.count == 6 else { return nil }
            let colspecs = (c[2] as? [Any])?.count ?? 0
            let headRows = ((c[3] as? [Any])?[1] as? [Any]) ?? []
            let bodies = (c[4] as? [Any]) ?? []
            let bodyRows = bodies.flatMap { body -> [Any] in ((body as? [Any])?[3] as? [Any]) ?? [] }
            return Table(header: headRows.first.map(cells) ?? [], rows: bodyRows.map(cells), columns: colspecs)
        }
    }

    private static func cells(_ row: Any) -> [String] {
        guard let row = row as? [Any], row.count == 2, let cells = row[1] as? [Any] else { return [] }
        return cells.map { cell in
            guard let cell = cell as? [Any], cell.count == 5, let blocks = cell[4] as? [Any] else { return "" }
            return blocks.compactMap { ($0 as? [String: Any])?["c"] as? [Any] }.map(text).joined(separator: "\n")
        }
    }

    /// The text of a list of inlines: line breaks and `<br>` as "\n".
    static func text(_ inlines: [Any]) -> String {
        inlines.map { item -> String in
            guard let inline = item as? [String: Any], let kind = inline["t"] as? String else { return "" }
            let content = inline["c"]
            switch kind {
            case "Str": return content as? String ?? ""
            case "Space", "SoftBreak": return " "
            case "LineBreak": return "\n"
            case "RawInline": return ((content as? [Any])?[1] as? String) == "<br>" ? "\n" : "<raw>"
            case "Emph", "Strong", "Strikeout", "Underline", "SmallCaps", "Superscript", "Subscript":
                return text(content as? [Any] ?? [])
            case "Link", "Span": return text(((content as? [Any])?[1] as? [Any]) ?? [])
            case "Code": return (content as? [Any])?[1] as? String ?? ""
            default: return "<\(kind)>"
            }
        }.joined()
    }

    /// Every block, nested ones included.
    static func blocks(in document: [String: Any]) -> [[String: Any]] {
        var found: [[String: Any]] = []
        func walk(_ value: Any) {
            if let dictionary = value as? [String: Any] {
                if let kind = dictionary["t"] as? String, blockKinds.contains(kind) { found.append(dictionary) }
                dictionary.values.forEach(walk)
            } else if let array = value as? [Any] {
                array.forEach(walk)
            }
        }
        walk(document["blocks"] ?? [])
        return found
    }

    static let blockKinds: Set<String> = [
        "Plain", "Para", "LineBlock", "CodeBlock", "RawBlock", "BlockQuote", "OrderedList", "BulletList", "DefinitionList",
        "Header", "HorizontalRule", "Table", "Div", "Null",
    ]

    static func blockKinds(in document: [String: Any]) -> Set<String> { Set(blocks(in: document).compactMap { $0["t"] as? String }) }

    static func inlineKinds(in document: [String: Any]) -> Set<String> {
        var kinds = Set<String>()
        func walk(_ value: Any) {
            if let dictionary = value as? [String: Any] {
                if let kind = dictionary["t"] as? String, !blockKinds.contains(kind) { kinds.insert(kind) }
                dictionary.values.forEach(walk)
            } else if let array = value as? [Any] {
                array.forEach(walk)
            }
        }
        walk(document["blocks"] ?? [])
        return kinds
    }

    /// Every link's shown text and target.
    static func links(in document: [String: Any]) -> [(text: String, target: String)] {
        var links: [(text: String, target: String)] = []
        func walk(_ value: Any) {
            if let dictionary = value as? [String: Any] {
                if dictionary["t"] as? String == "Link", let c = dictionary["c"] as? [Any], c.count == 3,
                    let inlines = c[1] as? [Any], let target = (c[2] as? [Any])?.first as? String
                {
                    links.append((text(inlines), target))
                }
                dictionary.values.forEach(walk)
            } else if let array = value as? [Any] {
                array.forEach(walk)
            }
        }
        walk(document["blocks"] ?? [])
        return links
    }

    /// The targets of every link or image (`kind` "Link" or "Image").
    static func targets(of kind: String, in document: [String: Any]) -> [String] {
        var targets: [String] = []
        func walk(_ value: Any) {
            if let dictionary = value as? [String: Any] {
                if dictionary["t"] as? String == kind, let c = dictionary["c"] as? [Any], let target = c.last as? [Any],
                    let url = target.first as? String
                {
                    targets.append(url)
                }
                dictionary.values.forEach(walk)
            } else if let array = value as? [Any] {
                array.forEach(walk)
            }
        }
        walk(document["blocks"] ?? [])
        return targets
    }

    static func rawInlines(in document: [String: Any]) -> [String] {
        var raw: [String] = []
        func walk(_ value: Any) {
            if let dictionary = value as? [String: Any] {
                if dictionary["t"] as? String == "RawInline", let c = dictionary["c"] as? [Any], let text = c.last as? String { raw.append(text) }
                dictionary.values.forEach(walk)
            } else if let array = value as? [Any] {
                array.forEach(walk)
            }
        }
        walk(document["blocks"] ?? [])
        return raw
    }
}
