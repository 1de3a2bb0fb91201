/// A chart of the committee paper as DrawingML (ECMA-376 Part 1, §21.2): a native chart that
/// Word and LibreOffice draw themselves, with its data embedded as a small workbook, so a
/// reader can open and edit the figures. Values are cached in the chart, so it shows without
/// recalculation.
///
/// Horizontal bars (optionally stacked), categories from top to bottom in the given order, or
/// a scatter plot with every point labelled (a project id) and fixed axis ranges.
struct WordChart {
    let chart: Document.Chart
    let language: Language
    /// The workbook's stamp, so the embedded file is as deterministic as the paper.
    let stamp: ExportStamp

    static let namespace = "http://schemas.openxmlformats.org/drawingml/2006/chart"

    /// The sheet holding the data: `Tabelle1`, as German Office names a chart's first sheet.
    var sheetName: String { language == .german ? "Tabelle1" : "Sheet1" }

    /// The chart's size on the page, in EMU (1 cm = 360 000): the text width, and a height
    /// that gives every bar about 5.5 mm.
    var size: (width: Int, height: Int) {
        let width = WordDocumentWriter.textWidth * 635  // twips to EMU
        switch chart.kind {
        case .scatter: return (width, 4_320_000)
        case .bars, .stackedBars:
            let centimetres = min(22.0, max(6.0, Double(chart.categories.count) * 0.55 + 2.8))
            return (width, Int(centimetres * 360_000))
        }
    }

    // MARK: Data

    /// `Tabelle1!$B$2:$B$8`.
    private func range(column: Int, rows: ClosedRange<Int>) -> String {
        let name = Workbook.columnName(column)
        return "\(sheetName)!$\(name)$\(rows.lowerBound):$\(name)$\(rows.upperBound)"
    }

    /// The data as a sheet: for bars, categories in column A and a column per series; for a
    /// scatter plot, three columns per series (label, x, y).
    var workbook: Workbook {
        var rows: [[Workbook.Cell]]
        switch chart.kind {
        case .bars, .stackedBars:
            rows = [[.empty] + chart.series.map { .text($0.name, bold: true) }]
            for (index, category) in chart.categories.enumerated() {
                rows.append([.text(category)] + chart.series.map { series in
                    index < series.values.count ? .number(series.values[index], .decimal) : .empty
                })
            }
        case .scatter:
            rows = [chart.series.flatMap { series in
                [.text(series.name, bold: true), .text(chart.xAxis?.title ?? "x", bold: true), .text(chart.valueAxis.title, bold: true)]
            }]
            let length = chart.series.map(\.values.count).max() ?? 0
            for index in 0..<length {
                rows.append(chart.series.flatMap { series -> [Workbook.Cell] in
                    guard index < series.values.count, index < series.xValues.count else { return [.empty, .empty, .empty] }
                    let label = index < series.pointLabels.count ? series.pointLabels[index] : ""
                    return [.text(label), .number(series.xValues[index], .decimal), .number(series.values[index], .decimal)]
                })
            }
        }
        let columns = Workbook.Sheet.columns(for: rows, count: rows.map(\.count).max() ?? 0)
        return Workbook(
            sheets: [Workbook.Sheet(name: sheetName, columns: columns, rows: rows, tableRows: nil)], title: chart.title, language: language,
            stamp: stamp, stampLine: "", pageLabels: ("", ""), currencySymbol: "€")
    }

    // MARK: Chart XML

    /// The chart part; `rId1` relates it to the embedded workbook.
    var xml: String {
        var xml = XMLBuilder(standalone: true)
        xml.open("c:chartSpace", [
            "xmlns:c": Self.namespace, "xmlns:a": "http://schemas.openxmlformats.org/drawingml/2006/main",
            "xmlns:r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        ])
        xml.element("c:date1904", ["val": "0"])
        xml.element("c:lang", ["val": lang])
        xml.element("c:roundedCorners", ["val": "0"])
        xml.open("c:chart")
        xml.open("c:title")
        xml.raw("<c:tx>" + richText(chart.title, size: 1100, bold: true) + "</c:tx>")
        xml.element("c:overlay", ["val": "0"])
        xml.close()
        xml.element("c:autoTitleDeleted", ["val": "0"])
        xml.open("c:plotArea")
        xml.element("c:layout")
        switch chart.kind {
        case .bars, .stackedBars: bars(&xml)
        case .scatter: scatter(&xml)
        }
        xml.close()
        xml.open("c:legend")
        xml.element("c:legendPos", ["val": "b"])
        xml.element("c:overlay", ["val": "0"])
        xml.close()
        xml.element("c:plotVisOnly", ["val": "1"])
        xml.element("c:dispBlanksAs", ["val": "gap"])
        xml.close()
        xml.raw(textProperties(size: 800))
        xml.open("c:externalData", ["r:id": "rId1"])
        xml.element("c:autoUpdate", ["val": "0"])
        xml.close()
        return xml.document
    }

    private func bars(_ xml: inout XMLBuilder) {
        let stacked = chart.kind == .stackedBars
        let rows = 2...(max(1, chart.categories.count) + 1)
        xml.open("c:barChart")
        xml.element("c:barDir", ["val": "bar"])
        xml.element("c:grouping", ["val": stacked ? "stacked" : "clustered"])
        xml.element("c:varyColors", ["val": "0"])
        for (index, series) in chart.series.enumerated() {
            xml.open("c:ser")
            xml.element("c:idx", ["val": String(index)])
            xml.element("c:order", ["val": String(index)])
            seriesName(&xml, series.name, column: index + 1)
            xml.raw("<c:spPr><a:solidFill><a:srgbClr val=\"\(series.color)\"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val=\"222222\"/></a:solidFill></a:ln></c:spPr>")
            xml.element("c:invertIfNegative", ["val": "0"])
            if !stacked { valueLabels(&xml) }
            xml.open("c:cat")
            strings(&xml, chart.categories, reference: range(column: 0, rows: rows))
            xml.close()
            xml.open("c:val")
            numbers(&xml, series.values, reference: range(column: index + 1, rows: rows))
            xml.close()
            xml.close()
        }
        xml.element("c:gapWidth", ["val": "60"])
        if stacked { xml.element("c:overlap", ["val": "100"]) }
        xml.element("c:axId", ["val": "1001"])
        xml.element("c:axId", ["val": "1002"])
        xml.close()
        // Categories top to bottom in the given order; the value axis stays at the bottom.
        xml.open("c:catAx")
        xml.element("c:axId", ["val": "1001"])
        xml.raw("<c:scaling><c:orientation val=\"maxMin\"/></c:scaling>")
        xml.element("c:delete", ["val": "0"])
        xml.element("c:axPos", ["val": "l"])
        xml.element("c:numFmt", ["formatCode": "General", "sourceLinked": "0"])
        xml.element("c:majorTickMark", ["val": "none"])
        xml.element("c:minorTickMark", ["val": "none"])
        xml.element("c:tickLblPos", ["val": "nextTo"])
        xml.element("c:crossAx", ["val": "1002"])
        xml.element("c:crosses", ["val": "autoZero"])
        xml.element("c:auto", ["val": "1"])
        xml.element("c:lblAlgn", ["val": "ctr"])
        xml.element("c:lblOffset", ["val": "100"])
        xml.element("c:noMultiLvlLbl", ["val": "0"])
        xml.close()
        valueAxis(&xml, id: "1002", crossing: "1001", position: "b", axis: chart.valueAxis, crosses: "max")
    }

    private func scatter(_ xml: inout XMLBuilder) {
        xml.open("c:scatterChart")
        xml.element("c:scatterStyle", ["val": "lineMarker"])
        xml.element("c:varyColors", ["val": "0"])
        for (index, series) in chart.series.enumerated() {
            let rows = 2...(max(1, series.values.count) + 1)
            xml.open("c:ser")
            xml.element("c:idx", ["val": String(index)])
            xml.element("c:order", ["val": String(index)])
            seriesName(&xml, series.name, column: 3 * index)
            xml.raw("<c:spPr><a:ln w=\"19050\"><a:noFill/></a:ln></c:spPr>")
            xml.raw(
                "<c:marker><c:symbol val=\"\(series.marker)\"/><c:size val=\"7\"/><c:spPr><a:solidFill><a:srgbClr val=\"\(series.color)\"/></a:solidFill>"
                    + "<a:ln w=\"9525\"><a:solidFill><a:srgbClr val=\"222222\"/></a:solidFill></a:ln></c:spPr></c:marker>")
            // Each point labelled with its own text: the project id.
            xml.open("c:dLbls")
            for (point, label) in series.pointLabels.enumerated() {
                xml.open("c:dLbl")
                xml.element("c:idx", ["val": String(point)])
                xml.open("c:tx")
                xml.raw(richText(label, size: 700, bold: false))
                xml.close()
                xml.element("c:dLblPos", ["val": "r"])
                Self.show(&xml, value: true)
                xml.close()
            }
            Self.show(&xml, value: false)
            xml.close()
            xml.open("c:xVal")
            numbers(&xml, series.xValues, reference: range(column: 3 * index + 1, rows: rows))
            xml.close()
            xml.open("c:yVal")
            numbers(&xml, series.values, reference: range(column: 3 * index + 2, rows: rows))
            xml.close()
            xml.element("c:smooth", ["val": "0"])
            xml.close()
        }
        xml.element("c:axId", ["val": "1001"])
        xml.element("c:axId", ["val": "1002"])
        xml.close()
        valueAxis(&xml, id: "1001", crossing: "1002", position: "b", axis: chart.xAxis ?? .init(title: ""), crosses: "autoZero")
        valueAxis(&xml, id: "1002", crossing: "1001", position: "l", axis: chart.valueAxis, crosses: "autoZero")
    }

    private func valueAxis(_ xml: inout XMLBuilder, id: String, crossing: String, position: String, axis: Document.Chart.Axis, crosses: String) {
        xml.open("c:valAx")
        xml.element("c:axId", ["val": id])
        xml.open("c:scaling")
        xml.element("c:orientation", ["val": "minMax"])
        if let maximum = axis.maximum { xml.element("c:max", ["val": String(maximum)]) }
        if let minimum = axis.minimum { xml.element("c:min", ["val": String(minimum)]) }
        xml.close()
        xml.element("c:delete", ["val": "0"])
        xml.element("c:axPos", ["val": position])
        xml.raw("<c:majorGridlines><c:spPr><a:ln w=\"6350\"><a:solidFill><a:srgbClr val=\"D9D9D9\"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>")
        if !axis.title.isEmpty {
            xml.open("c:title")
            xml.raw("<c:tx>" + richText(axis.title, size: 900, bold: true) + "</c:tx>")
            xml.element("c:overlay", ["val": "0"])
            xml.close()
        }
        xml.element("c:numFmt", ["formatCode": chart.numberFormat, "sourceLinked": "0"])
        xml.element("c:majorTickMark", ["val": "out"])
        xml.element("c:minorTickMark", ["val": "none"])
        xml.element("c:tickLblPos", ["val": "nextTo"])
        xml.element("c:crossAx", ["val": crossing])
        xml.element("c:crosses", ["val": crosses])
        xml.element("c:crossBetween", ["val": chart.kind == .scatter ? "midCat" : "between"])
        if chart.kind == .scatter { xml.element("c:majorUnit", ["val": "1"]) }
        xml.close()
    }

    private func seriesName(_ xml: inout XMLBuilder, _ name: String, column: Int) {
        xml.open("c:tx")
        strings(&xml, [name], reference: "\(sheetName)!$\(Workbook.columnName(column))$1")
        xml.close()
    }

    private func valueLabels(_ xml: inout XMLBuilder) {
        xml.open("c:dLbls")
        xml.element("c:numFmt", ["formatCode": chart.numberFormat, "sourceLinked": "0"])
        xml.element("c:dLblPos", ["val": "outEnd"])
        Self.show(&xml, value: true)
        xml.close()
    }

    private static func show(_ xml: inout XMLBuilder, value: Bool) {
        xml.element("c:showLegendKey", ["val": "0"])
        xml.element("c:showVal", ["val": value ? "1" : "0"])
        xml.element("c:showCatName", ["val": "0"])
        xml.element("c:showSerName", ["val": "0"])
        xml.element("c:showPercent", ["val": "0"])
        xml.element("c:showBubbleSize", ["val": "0"])
    }

    private func strings(_ xml: inout XMLBuilder, _ values: [String], reference: String) {
        data(&xml, "str", values, reference: reference)
    }

    private func numbers(_ xml: inout XMLBuilder, _ values: [String], reference: String) {
        data(&xml, "num", values, reference: reference, formatCode: chart.numberFormat)
    }

    /// A reference into the embedded sheet with the values cached: `c:strRef` or `c:numRef`.
    private func data(_ xml: inout XMLBuilder, _ kind: String, _ values: [String], reference: String, formatCode: String? = nil) {
        xml.open("c:\(kind)Ref")
        xml.element("c:f", text: reference)
        xml.open("c:\(kind)Cache")
        if let formatCode { xml.element("c:formatCode", text: formatCode) }
        xml.element("c:ptCount", ["val": String(values.count)])
        for (index, value) in values.enumerated() {
            xml.open("c:pt", ["idx": String(index)])
            xml.element("c:v", text: value)
            xml.close()
        }
        xml.close()
        xml.close()
    }

    private var lang: String { language == .german ? "de-DE" : "en-GB" }

    /// A title or label: one paragraph of rich text.
    private func richText(_ text: String, size: Int, bold: Bool) -> String {
        "<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"\(size)\" b=\"\(bold ? 1 : 0)\"/></a:pPr>"
            + "<a:r><a:rPr lang=\"\(lang)\" sz=\"\(size)\" b=\"\(bold ? 1 : 0)\"/><a:t>\(XMLText.escaped(text))</a:t></a:r></a:p></c:rich>"
    }

    /// The default text of the chart: Arial at `size` hundredths of a point.
    private func textProperties(size: Int) -> String {
        "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"\(size)\"><a:latin typeface=\"Arial\"/></a:defRPr></a:pPr>"
            + "<a:endParaRPr lang=\"\(lang)\"/></a:p></c:txPr>"
    }
}
