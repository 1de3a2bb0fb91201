/// One vote's result as an SVG chart: a horizontal bar per option in the outcome's order, the
/// option's id and title before the bar and its value after it (with "funded" for a budget rule),
/// under a title naming the counting rule and the ballots.
///
/// Drawn as wide as the report's A4 column (680 units); one colour with a contrast of 5:1
/// against white, so the bars read in greyscale and for colour-blind readers too. Every number
/// is printed in the workspace's style with fixed places and every text escaped, so the same
/// result gives the same bytes. The same figures are in the table beside the chart.
///
/// ```swift
/// let chart = VoteChart(context, standing: context.voteStandings[0])
/// print(chart.svg())
/// ```
public struct VoteChart: Sendable {
    public let context: ExportContext
    public let standing: VoteStanding

    public init(_ context: ExportContext, standing: VoteStanding) {
        self.context = context
        self.standing = standing
    }

    /// Where votes.md finds the chart of `vote`, relative to the export folder.
    public static func path(for vote: VoteID) -> String { "charts/vote-\(vote.rawValue).svg" }

    static let width = 680.0
    static let margin = 16.0
    static let labelWidth = 280.0
    static let barHeight = 14.0
    static let rowHeight = 20.0
    static let fill = "#0072B2"

    private var labels: Labels { context.labels }
    private var vote: Vote { standing.result.vote }

    /// The options in the outcome's order: the label before the bar, the value (exact, for the
    /// bar's length) and the text after it.
    var entries: [(label: String, value: Rational, text: String)] {
        standing.rows.map { row in
            let title = context.optionTitle(row.option)
            let funded = row.funded.map { " · " + labels.funded($0) } ?? ""
            return (title.isEmpty ? row.option.rawValue : "\(row.option.rawValue) \(title)", row.value, number(row.value) + funded)
        }
    }

    /// A value in the workspace's style: whole numbers as such, others to two decimals.
    func number(_ value: Rational) -> String {
        value.isInteger ? context.numbers.integer(value.floor.intValue ?? 0) : context.numbers.hundredths(value.rounded(scale: 100))
    }

    /// The line under the title: what the bars show, the rule and the ballots.
    var subtitle: String {
        let rule = (try? standing.count.get().rule) ?? vote.countingRule
        return "\(labels.voteMeasure(standing.measure)) · \(labels.voteFact(.rule)): \(rule.rawValue) · \(labels.ballots): \(context.numbers.integer(standing.ballots))"
    }

    /// What a screen reader says: the vote, what the bars show, then every option with its value.
    var description: String {
        let ranking = entries.map { "\($0.label): \($0.text)" }.joined(separator: "; ")
        return "\(labels.voteChartAlt). \(vote.title). \(subtitle). \(ranking)."
    }

    /// The chart as a standalone SVG 1.1 document, UTF-8 text ending in a line break.
    public func svg() -> String {
        let entries = self.entries
        let largest = max(Rational(1), entries.map(\.value).max() ?? Rational(1))
        let widest = entries.map { TextMetrics.width($0.text, fontSize: 12, bold: true) }.max() ?? 0
        let barStart = Self.margin + Self.labelWidth + 8
        let barSpace = Self.width - barStart - Self.margin - widest - 8
        var svg = SVGDocument(width: Self.width, title: vote.title, description: description, language: context.process.language)
        svg.text(
            TextMetrics.truncated(vote.title, to: Self.width - 2 * Self.margin, fontSize: 15, bold: true), x: Self.margin, y: 24,
            ["class": "title", "font-size": 15, "font-weight": "bold", "fill": "#111111"])
        svg.text(
            TextMetrics.truncated(subtitle, to: Self.width - 2 * Self.margin, fontSize: 12), x: Self.margin, y: 42,
            ["class": "subtitle", "font-size": 12, "fill": "#555555"])
        var y = 56.0
        for entry in entries {
            // The share of the bar space, exact to a millionth before it becomes a length.
            let share = entry.value.isNegative ? 0 : (entry.value / largest).rounded(scale: 1_000_000)
            let length = barSpace * Double(share) / 1_000_000
            svg.open("g", ["class": "option"])
            svg.text(
                TextMetrics.truncated(entry.label, to: Self.labelWidth, fontSize: 12), x: Self.margin, y: y + 11,
                ["class": "option-label", "font-size": 12, "fill": "#222222"])
            if length > 0 {
                svg.rect(ChartBox(x: barStart, y: y, width: length, height: Self.barHeight), ["class": "bar", "fill": .text(Self.fill)])
            }
            svg.text(
                entry.text, x: barStart + length + 6, y: y + 11, ["class": "points", "font-size": 12, "font-weight": "bold", "fill": "#111111"])
            svg.close("g")
            y += Self.rowHeight
        }
        svg.line(barStart, 52, barStart, y, ["stroke": "#222222", "stroke-width": 1])
        return svg.document(height: y + 8)
    }
}
