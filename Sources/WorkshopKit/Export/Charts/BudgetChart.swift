/// The budget of each funding application as an SVG chart: one horizontal bar per bundled
/// project, stacked from its investment and operating cost, and the application's total.
///
/// Amounts are printed in millions with two decimals, as the budget tables print them
/// (`NumberStyle.millions`, e.g. `4,15`). An amount is written inside its part of the bar
/// when it fits there and after the bar otherwise, so every amount other than zero is readable. Every bar
/// of every application shares one scale, so bars compare across applications. Investment
/// is solid, operating cost hatched, so the parts differ in greyscale too.
///
/// Pure and deterministic: the same evaluation gives the same bytes.
///
/// ```swift
/// let chart = BudgetChart(ExportContext(evaluation: Evaluation(workspace)))
/// if chart.hasContent { print(chart.svg()) }
/// ```
public struct BudgetChart: Sendable {
    /// Where the chart goes in an export folder, and how Markdown files at its top link it.
    public static let path = "charts/budget.svg"

    /// The evaluation to draw, with the labels and number style of its language.
    public let context: ExportContext

    /// Prepares the budget chart of `context`; nothing is computed until `svg()` is called.
    public init(_ context: ExportContext) {
        self.context = context
    }

    /// Whether there is anything to draw: at least one application with a known call.
    public var hasContent: Bool { !context.evaluation.budgets.isEmpty }

    // MARK: Layout

    static let width = 720.0
    static let margin = 24.0
    static let barHeight = 20.0
    static let amountFont = 11.0
    static let totalFont = 12.0
    static let investmentFill = "#0072B2"
    static let operatingFill = "#E69F00"
    static let hatch = "operating-hatch"

    private var labels: Labels { context.labels }
    private var numbers: NumberStyle { context.numbers }

    /// The text after a row's bar: its total, then the parts that did not fit inside.
    private struct Trailer {
        var total: String
        var rest: String

        var width: Double {
            TextMetrics.width(total, fontSize: BudgetChart.totalFont, bold: true)
                + (rest.isEmpty ? 0 : 6 + TextMetrics.width(rest, fontSize: BudgetChart.amountFont))
        }
    }

    /// A row's parts as drawn at `scale` (units per cent): lengths, and whether each amount fits inside.
    private struct Bar {
        var investment: Double
        var operating: Double
        var investmentInside: Bool
        var operatingInside: Bool
        var trailer: Trailer
    }

    private func bar(_ row: BudgetOverview.Row, scale: Double) -> Bar {
        let investment = Double(max(0, row.investment.cents)) * scale
        let operating = Double(max(0, row.operating.cents)) * scale
        func fits(_ amount: Money, _ length: Double) -> Bool {
            length >= TextMetrics.width(numbers.millions(amount), fontSize: Self.amountFont) + 8
        }
        let investmentInside = fits(row.investment, investment)
        let operatingInside = fits(row.operating, operating)
        var rest: [String] = []
        if row.isUnbudgeted {
            rest.append(labels.unbudgeted)
        } else {
            // A part of zero has no length to label; the total says it all.
            if !investmentInside, row.investment != .zero { rest.append("\(labels.investment) \(numbers.millions(row.investment))") }
            if !operatingInside, row.operating != .zero { rest.append("\(labels.operating) \(numbers.millions(row.operating))") }
        }
        return Bar(
            investment: investment, operating: operating, investmentInside: investmentInside, operatingInside: operatingInside,
            trailer: Trailer(total: numbers.millions(row.total), rest: rest.isEmpty ? "" : "(" + rest.joined(separator: " · ") + ")"))
    }

    /// The longest bar's length: as long as the widest text after any bar still fits on the
    /// line. Shrinking a bar can push an amount out of it, so this repeats until nothing changes.
    private func longestBar(_ rows: [BudgetOverview.Row], largest: Int) -> Double {
        let available = Self.width - 2 * Self.margin - 8
        guard largest > 0 else { return 0 }
        var length = available - rows.map { TextMetrics.width(numbers.millions($0.total), fontSize: Self.totalFont, bold: true) }.max()!
        for _ in 0..<(2 * rows.count + 2) {
            var shortest = length
            for row in rows {
                let trailer = bar(row, scale: length / Double(largest)).trailer.width
                let share = Double(max(0, row.total.cents)) / Double(largest)
                if share > 0, length * share + trailer > available { shortest = min(shortest, (available - trailer) / share) }
            }
            if shortest >= length { break }
            length = max(shortest, 200)
        }
        return length
    }

    // MARK: Rendering

    /// The chart as a standalone SVG 1.1 document, UTF-8 text ending in a line break.
    public func svg() -> String {
        let overviews = context.evaluation.budgets
        let rows = overviews.flatMap(\.rows)
        let largest = rows.map { max(0, $0.investment.cents) + max(0, $0.operating.cents) }.max() ?? 0
        let scale = largest > 0 ? longestBar(rows, largest: largest) / Double(largest) : 0
        let textWidth = Self.width - 2 * Self.margin

        var svg = SVGDocument(
            width: Self.width, title: labels.budgetChartTitle + " – " + context.process.title,
            description: description(overviews), language: context.process.language)
        svg.text(
            TextMetrics.truncated(labels.budgetChartTitle, to: textWidth, fontSize: 17, bold: true), x: Self.margin, y: 30,
            ["class": "title", "font-size": 17, "font-weight": "bold", "fill": "#111111"])
        svg.text(
            TextMetrics.truncated(context.process.title + " · " + labels.millionsHeading, to: textWidth, fontSize: 12), x: Self.margin, y: 50,
            ["class": "subtitle", "font-size": 12, "fill": "#555555"])
        legend(&svg, y: 76)
        var y = 112.0
        for (index, overview) in overviews.enumerated() {
            y = application(&svg, overview, index: index, top: y, scale: scale) + 30
        }
        return svg.document(height: y - 14, defs: Self.defs)
    }

    /// The hatching of operating cost: the orange with pale diagonal stripes.
    private static let defs = [
        "<pattern id=\"\(hatch)\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" patternTransform=\"rotate(45)\">",
        "  <rect x=\"0\" y=\"0\" width=\"6\" height=\"6\" fill=\"\(operatingFill)\"/>",
        "  <line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#ffffff\" stroke-width=\"2\" stroke-opacity=\"0.5\"/>",
        "</pattern>",
    ]

    /// What a screen reader says: every application with its total and every row with its parts.
    private func description(_ overviews: [BudgetOverview]) -> String {
        let parts = overviews.map { overview in
            "\(overview.application.title): \(labels.total) \(numbers.millions(overview.total)) \(labels.millionsUnit)"
                + (overview.rows.isEmpty ? "." : "; " + overview.rows.map(description(of:)).joined(separator: "; ") + ".")
        }
        return ([labels.budgetChartTitle + ", " + labels.millionsHeading + "."] + parts).joined(separator: " ")
    }

    /// "Raum für smarte Arbeit (P14): 0,36 Mio. € = investiv 0,04 + konsumtiv 0,33".
    private func description(of row: BudgetOverview.Row) -> String {
        "\(row.title) (\(row.project.rawValue)): \(numbers.millions(row.total)) \(labels.millionsUnit) = \(labels.investment) "
            + "\(numbers.millions(row.investment)) + \(labels.operating) \(numbers.millions(row.operating))"
            + (row.isUnbudgeted ? " (\(labels.unbudgeted))" : "")
    }

    private func legend(_ svg: inout SVGDocument, y: Double) {
        svg.open("g", ["class": "legend", "font-size": 12, "fill": "#222222"])
        var x = Self.margin
        for (text, fill) in [(labels.investment, Self.investmentFill), (labels.operating, "url(#\(Self.hatch))")] {
            svg.rect(ChartBox(x: x, y: y - 11, width: 14, height: 14), ["fill": .text(fill), "stroke": "#222222", "stroke-width": 0.5])
            svg.text(text, x: x + 20, y: y)
            x += 20 + TextMetrics.width(text, fontSize: 12) + 24
        }
        svg.close("g")
    }

    /// One application: its title, a bar per row, and the total. Returns the bottom edge.
    private func application(_ svg: inout SVGDocument, _ overview: BudgetOverview, index: Int, top: Double, scale: Double) -> Double {
        let left = Self.margin
        let textWidth = Self.width - 2 * Self.margin
        let rawID = overview.application.id.rawValue
        svg.open("g", ["class": "application", "id": .text(ApplicationID.problem(with: rawID) == nil ? "application-" + rawID : "application-\(index + 1)")])
        svg.text(
            TextMetrics.truncated(overview.application.title, to: textWidth, fontSize: 14, bold: true), x: left, y: top,
            ["class": "application-title", "font-size": 14, "font-weight": "bold", "fill": "#111111"])
        var y = top + 10
        if overview.rows.isEmpty {
            svg.text(labels.none, x: left, y: y + 14, ["class": "note", "font-size": 12, "fill": "#555555"])
            y += 22
        }
        for row in overview.rows {
            y = self.row(&svg, row, top: y, scale: scale)
        }
        svg.line(left, y - 2, Self.width - Self.margin, y - 2, ["stroke": "#cccccc", "stroke-width": 1])
        let total = "\(labels.total): \(numbers.millions(overview.total)) \(labels.millionsUnit)"
        let parts = "(\(labels.investment) \(numbers.millions(overview.investment)) · \(labels.operating) \(numbers.millions(overview.operating)))"
        svg.text(total, x: left, y: y + 14, ["class": "application-total", "font-size": 12, "font-weight": "bold", "fill": "#111111"])
        svg.text(
            parts, x: left + TextMetrics.width(total, fontSize: 12, bold: true) + 6, y: y + 14,
            ["class": "application-parts", "font-size": 12, "fill": "#444444"])
        svg.close("g")
        return y + 14
    }

    /// One row: its title above a bar of investment then operating cost, amounts inside the
    /// parts where they fit, and the total after the bar. Returns where the next row starts.
    private func row(_ svg: inout SVGDocument, _ row: BudgetOverview.Row, top: Double, scale: Double) -> Double {
        let left = Self.margin
        let bar = bar(row, scale: scale)
        let barTop = top + 18
        let baseline = barTop + Self.barHeight / 2 + 4
        svg.open("g", ["class": "row"])
        svg.element("title", [:], text: description(of: row))
        svg.text(
            TextMetrics.truncated("\(row.title) (\(row.project.rawValue))", to: Self.width - 2 * Self.margin, fontSize: 12), x: left, y: top + 13,
            ["class": "row-label", "font-size": 12, "fill": "#222222"])
        if bar.investment > 0 {
            svg.rect(
                ChartBox(x: left, y: barTop, width: bar.investment, height: Self.barHeight),
                ["class": "investment", "fill": .text(Self.investmentFill)])
            if bar.investmentInside {
                svg.text(
                    numbers.millions(row.investment), x: left + bar.investment / 2, y: baseline,
                    ["class": "amount", "font-size": .number(Self.amountFont), "text-anchor": "middle", "fill": "#ffffff"])
            }
        }
        if bar.operating > 0 {
            let start = left + bar.investment
            svg.rect(
                ChartBox(x: start, y: barTop, width: bar.operating, height: Self.barHeight),
                ["class": "operating", "fill": .text("url(#\(Self.hatch))")])
            if bar.operatingInside {
                // A plain patch under the amount, so the hatching does not run through the digits.
                let amount = numbers.millions(row.operating)
                let width = TextMetrics.width(amount, fontSize: Self.amountFont) + 4
                svg.rect(
                    ChartBox(x: start + (bar.operating - width) / 2, y: barTop + 3, width: width, height: Self.barHeight - 6),
                    ["fill": .text(Self.operatingFill)])
                svg.text(
                    amount, x: start + bar.operating / 2, y: baseline,
                    ["class": "amount", "font-size": .number(Self.amountFont), "text-anchor": "middle", "fill": "#111111"])
            }
        }
        if bar.investment + bar.operating > 0 {
            svg.rect(
                ChartBox(x: left, y: barTop, width: bar.investment + bar.operating, height: Self.barHeight),
                ["fill": "none", "stroke": "#222222", "stroke-width": 0.75])
        }
        var x = left + bar.investment + bar.operating + 8
        svg.text(
            bar.trailer.total, x: x, y: baseline,
            ["class": "total", "font-size": .number(Self.totalFont), "font-weight": "bold", "fill": "#111111"])
        if !bar.trailer.rest.isEmpty {
            x += TextMetrics.width(bar.trailer.total, fontSize: Self.totalFont, bold: true) + 6
            svg.text(bar.trailer.rest, x: x, y: baseline, ["class": "amount-outside", "font-size": .number(Self.amountFont), "fill": "#444444"])
        }
        svg.close("g")
        return barTop + Self.barHeight + 12
    }
}
