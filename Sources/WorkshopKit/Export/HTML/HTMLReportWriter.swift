/// Writes a `Document` as one self-contained web page: `report.html`.
///
/// - Self-contained: the style sheet and a small script are inline, charts are inline SVG;
///   nothing is loaded from the network, no web fonts, and every link points inside the page.
/// - Accessible as BITV 2.0 / WCAG 2.1 AA asks: `lang` from the workspace, a skip link, one
///   `h1` and nested headings, tables with `<caption>`, `<th scope>` for columns and rows,
///   charts as `role="img"` with a text alternative (their figures are in a table too), text
///   contrast of at least 7:1, visible focus, and controls usable by keyboard.
/// - Works without JavaScript: every table is there, in order. With it, the project tables
///   sort by their column buttons and filter by priority group, theme and status.
/// - Prints on A4 (`ReportStyleSheet`): running header with title and "Stand", page numbers,
///   header rows repeated on every page, each brief on a page of its own.
/// - Well-formed XML as well as HTML, so it parses with any XML parser.
///
/// Pure: the same document gives the same bytes.
public struct HTMLReportWriter: Sendable {
    public static let path = "report.html"

    public let document: Document
    public let labels: Labels

    public init(_ document: Document, labels: Labels) {
        self.document = document
        self.labels = labels
    }

    /// The page, UTF-8 text ending in a line break.
    public func html() -> String { String(decoding: bytes(), as: UTF8.self) }

    /// The page as UTF-8 bytes.
    public func bytes() -> [UInt8] {
        var text = ByteWriter()
        write(into: &text)
        return text.bytes
    }

    /// Writes the page into `text`, which may hand it on as it comes.
    func write(into text: inout ByteWriter) {
        var page = Page(text)
        write(into: &page)
        text = page.text
    }

    /// Writes the page into `page`.
    func write(into page: inout Page) {
        let language = document.language.rawValue
        page.line("<!DOCTYPE html>")
        page.line("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\(language)\" xml:lang=\"\(language)\">")
        page.line("<head>")
        page.line("<meta charset=\"utf-8\"/>")
        page.line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
        page.line("<meta name=\"generator\" content=\"WorkshopKit\"/>")
        page.line("<title>\(e(document.title)) – \(e(document.stampDate))</title>")
        page.line("<style>/*<![CDATA[*/")
        page.line(ReportStyleSheet.css(title: document.title, stampDate: document.stampDate, page: labels.page, of: labels.pageOf))
        page.line("/*]]>*/</style>")
        page.line("</head>")
        page.line("<body>")
        page.line("<a class=\"skip-link\" href=\"#content\">\(e(labels.skipToContent))</a>")
        page.line("<header class=\"document-header\">")
        page.line("<h1>\(e(document.title))</h1>")
        if let subtitle = document.subtitle { page.line("<p class=\"subtitle\">\(e(subtitle))</p>") }
        page.line("<p class=\"stamp\">\(e(document.stampLine))</p>")
        contents(&page)
        page.line("</header>")
        page.line("<main id=\"content\" tabindex=\"-1\">")
        for section in document.sections { write(section, level: 2, into: &page) }
        page.line("</main>")
        page.line("<footer class=\"document-footer\"><p>\(e(document.note))</p><p>\(e(document.stampLine))</p></footer>")
        page.line("<script>//<![CDATA[")
        page.line(ReportScript.javaScript)
        page.line("//]]></script>")
        page.line("</body>")
        page.line("</html>")
    }

    /// The page text and a counter for ids that must be unique.
    struct Page {
        var text: ByteWriter
        private var counter = 0

        init(_ text: ByteWriter = ByteWriter()) {
            self.text = text
        }

        mutating func line(_ line: String) {
            text.append(line)
            text.append(byte: UInt8(ascii: "\n"))
        }

        mutating func append(_ part: String) { text.append(part) }

        /// Text escaped for the page.
        mutating func escaped(_ part: String) { text.appendEscaped(part) }

        mutating func nextID(_ prefix: String) -> String {
            counter += 1
            return "\(prefix)-\(counter)"
        }
    }

    private func e(_ text: String) -> String { XMLText.escaped(text) }

    // MARK: Contents

    /// The table of contents: the sections and their first level of subsections.
    private func contents(_ page: inout Page) {
        page.line("<nav class=\"contents\" aria-labelledby=\"contents-title\">")
        page.line("<h2 id=\"contents-title\">\(e(labels.contents))</h2>")
        page.line("<ol>")
        for section in document.sections {
            var item = "<li><a href=\"#\(e(section.anchor))\">\(e(section.title))</a>"
            if !section.subsections.isEmpty {
                item += "<ol>" + section.subsections.map { "<li><a href=\"#\(e($0.anchor))\">\(e($0.title))</a></li>" }.joined() + "</ol>"
            }
            page.line(item + "</li>")
        }
        page.line("</ol>")
        page.line("</nav>")
    }

    // MARK: Sections and blocks

    private func write(_ section: Document.Section, level: Int, into page: inout Page) {
        let heading = min(level, 6)
        let classes = section.startsPage ? " class=\"page-start\"" : ""
        page.line("<section id=\"\(e(section.anchor))\"\(classes) aria-labelledby=\"\(e(section.anchor))-title\">")
        page.line("<h\(heading) id=\"\(e(section.anchor))-title\">\(e(section.title))</h\(heading)>")
        for block in section.blocks { write(block, heading: section.title, into: &page) }
        // The filter controls go before the first subsection holding a filterable table.
        let filtered = section.subsections.flatMap(\.blocks).compactMap { block -> Document.Table? in
            if case .table(let table) = block, !table.filters.isEmpty { return table }
            return nil
        }
        if !filtered.isEmpty { filters(filtered, into: &page) }
        for subsection in section.subsections { write(subsection, level: level + 1, into: &page) }
        page.line("</section>")
    }

    /// - Parameter heading: the section's title; a table caption saying the same is only for screen readers.
    private func write(_ block: Document.Block, heading: String, into page: inout Page) {
        switch block {
        case .paragraph(let inlines):
            page.append("<p>")
            inline(inlines, into: &page)
            page.line("</p>")
        case .note(let inlines):
            page.append("<p class=\"note\">")
            inline(inlines, into: &page)
            page.line("</p>")
        case .list(let items):
            page.line("<ul>")
            for item in items {
                page.append("<li>")
                inline(item, into: &page)
                page.line("</li>")
            }
            page.line("</ul>")
        case .facts(let facts):
            page.line("<dl class=\"facts\">")
            for fact in facts {
                page.append("<div><dt>")
                page.escaped(fact.label)
                page.append("</dt><dd>")
                inline(fact.value, into: &page)
                page.line("</dd></div>")
            }
            page.line("</dl>")
        case .table(let table):
            write(table, hidingCaption: table.caption == heading, into: &page)
        case .figure(let figure):
            write(figure, into: &page)
        }
    }

    private func inline(_ inlines: [Document.Inline], into page: inout Page) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                page.escaped(text)
            case .strong(let text):
                page.append("<strong>")
                page.escaped(text)
                page.append("</strong>")
            case .unbreakable(let text):
                page.append("<span class=\"nb\">")
                page.escaped(text)
                page.append("</span>")
            case .link(let text, let anchor, let unbreakable):
                page.append("<a href=\"#")
                page.escaped(anchor)
                page.append(unbreakable ? "\" class=\"nb\">" : "\">")
                page.escaped(text)
                page.append("</a>")
            case .lineBreak:
                page.append("<br/>")
            }
        }
    }

    private func write(_ table: Document.Table, hidingCaption: Bool, into page: inout Page) {
        let id = page.nextID("table")
        var attributes = "class=\"data\""
        if table.columns.contains(where: \.sortable) { attributes += " data-sortable=\"true\"" }
        if !table.filters.isEmpty { attributes += " data-filterable=\"true\"" }
        // A region that scrolls sideways on a narrow screen; focusable, so a keyboard can scroll it.
        page.line("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"\(id)-caption\">")
        page.line("<table id=\"\(id)\" \(attributes)>")
        page.line("<caption id=\"\(id)-caption\"\(hidingCaption ? " class=\"visually-hidden\"" : "")>\(e(table.caption))</caption>")
        page.line("<thead>")
        var head = "<tr>"
        for column in table.columns {
            var cell = "<th scope=\"col\""
            if column.alignment == .right { cell += " class=\"num\"" }
            if column.sortable { cell += " data-sort=\"\(column.numeric ? "number" : "text")\"" }
            head += cell + ">\(e(column.title))</th>"
        }
        page.line(head + "</tr>")
        page.line("</thead>")
        page.line("<tbody>")
        for row in table.rows {
            page.append(row.isTotal ? "<tr class=\"total\"" : "<tr")
            for (dimension, value) in zip(table.filters, row.filters) {
                page.append(" data-")
                page.escaped(dimension.key)
                page.append("=\"")
                page.escaped(value)
                page.append("\"")
            }
            page.append(">")
            for (index, column) in table.columns.enumerated() {
                let cell = index < row.cells.count ? row.cells[index] : Document.Table.Cell([])
                page.append(index == 0 ? "<th scope=\"row\"" : "<td")
                if column.alignment == .right { page.append(" class=\"num\"") }
                if let key = cell.sortKey {
                    page.append(" data-sort=\"")
                    page.escaped(key)
                    page.append("\"")
                }
                page.append(">")
                inline(cell.content, into: &page)
                page.append(index == 0 ? "</th>" : "</td>")
            }
            page.line("</tr>")
        }
        page.line("</tbody>")
        page.line("</table>")
        page.line("</div>")
    }

    private func write(_ figure: Document.Figure, into page: inout Page) {
        page.line("<figure id=\"\(e(figure.anchor))\" class=\"chart\">")
        if let svg = figure.svg { page.line(Self.inlined(svg, label: figure.description)) }
        page.line("<figcaption>\(e(figure.caption))</figcaption>")
        page.line("</figure>")
    }

    /// An SVG document as an element of the page: without its XML declaration, as an image
    /// with `label` as its text alternative.
    static func inlined(_ svg: String, label: String) -> String {
        var lines = svg.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.first?.hasPrefix("<?xml") == true { lines.removeFirst() }
        while lines.last == "" { lines.removeLast() }
        if let index = lines.firstIndex(where: { $0.hasPrefix("<svg ") }) {
            lines[index] = "<svg role=\"img\" aria-label=\"\(XMLText.escaped(label))\" " + lines[index].dropFirst(5)
        }
        return lines.joined(separator: "\n")
    }

    /// The filter controls: one list per dimension with the values the tables hold. Hidden
    /// until the script shows them, so a page without JavaScript shows no dead controls.
    private func filters(_ tables: [Document.Table], into page: inout Page) {
        guard let dimensions = tables.first?.filters else { return }
        page.line("<form class=\"filters\" hidden=\"hidden\" action=\"#\">")
        page.line("<fieldset>")
        page.line("<legend>\(e(labels.filterTitle))</legend>")
        for (index, dimension) in dimensions.enumerated() {
            var values: [String] = []
            for table in tables {
                for row in table.rows where index < row.filters.count && !values.contains(row.filters[index]) {
                    values.append(row.filters[index])
                }
            }
            let id = "filter-\(dimension.key)"
            var select = "<label for=\"\(e(id))\">\(e(dimension.title))</label> "
            select += "<select id=\"\(e(id))\" data-filter=\"\(e(dimension.key))\"><option value=\"\">\(e(labels.filterAll))</option>"
            select += values.map { "<option value=\"\(e($0))\">\(e($0))</option>" }.joined() + "</select>"
            page.line("<span class=\"filter\">\(select)</span>")
        }
        page.line("<p class=\"filter-status\" role=\"status\" aria-live=\"polite\" data-label=\"\(e(labels.filterShown))\"></p>")
        page.line("<p class=\"note\">\(e(labels.sortHint))</p>")
        page.line("</fieldset>")
        page.line("</form>")
    }
}
