/// Writes a `Document` as WordprocessingML (ECMA-376 Part 1): the committee paper
/// `paper.docx`, which Word and LibreOffice open.
///
/// - A4 portrait (11906 × 16838 twips), 2 cm side margins; German (or English) as the
///   document language (`w:lang`, `dc:language`), the title in the document properties.
/// - A title page with the title, the subtitle, the stamp ("Stand: …") and the contents as
///   links; every chapter starts a page, each brief of the appendix too.
/// - Real heading styles (`heading 1`–`4`, with outline levels), so the navigation pane and a
///   table of contents see them; a running header with the title and the stamp's date, and
///   "Seite X von Y" in the footer.
/// - Tables with a caption, a header row repeated on every page, rows that do not split, and
///   column widths fitted to their content (`ColumnWidths`): no word broken while there is
///   room, and amounts and ids never (no-break spaces and `w:noBreakHyphen`).
/// - Charts as native DrawingML charts with their data embedded (`WordChart`), not pictures.
///
/// Pure: the same document and stamp give the same bytes (every ZIP entry carries the stamp's date).
public struct WordDocumentWriter: Sendable {
    public static let path = "paper.docx"

    public let document: Document
    public let labels: Labels
    public let stamp: ExportStamp

    public init(_ document: Document, labels: Labels, stamp: ExportStamp) {
        self.document = document
        self.labels = labels
        self.stamp = stamp
    }

    // MARK: Page geometry, in twips (1/20 pt)

    static let pageWidth = 11906
    static let pageHeight = 16838
    static let sideMargin = 1134
    /// The width of the text: the page less both side margins, 17 cm.
    static let textWidth = pageWidth - 2 * sideMargin
    /// Table text is 9 pt; cells have 57 twips (1 mm) of padding on each side.
    static let tableFontSize = 9.0
    static let cellPadding = 2 * 57
    /// Arial and Liberation Sans run about a tenth narrower than `TextMetrics` estimates
    /// (which it pitches at DejaVu Sans); widths are measured with this factor and a little slack.
    static let arialWidth = 0.9

    /// The `.docx` file.
    public func docx() -> [UInt8] {
        // The body, the bulk of the file, is deflated as it is written, never held whole.
        var stream = Deflate.Stream()
        let written = body(ByteWriter { stream.write($0) })
        let compressed = stream.finish()
        let charts = written.charts
        var package = OOXMLPackage()
        let main = "word/document.xml"
        // Stored where deflate does not shrink it, as ZipArchive stores such an entry: then written again, whole.
        let entry =
            compressed.count < stream.count
            ? ZipArchive.Entry(path: main, method: 8, checksum: stream.checksum.value, size: stream.count, data: compressed)
            : ZipArchive.entry(main, self.body(ByteWriter()).text.bytes)
        package.addMain(contentType: Self.contentType("document.main"), entry: entry)
        var relationships: [OOXMLPackage.Relationship] = [
            .init(id: "rId1", type: OOXMLPackage.relationship("styles"), target: "styles.xml"),
            .init(id: "rId2", type: OOXMLPackage.relationship("settings"), target: "settings.xml"),
            .init(id: "rId3", type: OOXMLPackage.relationship("numbering"), target: "numbering.xml"),
            .init(id: "rId4", type: OOXMLPackage.relationship("header"), target: "header1.xml"),
            .init(id: "rId5", type: OOXMLPackage.relationship("footer"), target: "footer1.xml"),
        ]
        for index in charts.indices {
            relationships.append(.init(id: "rIdChart\(index + 1)", type: OOXMLPackage.relationship("chart"), target: "charts/chart\(index + 1).xml"))
        }
        package.addRelationships(of: main, relationships)
        package.add("word/styles.xml", contentType: Self.contentType("styles"), xml: WordStyles.styles(language: document.language))
        package.add("word/settings.xml", contentType: Self.contentType("settings"), xml: WordStyles.settings(language: document.language))
        package.add("word/numbering.xml", contentType: Self.contentType("numbering"), xml: WordStyles.numbering)
        package.add("word/header1.xml", contentType: Self.contentType("header"), xml: header)
        package.add("word/footer1.xml", contentType: Self.contentType("footer"), xml: footer)
        for (index, chart) in charts.enumerated() {
            let path = "word/charts/chart\(index + 1).xml"
            package.add(path, contentType: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml", xml: chart.xml)
            let embedded = "word/embeddings/Microsoft_Excel_Worksheet\(index + 1).xlsx"
            package.add(embedded, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes: chart.workbook.xlsx())
            package.addRelationships(of: path, [
                .init(id: "rId1", type: OOXMLPackage.relationship("package"), target: "../embeddings/Microsoft_Excel_Worksheet\(index + 1).xlsx"),
            ])
        }
        package.addProperties(
            title: document.title, subject: document.stampLine, language: document.language, stamp: stamp, application: "WorkshopKit")
        return package.zipped(date: stamp.day)
    }

    /// `word/document.xml` written into `output`: the title page, the sections, the closing note.
    private func body(_ output: ByteWriter) -> Body {
        var body = Body(writer: self, text: output)
        body.titlePage()
        for section in document.sections { body.write(section, level: 1, parentStartsPage: false) }
        body.paragraph(style: "Note", [.text(document.note)])
        body.sectionProperties()
        body.end()
        return body
    }

    static func contentType(_ part: String) -> String { "application/vnd.openxmlformats-officedocument.wordprocessingml.\(part)+xml" }

    /// The running header: the title on the left, "Stand: …" on the right.
    private var header: String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:hdr xmlns:w=\"\(WordStyles.namespace)\">"
            + "<w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr>\(Body.run(document.title))<w:r><w:tab/></w:r>\(Body.run(document.stampDate))</w:p></w:hdr>"
    }

    /// The footer: "Seite 3 von 41", from the PAGE and NUMPAGES fields.
    private var footer: String {
        func field(_ name: String) -> String {
            "<w:fldSimple w:instr=\" \(name) \"><w:r><w:t>1</w:t></w:r></w:fldSimple>"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:ftr xmlns:w=\"\(WordStyles.namespace)\">"
            + "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>\(Body.run(labels.page + " "))\(field("PAGE"))\(Body.run(" " + labels.pageOf + " "))\(field("NUMPAGES"))</w:p></w:ftr>"
    }
}
