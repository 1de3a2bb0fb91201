/// Writes a workbook as SpreadsheetML (ECMA-376 Part 1, "Office Open XML"): the `.xlsx` that
/// Excel and LibreOffice open, zipped by `OOXMLPackage`.
extension Workbook {
    /// The `.xlsx` file's bytes; the same workbook always gives the same bytes.
    func xlsx() -> [UInt8] {
        var strings = SharedStrings()
        // Each sheet compressed as soon as it is written, so that no two sheets' XML are held at once.
        let worksheets = sheets.enumerated().map { index, sheet in
            ZipArchive.entry("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet, selected: index == 0, strings: &strings))
        }

        var package = OOXMLPackage()
        package.addMain("xl/workbook.xml", contentType: Self.contentType("sheet.main"), xml: workbookXML())
        var relationships = sheets.indices.map { index in
            OOXMLPackage.Relationship(id: "rId\(index + 1)", type: OOXMLPackage.relationship("worksheet"), target: "worksheets/sheet\(index + 1).xml")
        }
        relationships.append(.init(id: "rId\(sheets.count + 1)", type: OOXMLPackage.relationship("styles"), target: "styles.xml"))
        relationships.append(.init(id: "rId\(sheets.count + 2)", type: OOXMLPackage.relationship("sharedStrings"), target: "sharedStrings.xml"))
        package.addRelationships(of: "xl/workbook.xml", relationships)
        package.add("xl/styles.xml", contentType: Self.contentType("styles"), xml: stylesXML())
        package.add("xl/sharedStrings.xml", contentType: Self.contentType("sharedStrings"), bytes: strings.xml)
        for entry in worksheets { package.add(contentType: Self.contentType("worksheet"), entry: entry) }
        package.addProperties(title: title, subject: stampLine, language: language, stamp: stamp, application: "WorkshopKit")
        return package.zipped(date: stamp.day)
    }

    static let namespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    static func contentType(_ part: String) -> String { "application/vnd.openxmlformats-officedocument.spreadsheetml.\(part)+xml" }

    // MARK: Workbook

    private func workbookXML() -> String {
        var xml = XMLBuilder(standalone: true)
        xml.open("workbook", ["xmlns": Self.namespace, "xmlns:r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"])
        xml.open("bookViews")
        xml.element("workbookView", ["activeTab": "0"])
        xml.close()
        xml.open("sheets")
        for (index, sheet) in sheets.enumerated() {
            xml.element("sheet", ["name": sheet.name, "sheetId": String(index + 1), "r:id": "rId\(index + 1)"])
        }
        xml.close()
        let tables = sheets.enumerated().compactMap { index, sheet in sheet.tableRows.map { (index, sheet, $0) } }
        if !tables.isEmpty {
            xml.open("definedNames")
            // The AutoFilter's range, and the header row repeated on every printed page.
            for (index, sheet, rows) in tables {
                let last = Self.columnName(max(0, sheet.columns.count - 1))
                xml.element(
                    "definedName", ["name": "_xlnm._FilterDatabase", "localSheetId": String(index), "hidden": "1"],
                    text: "\(Self.quoted(sheet.name))!$A$1:$\(last)$\(rows)")
            }
            for (index, sheet, _) in tables {
                xml.element("definedName", ["name": "_xlnm.Print_Titles", "localSheetId": String(index)], text: "\(Self.quoted(sheet.name))!$1:$1")
            }
            xml.close()
        }
        // Cached values are the toolkit's exact results; a spreadsheet recalculates on opening anyway.
        xml.element("calcPr", ["calcId": "191029", "fullCalcOnLoad": "1"])
        return xml.document
    }

    /// A sheet name as formulas and defined names quote it: `'Projektliste'`.
    static func quoted(_ name: String) -> String { "'" + name.replacingOccurrences(of: "'", with: "''") + "'" }

    // MARK: Worksheets

    private func worksheet(_ sheet: Sheet, selected: Bool, strings: inout SharedStrings) -> [UInt8] {
        var xml = XMLBuilder(standalone: true)
        xml.open("worksheet", ["xmlns": Self.namespace, "xmlns:r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"])
        xml.open("sheetPr")
        xml.element("pageSetUpPr", ["fitToPage": "1"])
        xml.close()
        let lastColumn = max(0, max(sheet.columns.count, sheet.rows.map(\.count).max() ?? 0) - 1)
        xml.element("dimension", ["ref": "A1:\(Self.reference(column: lastColumn, row: max(1, sheet.rows.count)))"])
        xml.open("sheetViews")
        xml.open("sheetView", selected ? ["tabSelected": "1", "workbookViewId": "0"] : ["workbookViewId": "0"])
        if sheet.tableRows != nil {
            xml.element("pane", ["ySplit": "1", "topLeftCell": "A2", "activePane": "bottomLeft", "state": "frozen"])
            xml.element("selection", ["pane": "bottomLeft", "activeCell": "A2", "sqref": "A2"])
        }
        xml.close()
        xml.close()
        xml.element("sheetFormatPr", ["defaultRowHeight": "12.75"])
        if !sheet.columns.isEmpty {
            xml.open("cols")
            for (index, column) in sheet.columns.enumerated() {
                xml.element("col", [
                    "min": String(index + 1), "max": String(index + 1), "width": SVGText.number(column.width), "customWidth": "1",
                ])
            }
            xml.close()
        }
        xml.open("sheetData")
        for (rowIndex, row) in sheet.rows.enumerated() {
            xml.open("row", ["r": String(rowIndex + 1)])
            for (columnIndex, cell) in row.enumerated() where !cell.isEmpty {
                let wraps = columnIndex < sheet.columns.count && sheet.columns[columnIndex].wraps
                let isHeader = sheet.tableRows != nil && rowIndex == 0
                write(cell, at: Self.reference(column: columnIndex, row: rowIndex + 1), style: Self.style(of: cell, header: isHeader, wraps: wraps), into: &xml, strings: &strings)
            }
            xml.close(newline: true)
        }
        xml.close()
        if let rows = sheet.tableRows {
            xml.element("autoFilter", ["ref": "A1:\(Self.reference(column: max(0, sheet.columns.count - 1), row: rows))"])
        }
        xml.element("pageMargins", ["left": "0.5", "right": "0.5", "top": "0.75", "bottom": "0.75", "header": "0.3", "footer": "0.3"])
        // A4 (paper size 9), landscape, as wide as one page.
        xml.element("pageSetup", ["paperSize": "9", "orientation": "landscape", "fitToWidth": "1", "fitToHeight": "0"])
        xml.open("headerFooter")
        xml.element("oddHeader", text: "&L&\"-,Bold\"\(Self.headerText(title))&R\(Self.headerText(stampLine))")
        xml.element("oddFooter", text: "&L\(Self.headerText(sheet.name))&R\(Self.headerText(pageLabels.page)) &P \(Self.headerText(pageLabels.of)) &N")
        xml.close()
        return xml.bytes
    }

    /// Text in a print header or footer, where `&` starts a code.
    static func headerText(_ text: String) -> String { text.replacingOccurrences(of: "&", with: "&&") }

    private func write(_ cell: Cell, at reference: String, style: CellStyle, into xml: inout XMLBuilder, strings: inout SharedStrings) {
        switch cell {
        case .empty:
            return
        case .text(let text, _):
            xml.open("c", ["r": reference, "s": String(style.rawValue), "t": "s"])
            xml.element("v", text: String(strings.index(of: text)))
        case .number(let value, _, _):
            xml.open("c", ["r": reference, "s": String(style.rawValue)])
            xml.element("v", text: value)
        case .formula(let formula, let cached, _, _):
            xml.open("c", ["r": reference, "s": String(style.rawValue)])
            xml.element("f", text: formula)
            xml.element("v", text: cached)
        }
        xml.close()
    }

    // MARK: Styles

    /// The cell formats of `styles.xml`, in its `cellXfs` order.
    enum CellStyle: Int, CaseIterable {
        case plain, header, bold, wrapped
        case integer, integerBold, decimal, decimalBold, money, moneyBold, date, dateBold, percent, percentBold

        /// `numFmtId`: built-in 0 (General), 1 (`0`), 2 (`0.00`), or one of `stylesXML`'s own from 164.
        var numberFormat: Int {
            switch self {
            case .plain, .header, .bold, .wrapped: 0
            case .integer, .integerBold: 1
            case .decimal, .decimalBold: 2
            case .money, .moneyBold: 164
            case .date, .dateBold: 165
            case .percent, .percentBold: 166
            }
        }

        var isBold: Bool {
            switch self {
            case .header, .bold, .integerBold, .decimalBold, .moneyBold, .dateBold, .percentBold: true
            default: false
            }
        }

        static func number(_ format: Format, bold: Bool) -> CellStyle {
            switch format {
            case .integer: bold ? .integerBold : .integer
            case .decimal: bold ? .decimalBold : .decimal
            case .money: bold ? .moneyBold : .money
            case .date: bold ? .dateBold : .date
            case .percent: bold ? .percentBold : .percent
            }
        }
    }

    static func style(of cell: Cell, header: Bool, wraps: Bool) -> CellStyle {
        if header { return .header }
        switch cell {
        case .empty: return .plain
        case .text(_, let bold): return bold ? .bold : wraps ? .wrapped : .plain
        case .number(_, let format, let bold), .formula(_, _, let format, let bold): return .number(format, bold: bold)
        }
    }

    /// The number formats in OOXML's locale-neutral syntax: `#,##0.00\ "€"` shows `1.234,56 €` in
    /// German Excel and `1,234.56 €` in English; dates as the workspace's language writes them.
    private var formatCodes: [(Int, String)] {
        [
            (164, "#,##0.00\\ \"\(currencySymbol.replacingOccurrences(of: "\"", with: ""))\""),
            (165, language == .german ? "dd\\.mm\\.yyyy" : "yyyy\\-mm\\-dd"),
            (166, "0.0\\ %"),
        ]
    }

    private func stylesXML() -> String {
        var xml = XMLBuilder(standalone: true)
        xml.open("styleSheet", ["xmlns": Self.namespace])
        xml.open("numFmts", ["count": String(formatCodes.count)])
        for (id, code) in formatCodes { xml.element("numFmt", ["numFmtId": String(id), "formatCode": code]) }
        xml.close()
        xml.open("fonts", ["count": "2"])
        for bold in [false, true] {
            xml.open("font")
            if bold { xml.element("b") }
            xml.element("sz", ["val": "10"])
            xml.element("name", ["val": "Arial"])
            xml.element("family", ["val": "2"])
            xml.close()
        }
        xml.close()
        xml.open("fills", ["count": "3"])
        for pattern in ["none", "gray125"] {
            xml.open("fill")
            xml.element("patternFill", ["patternType": pattern])
            xml.close()
        }
        xml.open("fill")
        xml.open("patternFill", ["patternType": "solid"])
        xml.element("fgColor", ["rgb": "FFDDE4EE"])
        xml.element("bgColor", ["indexed": "64"])
        xml.close()
        xml.close()
        xml.close()
        xml.open("borders", ["count": "2"])
        for bottom in [false, true] {
            xml.open("border")
            xml.element("left")
            xml.element("right")
            xml.element("top")
            if bottom {
                xml.open("bottom", ["style": "thin"])
                xml.element("color", ["auto": "1"])
                xml.close()
            } else {
                xml.element("bottom")
            }
            xml.element("diagonal")
            xml.close()
        }
        xml.close()
        xml.open("cellStyleXfs", ["count": "1"])
        xml.element("xf", ["numFmtId": "0", "fontId": "0", "fillId": "0", "borderId": "0"])
        xml.close()
        xml.open("cellXfs", ["count": String(CellStyle.allCases.count)])
        for style in CellStyle.allCases {
            let header = style == .header
            let wraps = header || style == .wrapped
            let attributes: KeyValuePairs<String, String> = [
                "numFmtId": String(style.numberFormat), "fontId": style.isBold ? "1" : "0", "fillId": header ? "2" : "0",
                "borderId": header ? "1" : "0", "xfId": "0", "applyNumberFormat": style.numberFormat == 0 ? "0" : "1",
                "applyFont": style.isBold ? "1" : "0", "applyFill": header ? "1" : "0", "applyBorder": header ? "1" : "0",
                "applyAlignment": wraps ? "1" : "0",
            ]
            if wraps {
                xml.open("xf", attributes)
                xml.element("alignment", ["vertical": "top", "wrapText": "1"])
                xml.close()
            } else {
                xml.element("xf", attributes)
            }
        }
        xml.close()
        xml.open("cellStyles", ["count": "1"])
        xml.element("cellStyle", ["name": "Normal", "xfId": "0", "builtinId": "0"])
        xml.close()
        return xml.document
    }
}

/// The shared-string table: every text once, numbered in order of first use.
struct SharedStrings {
    private var indexes: [String: Int] = [:]
    private var texts: [String] = []
    private var uses = 0

    mutating func index(of text: String) -> Int {
        uses += 1
        if let index = indexes[text] { return index }
        indexes[text] = texts.count
        texts.append(text)
        return texts.count - 1
    }

    var xml: [UInt8] {
        var xml = XMLBuilder(standalone: true)
        xml.open("sst", ["xmlns": Workbook.namespace, "count": String(uses), "uniqueCount": String(texts.count)])
        for text in texts {
            xml.open("si")
            // Line breaks stay (as character references); spaces at the ends are kept too.
            xml.raw("<t xml:space=\"preserve\">" + XMLText.escapedKeepingLineBreaks(text) + "</t>")
            xml.close(newline: true)
        }
        return xml.bytes
    }
}
