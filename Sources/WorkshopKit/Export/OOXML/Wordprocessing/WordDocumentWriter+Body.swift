/// The body of the committee paper: `word/document.xml`, built paragraph by paragraph.
extension WordDocumentWriter {
    struct Body {
        let writer: WordDocumentWriter
        private(set) var text: ByteWriter
        /// The charts in the order they appear; the n-th is related as `rIdChartn`.
        private(set) var charts: [WordChart] = []
        private var bookmarks: [String: String] = [:]
        private var bookmarkCount = 0

        /// Starts the document in `text`, a writer that may hand its bytes on as they come.
        init(writer: WordDocumentWriter, text: ByteWriter) {
            self.writer = writer
            self.text = text
            self.text.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"\(WordStyles.namespace)\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
                + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
                + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
                + "xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"><w:body>\n")
            // Every anchor gets its bookmark name up front, so links may point forward.
            var used = Set<String>()
            func name(for anchor: String) {
                var name = String(anchor.unicodeScalars.map { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) ? Character($0) : "_" })
                name = String(name.prefix(36))
                if name.first.map({ !$0.isLetter }) ?? true { name = "s" + name }
                var unique = name
                var counter = 1
                while used.contains(unique) {
                    counter += 1
                    unique = name + "_" + String(counter)
                }
                used.insert(unique)
                bookmarks[anchor] = unique
            }
            func visit(_ section: Document.Section) {
                name(for: section.anchor)
                section.subsections.forEach(visit)
            }
            writer.document.sections.forEach(visit)
        }

        /// Ends the document and hands on the rest of it; what `text` kept is the whole of it
        /// when it hands nothing on.
        mutating func end() {
            text.append("</w:body></w:document>\n")
            text.flush()
        }

        // MARK: Paragraphs and runs

        /// A run of text; spaces kept, line breaks inside become `w:br`.
        static func run(_ text: String, bold: Bool = false) -> String {
            var xml = ByteWriter()
            run(text, bold: bold, into: &xml)
            return xml.text
        }

        static func run(_ text: String, bold: Bool = false, into xml: inout ByteWriter) {
            xml.append(bold ? "<w:r><w:rPr><w:b/><w:bCs/></w:rPr>" : "<w:r>")
            var first = true
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if !first { xml.append("<w:br/>") }
                first = false
                xml.append("<w:t xml:space=\"preserve\">")
                xml.appendEscaped(String(line))
                xml.append("</w:t>")
            }
            xml.append("</w:r>")
        }

        /// A run that no line break may split: no-break spaces, and `w:noBreakHyphen` for hyphens.
        static func unbreakableRun(_ text: String, bold: Bool = false, style: String? = nil, into xml: inout ByteWriter) {
            xml.append("<w:r>")
            if style != nil || bold {
                xml.append("<w:rPr>")
                if let style {
                    xml.append("<w:rStyle w:val=\"")
                    xml.append(style)
                    xml.append("\"/>")
                }
                if bold { xml.append("<w:b/><w:bCs/>") }
                xml.append("</w:rPr>")
            }
            let text = text.replacingBytes(of: " ", with: Typography.noBreakSpace).replacingBytes(of: Typography.noBreakHyphen, with: "-")
            var first = true
            for piece in text.split(separator: "-", omittingEmptySubsequences: false) {
                if !first { xml.append("<w:noBreakHyphen/>") }
                first = false
                guard !piece.isEmpty else { continue }
                xml.append("<w:t xml:space=\"preserve\">")
                xml.appendEscaped(String(piece))
                xml.append("</w:t>")
            }
            xml.append("</w:r>")
        }

        /// The inlines as runs; links point to the bookmarks named in `bookmarks`.
        static func runs(_ inlines: [Document.Inline], bold: Bool = false, bookmarks: [String: String], into xml: inout ByteWriter) {
            for inline in inlines {
                switch inline {
                case .text(let text): Self.run(text, bold: bold, into: &xml)
                case .strong(let text): Self.run(text, bold: true, into: &xml)
                case .unbreakable(let text): Self.unbreakableRun(text, bold: bold, into: &xml)
                case .link(let text, let anchor, let unbreakable):
                    xml.append("<w:hyperlink w:anchor=\"")
                    xml.appendEscaped(bookmarks[anchor] ?? anchor)
                    xml.append("\" w:history=\"1\">")
                    if unbreakable {
                        Self.unbreakableRun(text, bold: bold, style: "Hyperlink", into: &xml)
                    } else {
                        xml.append(bold ? "<w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/><w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">"
                            : "<w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/></w:rPr><w:t xml:space=\"preserve\">")
                        xml.appendEscaped(text)
                        xml.append("</w:t></w:r>")
                    }
                    xml.append("</w:hyperlink>")
                case .lineBreak: xml.append("<w:r><w:br/></w:r>")
                }
            }
        }

        /// A paragraph in `style`; `properties` are further `w:pPr` children after the style.
        mutating func paragraph(style: String, _ inlines: [Document.Inline], properties: String = "", bold: Bool = false) {
            text.append("<w:p><w:pPr><w:pStyle w:val=\"")
            text.append(style)
            text.append("\"/>")
            text.append(properties)
            text.append("</w:pPr>")
            Self.runs(inlines, bold: bold, bookmarks: bookmarks, into: &text)
            text.append("</w:p>\n")
        }

        // MARK: Title page and sections

        /// Title, subtitle, stamp and the contents, each entry a link to its heading.
        mutating func titlePage() {
            let document = writer.document
            paragraph(style: "Title", [.text(document.title)])
            if let subtitle = document.subtitle { paragraph(style: "Subtitle", [.text(subtitle)]) }
            paragraph(style: "Date", [.text(document.stampLine)])
            paragraph(style: "TOCHeading", [.text(writer.labels.contents)])
            for section in document.sections {
                paragraph(style: "TOC1", [.link(section.title, anchor: section.anchor, unbreakable: false)])
                for subsection in section.subsections {
                    paragraph(style: "TOC2", [.link(subsection.title, anchor: subsection.anchor, unbreakable: false)])
                }
            }
        }

        /// A heading with its bookmark, then the blocks, then the subsections one level deeper.
        /// A section that starts a page does not when it opens a section that has just started one.
        mutating func write(_ section: Document.Section, level: Int, parentStartsPage: Bool) {
            let breaks = section.startsPage && !parentStartsPage
            bookmarkCount += 1
            text.append("<w:p><w:pPr><w:pStyle w:val=\"Heading")
            text.append(min(level, 4))
            text.append(breaks ? "\"/><w:pageBreakBefore/></w:pPr><w:bookmarkStart w:id=\"" : "\"/></w:pPr><w:bookmarkStart w:id=\"")
            text.append(bookmarkCount)
            text.append("\" w:name=\"")
            text.appendEscaped(bookmarks[section.anchor] ?? section.anchor)
            text.append("\"/>")
            Self.run(section.title, into: &text)
            text.append("<w:bookmarkEnd w:id=\"")
            text.append(bookmarkCount)
            text.append("\"/></w:p>\n")
            for block in section.blocks { write(block, heading: section.title) }
            for (index, subsection) in section.subsections.enumerated() {
                // The first subsection follows its parent's heading directly when the parent has no content.
                let follows = index == 0 && section.blocks.isEmpty && section.startsPage
                write(subsection, level: level + 1, parentStartsPage: follows)
            }
        }

        mutating func write(_ block: Document.Block, heading: String) {
            switch block {
            case .paragraph(let inlines): paragraph(style: "BodyText", inlines)
            case .note(let inlines): paragraph(style: "Note", inlines)
            case .list(let items): for item in items { paragraph(style: "ListBullet", item) }
            case .facts(let facts): write(facts)
            case .table(let table): write(table, caption: table.caption == heading ? nil : table.caption)
            case .figure(let figure): write(figure)
            }
        }

        // MARK: Tables

        /// `<w:tblGrid>` with a column per width.
        private mutating func grid(_ widths: [Int]) {
            text.append("<w:tblGrid>")
            for width in widths {
                text.append("<w:gridCol w:w=\"")
                text.append(width)
                text.append("\"/>")
            }
            text.append("</w:tblGrid>\n")
        }

        /// Label and value pairs as a table without rules: labels in bold, as wide as the widest.
        mutating func write(_ facts: [Document.Fact]) {
            let labelWidth = min(
                WordDocumentWriter.textWidth / 3,
                (facts.map { Int(TextMetrics.width($0.label, fontSize: 10, bold: true) * 20) }.max() ?? 0) + WordDocumentWriter.cellPadding + 60)
            let widths = [labelWidth, WordDocumentWriter.textWidth - labelWidth]
            text.append("<w:tbl><w:tblPr><w:tblW w:w=\"\(WordDocumentWriter.textWidth)\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>")
            text.append("<w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar>")
            text.append("<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>")
            grid(widths)
            for fact in facts {
                text.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
                openCell(width: widths[0])
                text.append("<w:p><w:pPr><w:pStyle w:val=\"Compact\"/></w:pPr>")
                Self.run(fact.label, bold: true, into: &text)
                text.append("</w:p></w:tc>")
                openCell(width: widths[1])
                text.append("<w:p><w:pPr><w:pStyle w:val=\"Compact\"/></w:pPr>")
                Self.runs(fact.value, bookmarks: bookmarks, into: &text)
                text.append("</w:p></w:tc>")
                text.append("</w:tr>\n")
            }
            text.append("</w:tbl>\n")
            paragraph(style: "Compact", [])
        }

        /// `<w:tc>` and its properties; the caller writes the paragraphs and `</w:tc>`.
        private mutating func openCell(width: Int, shading: String? = nil) {
            text.append("<w:tc><w:tcPr><w:tcW w:w=\"")
            text.append(width)
            text.append("\" w:type=\"dxa\"/>")
            if let shading {
                text.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"")
                text.append(shading)
                text.append("\"/>")
            }
            text.append("</w:tcPr>")
        }

        /// A table in the `Table` style: caption, header row repeated on every page, column
        /// widths fitted to the content, totals in bold.
        mutating func write(_ table: Document.Table, caption: String?) {
            if let caption { paragraph(style: "TableCaption", [.text(caption)]) }
            let widths = Self.columnWidths(table)
            text.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"Table\"/><w:tblW w:w=\"\(WordDocumentWriter.textWidth)\" w:type=\"dxa\"/>")
            text.append("<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"0420\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" ")
            text.append("w:noHBand=\"1\" w:noVBand=\"1\"/><w:tblCaption w:val=\"")
            text.appendEscaped(table.caption)
            text.append("\"/></w:tblPr>")
            grid(widths)
            text.append("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>")
            for (column, width) in zip(table.columns, widths) {
                openCell(width: width, shading: "E4EAF1")
                cellParagraph([.text(column.title)], column: column, bold: true)
                text.append("</w:tc>")
            }
            text.append("</w:tr>\n")
            for row in table.rows {
                text.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
                for (index, (column, width)) in zip(table.columns, widths).enumerated() {
                    openCell(width: width)
                    cellParagraph(index < row.cells.count ? row.cells[index].content : [], column: column, bold: row.isTotal)
                    text.append("</w:tc>")
                }
                text.append("</w:tr>\n")
            }
            text.append("</w:tbl>\n")
            paragraph(style: "Compact", [])
        }

        private mutating func cellParagraph(_ inlines: [Document.Inline], column: Document.Table.Column, bold: Bool) {
            text.append(column.alignment == .right ? "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/><w:jc w:val=\"right\"/></w:pPr>" : "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr>")
            Self.runs(inlines, bold: bold, bookmarks: bookmarks, into: &text)
            text.append("</w:p>")
        }

        /// Each column at least as wide as its widest word or unbreakable amount, sharing the
        /// rest of the text width by how much longer its lines are.
        static func columnWidths(_ table: Document.Table) -> [Int] {
            var minimum = table.columns.map { measure([.text($0.title)], bold: true).minimum }
            var preferred = table.columns.map { measure([.text($0.title)], bold: true).preferred }
            for row in table.rows {
                for (index, cell) in row.cells.enumerated() where index < minimum.count {
                    let size = measure(cell.content, bold: row.isTotal)
                    minimum[index] = max(minimum[index], size.minimum)
                    preferred[index] = max(preferred[index], size.preferred)
                }
            }
            return ColumnWidths.fit(minimum: minimum, preferred: preferred, available: WordDocumentWriter.textWidth)
        }

        /// The widest unbreakable piece and the longest line of a cell, in twips with padding.
        static func measure(_ inlines: [Document.Inline], bold: Bool) -> (minimum: Int, preferred: Int) {
            func twips(_ text: String) -> Double {
                TextMetrics.width(text, fontSize: WordDocumentWriter.tableFontSize, bold: bold) * 20 * WordDocumentWriter.arialWidth
            }
            var widest = 0.0
            var lines = [0.0]
            for inline in inlines {
                switch inline {
                case .lineBreak:
                    lines.append(0)
                case .unbreakable(let text), .link(let text, _, true):
                    widest = max(widest, twips(text))
                    lines[lines.count - 1] += twips(text)
                case .text(let text), .strong(let text), .link(let text, _, false):
                    for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) { widest = max(widest, twips(String(word))) }
                    lines[lines.count - 1] += twips(text)
                }
            }
            let padding = Double(WordDocumentWriter.cellPadding) + 30
            return (Int(widest + padding), Int((lines.max() ?? 0) + padding))
        }

        // MARK: Figures

        /// A native chart and its caption; a figure without chart data is left out.
        mutating func write(_ figure: Document.Figure) {
            guard let chart = figure.chart else { return }
            let wordChart = WordChart(chart: chart, language: writer.document.language, stamp: writer.stamp)
            charts.append(wordChart)
            let id = charts.count
            let size = wordChart.size
            text.append("<w:p><w:pPr><w:pStyle w:val=\"Figure\"/></w:pPr><w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
                + "<wp:extent cx=\"\(size.width)\" cy=\"\(size.height)\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
                + "<wp:docPr id=\"\(id)\" name=\"\(XMLText.escaped(chart.title))\" descr=\"\(XMLText.escaped(figure.description))\"/>"
                + "<wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri=\"\(WordChart.namespace)\"><c:chart r:id=\"rIdChart\(id)\"/>"
                + "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>\n")
            paragraph(style: "ImageCaption", [.text(figure.caption)])
        }

        // MARK: Page

        /// A4 portrait with the running header and footer.
        mutating func sectionProperties() {
            text.append("<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId4\"/><w:footerReference w:type=\"default\" r:id=\"rId5\"/>"
                + "<w:pgSz w:w=\"\(WordDocumentWriter.pageWidth)\" w:h=\"\(WordDocumentWriter.pageHeight)\"/>"
                + "<w:pgMar w:top=\"1417\" w:right=\"\(WordDocumentWriter.sideMargin)\" w:bottom=\"1134\" w:left=\"\(WordDocumentWriter.sideMargin)\" "
                + "w:header=\"709\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>")
        }
    }
}
