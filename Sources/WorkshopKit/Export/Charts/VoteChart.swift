/// One vote as an SVG chart: a horizontal bar per option, from most to fewest points, the
/// option's id and title before the bar and its points after it.
///
/// Drawn for the web report, as wide as its A4 column (680 units); one colour with a contrast
/// of 5:1 against white, so the bars read in greyscale and for colour-blind readers too. The
/// same figures are in the table beside the chart.
///
/// ```swift
/// let chart = VoteChart(context, vote: vote, tally: tally)
/// print(chart.svg())
/// ```
public struct VoteChart: Sendable {
    public let context: ExportContext
    public let vote: Vote
    public let tally: VoteTally

    public init(_ context: ExportContext, vote: Vote, tally: VoteTally) {
        self.context = context
        self.vote = vote
        self.tally = tally
    }

    static let width = 680.0
    static let margin = 16.0
    static let labelWidth = 280.0
    static let barHeight = 14.0
    static let rowHeight = 20.0
    static let fill = "#0072B2"

    private var labels: Labels { context.labels }

    /// The options from most to fewest points, each with the label shown before its bar.
    var entries: [(label: String, points: Int)] {
        tally.ranking(in: vote).map { entry in
            let title = context.optionTitle(entry.item)
            return (title.isEmpty ? entry.item.rawValue : "\(entry.item.rawValue) \(title)", entry.points)
        }
    }

    /// What a screen reader says: the vote, its ballots, then every option with its points.
    var description: String {
        let ranking = entries.map { "\($0.label): \(context.numbers.integer($0.points))" }.joined(separator: "; ")
        return "\(labels.voteChartAlt). \(vote.title), \(labels.ballots): \(tally.ballots). \(ranking)."
    }

    /// The chart as a standalone SVG 1.1 document, UTF-8 text ending in a line break.
    public func svg() -> String {
        let entries = self.entries
        let largest = max(1, entries.map(\.points).max() ?? 0)
        let barStart = Self.margin + Self.labelWidth + 8
        let barSpace = Self.width - barStart - Self.margin - TextMetrics.width(context.numbers.integer(largest), fontSize: 12, bold: true) - 8
        var svg = SVGDocument(width: Self.width, title: vote.title, description: description, language: context.process.language)
        svg.text(
            TextMetrics.truncated(vote.title, to: Self.width - 2 * Self.margin, fontSize: 15, bold: true), x: Self.margin, y: 24,
            ["class": "title", "font-size": 15, "font-weight": "bold", "fill": "#111111"])
        svg.text(
            "\(labels.votes) · \(labels.ballots): \(context.numbers.integer(tally.ballots))", x: Self.margin, y: 42,
            ["class": "subtitle", "font-size": 12, "fill": "#555555"])
        var y = 56.0
        for entry in entries {
            let length = barSpace * Double(max(0, entry.points)) / Double(largest)
            svg.open("g", ["class": "option"])
            svg.text(
                TextMetrics.truncated(entry.label, to: Self.labelWidth, fontSize: 12), x: Self.margin, y: y + 11,
                ["class": "option-label", "font-size": 12, "fill": "#222222"])
            if length > 0 {
                svg.rect(ChartBox(x: barStart, y: y, width: length, height: Self.barHeight), ["class": "bar", "fill": .text(Self.fill)])
            }
            svg.text(
                context.numbers.integer(entry.points), x: barStart + length + 6, y: y + 11,
                ["class": "points", "font-size": 12, "font-weight": "bold", "fill": "#111111"])
            svg.close("g")
            y += Self.rowHeight
        }
        svg.line(barStart, 52, barStart, y, ["stroke": "#222222", "stroke-width": 1])
        return svg.document(height: y + 8)
    }
}
