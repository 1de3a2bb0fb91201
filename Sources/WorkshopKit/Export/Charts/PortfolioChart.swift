/// The relevance × potential portfolio as an SVG chart: one marker per scored project, placed
/// by its scores, shaped and coloured by its priority group, with the rule's thresholds as
/// dashed lines.
///
/// Potential runs along the x axis and relevance up the y axis, each on its criteria's scale
/// (the scale of the group's first criterion, which scoring maps every criterion onto).
/// Scores are placed as printed (two decimals), which is also what the rule compares. A
/// project is drawn only when it has both scores; the others are named below the chart and
/// in its description. Markers are labelled with the project id, nudged apart where they
/// would overlap (projects with the very same scores share one label); a project whose
/// group was set by an override carries a `*`.
///
/// Pure and deterministic: the same evaluation gives the same bytes.
///
/// ```swift
/// let chart = PortfolioChart(ExportContext(evaluation: Evaluation(workspace)))
/// if chart.hasContent { print(chart.svg()) }
/// ```
public struct PortfolioChart: Sendable {
    /// Where the chart goes in an export folder, and how Markdown files at its top link it.
    public static let path = "charts/portfolio.svg"

    /// The evaluation to draw, with the labels and number style of its language.
    public let context: ExportContext

    /// Prepares the portfolio of `context`; nothing is computed until `svg()` is called.
    public init(_ context: ExportContext) {
        self.context = context
    }

    /// A project with both scores, as drawn.
    struct Point {
        var project: Project
        var relevance: Int
        var potential: Int
        var group: Int
        var isOverridden: Bool
    }

    /// The projects drawn, in the order of the consolidated list.
    var points: [Point] {
        context.evaluation.consolidatedList.compactMap { project in
            let score = context.evaluation.projectScores[project.id]
            guard let relevance = score?.relevance?.hundredths, let potential = score?.potential?.hundredths,
                let assignment = context.evaluation.priorities[project.id]
            else { return nil }
            return Point(
                project: project, relevance: relevance, potential: potential, group: assignment.group,
                isOverridden: assignment.isOverridden)
        }
    }

    /// The projects left out for want of a relevance or potential score, by id.
    var unplotted: [Project] {
        context.workspace.projects.filter { project in
            let score = context.evaluation.projectScores[project.id]
            return score?.relevance == nil || score?.potential == nil
        }.sorted { $0.id < $1.id }
    }

    /// Whether there is anything to draw: at least one project with both scores.
    public var hasContent: Bool { !points.isEmpty }

    // MARK: Layout

    static let width = 720.0
    static let plot = ChartBox(x: 80, y: 78, width: 612, height: 520)
    static let margin = 24.0
    static let labelFont = 11.0

    private var labels: Labels { context.labels }

    /// The scale of a criterion group: its first criterion's, or 1…5 when it has none.
    func scale(_ group: CriterionGroup) -> Scale {
        context.workspace.criteria.first { $0.group == group }?.scale ?? Scale(minimum: 1, maximum: 5)
    }

    /// The x coordinate of a potential score in hundredths.
    private func x(_ hundredths: Int) -> Double {
        Self.position(hundredths, on: scale(.potential), from: Self.plot.x, length: Self.plot.width)
    }

    /// The y coordinate of a relevance score in hundredths (larger scores higher up).
    private func y(_ hundredths: Int) -> Double {
        Self.plot.maxY - Self.position(hundredths, on: scale(.relevance), from: 0, length: Self.plot.height)
    }

    private static func position(_ hundredths: Int, on scale: Scale, from start: Double, length: Double) -> Double {
        let span = max(1, scale.maximum - scale.minimum) * 100
        let offset = min(max(hundredths - scale.minimum * 100, 0), span)
        return start + Double(offset) * length / Double(span)
    }

    /// Whole-number ticks from the scale's minimum, at most about ten of them.
    private static func ticks(_ scale: Scale) -> [Int] {
        let span = max(1, scale.maximum - scale.minimum)
        var step = 1
        for candidate in [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] {
            step = candidate
            if span / candidate <= 10 { break }
        }
        return Array(stride(from: scale.minimum, through: scale.maximum, by: step))
    }

    /// The style of a priority group: shape and colour by its place in the rule's groups.
    private func style(_ group: Int) -> (shape: MarkerShape, fill: String) {
        MarkerShape.style(at: context.workspace.prioritisation.groups.firstIndex(of: group) ?? group - 1)
    }

    // MARK: Rendering

    /// The chart as a standalone SVG 1.1 document, UTF-8 text ending in a line break.
    public func svg() -> String {
        let points = self.points
        var svg = SVGDocument(
            width: Self.width, title: labels.portfolioTitle + " – " + context.process.title, description: description(points),
            language: context.process.language)
        let titleWidth = Self.width - 2 * Self.margin
        svg.text(
            TextMetrics.truncated(labels.portfolioTitle, to: titleWidth, fontSize: 17, bold: true), x: Self.margin, y: 30,
            ["class": "title", "font-size": 17, "font-weight": "bold", "fill": "#111111"])
        svg.text(
            TextMetrics.truncated(context.process.title, to: titleWidth, fontSize: 12), x: Self.margin, y: 50,
            ["class": "subtitle", "font-size": 12, "fill": "#555555"])
        axes(&svg)
        let clusters = Self.clusters(points)
        var placer = LabelPlacer(
            bounds: ChartBox(x: Self.plot.x + 2, y: Self.plot.y + 2, width: Self.plot.width - 4, height: Self.plot.height - 4),
            points: clusters.map { (x($0[0].potential), y($0[0].relevance)) })
        thresholds(&svg, placer: &placer)
        projects(&svg, clusters, placer: &placer)
        let bottom = legend(&svg, points, top: Self.plot.maxY + 68)
        return svg.document(height: bottom + 16)
    }

    /// The points grouped by position, from the top of the chart down and left to right, the
    /// order labels are placed in. Projects with the very same scores share one label.
    private static func clusters(_ points: [Point]) -> [[Point]] {
        let order = points.sorted { a, b in
            if a.relevance != b.relevance { return a.relevance > b.relevance }
            if a.potential != b.potential { return a.potential < b.potential }
            return a.project.id < b.project.id
        }
        var clusters: [[Point]] = []
        for point in order {
            if let last = clusters.last?.first, last.relevance == point.relevance, last.potential == point.potential {
                clusters[clusters.count - 1].append(point)
            } else {
                clusters.append([point])
            }
        }
        return clusters
    }

    /// What a screen reader says: the caption, the axes, the rule, overrides, and who is left out.
    private func description(_ points: [Point]) -> String {
        var parts = [labels.portfolioCaption]
        parts.append(
            "\(labels.potential) (x): \(scale(.potential).rangeDescription); \(labels.relevance) (y): \(scale(.relevance).rangeDescription).")
        let rule = context.workspace.prioritisation.rule.map { "\(labels.priorityGroup($0.group)): \(context.ruleText($0))" }
        if !rule.isEmpty { parts.append("\(labels.ruleTitle): " + rule.joined(separator: "; ") + ".") }
        let overridden = points.filter(\.isOverridden).map(\.project.id.rawValue)
        if !overridden.isEmpty { parts.append("* \(labels.chartOverrideNote): " + overridden.joined(separator: ", ") + ".") }
        let unplotted = self.unplotted
        if !unplotted.isEmpty {
            parts.append("\(labels.chartNotPlotted): " + unplotted.map(\.id.rawValue).joined(separator: ", ") + ".")
        }
        return parts.joined(separator: " ")
    }

    /// Grid lines with their ticks, the plot's frame, and the axis titles.
    private func axes(_ svg: inout SVGDocument) {
        let plot = Self.plot
        svg.open("g", ["class": "axes", "font-size": 11, "fill": "#444444"])
        for tick in Self.ticks(scale(.potential)) {
            let x = x(tick * 100)
            svg.line(x, plot.y, x, plot.maxY, ["class": "grid", "id": .text("grid-x-\(tick)"), "stroke": "#e2e2e2", "stroke-width": 1])
            svg.text(context.numbers.integer(tick), x: x, y: plot.maxY + 18, ["text-anchor": "middle"])
        }
        for tick in Self.ticks(scale(.relevance)) {
            let y = y(tick * 100)
            svg.line(plot.x, y, plot.maxX, y, ["class": "grid", "id": .text("grid-y-\(tick)"), "stroke": "#e2e2e2", "stroke-width": 1])
            svg.text(context.numbers.integer(tick), x: plot.x - 8, y: y + 4, ["text-anchor": "end"])
        }
        svg.rect(plot, ["fill": "none", "stroke": "#888888", "stroke-width": 1])
        svg.text(
            labels.potential + " →", x: plot.x + plot.width / 2, y: plot.maxY + 40,
            ["class": "axis-title", "text-anchor": "middle", "font-size": 13, "font-weight": "bold", "fill": "#222222"])
        let (x, y) = (Self.margin + 4, plot.y + plot.height / 2)
        svg.text(
            labels.relevance + " →", x: x, y: y,
            [
                "class": "axis-title", "text-anchor": "middle", "font-size": 13, "font-weight": "bold", "fill": "#222222",
                "transform": .text("rotate(-90 \(SVGText.number(x)) \(SVGText.number(y)))"),
            ])
        svg.close("g")
    }

    /// The rule's minimums on relevance and potential as dashed lines along the edges of each
    /// step's region, each step labelled once with its rule.
    ///
    /// A step asking relevance ≥ r and potential ≥ p gets a line at r from p to the right
    /// edge and one at p from r to the top; a step with one minimum gets a line across the
    /// plot. Minimums at or below the bottom of the scale, or above its top, draw nothing.
    private func thresholds(_ svg: inout SVGDocument, placer: inout LabelPlacer) {
        let plot = Self.plot
        func inside(_ minimum: Hundredths?, _ scale: Scale) -> Int? {
            guard let value = minimum?.value, value > scale.minimum * 100, value <= scale.maximum * 100 else { return nil }
            return value
        }
        svg.open("g", ["class": "thresholds"])
        for (index, step) in context.workspace.prioritisation.rule.enumerated() {
            let relevance = inside(step.minimums[.relevance], scale(.relevance))
            let potential = inside(step.minimums[.potential], scale(.potential))
            guard relevance != nil || potential != nil else { continue }
            let left = potential.map(x) ?? plot.x
            let bottom = relevance.map(y) ?? plot.maxY
            if relevance != nil {
                svg.line(
                    left, bottom, plot.maxX, bottom,
                    ["class": "threshold", "id": .text("threshold-\(index)-relevance"), "stroke": "#333333", "stroke-width": 1.5, "stroke-dasharray": "7 4"])
            }
            if potential != nil {
                svg.line(
                    left, bottom, left, plot.y,
                    ["class": "threshold", "id": .text("threshold-\(index)-potential"), "stroke": "#333333", "stroke-width": 1.5, "stroke-dasharray": "7 4"])
            }
            let text = "\(labels.priorityGroup(step.group)): \(context.ruleText(step))"
            let fontSize = 10.5
            let (width, height) = (TextMetrics.width(text, fontSize: fontSize) + 4, 14.0)
            // Along a horizontal line: at its right end, above it or else below it. Along a
            // vertical line only: at its top, right of it or else left of it.
            let candidates =
                relevance != nil
                ? [
                    ChartBox(x: plot.maxX - 4 - width, y: bottom - height - 3, width: width, height: height),
                    ChartBox(x: plot.maxX - 4 - width, y: bottom + 3, width: width, height: height),
                ]
                : [
                    ChartBox(x: left + 4, y: plot.y + 4, width: width, height: height),
                    ChartBox(x: left - 4 - width, y: plot.y + 4, width: width, height: height),
                ]
            let fitting = candidates.filter { placer.bounds.contains($0) }
            let box = fitting.first { box in placer.obstacles.allSatisfy { $0.overlap(box) == 0 } } ?? fitting.first ?? candidates[0]
            placer.reserve(box)
            svg.rect(box, ["fill": "#ffffff", "fill-opacity": 0.85])
            svg.text(text, x: box.x + 2, y: box.y + 10.5, ["class": "threshold-label", "font-size": .number(fontSize), "fill": "#333333"])
        }
        svg.close("g")
    }

    /// Markers and their labels, cluster by cluster in the order the placer knows them. A
    /// cluster's label (its ids, four to a line) goes with its first project's marker.
    private func projects(_ svg: inout SVGDocument, _ clusters: [[Point]], placer: inout LabelPlacer) {
        let lineHeight = 13.0
        svg.open("g", ["class": "projects"])
        for (index, cluster) in clusters.enumerated() {
            let (cx, cy) = (x(cluster[0].potential), y(cluster[0].relevance))
            let ids = cluster.map { $0.project.id.rawValue + ($0.isOverridden ? "*" : "") }
            let lines = stride(from: 0, to: ids.count, by: 4).map { start in
                ids[start..<min(start + 4, ids.count)].joined(separator: ", ") + (start + 4 < ids.count ? "," : "")
            }
            let width = (lines.map { TextMetrics.width($0, fontSize: Self.labelFont) }.max() ?? 0) + 2
            let (box, isDisplaced) = placer.place(width: width, height: lineHeight * Double(lines.count), forPoint: index)
            for (position, point) in cluster.enumerated() {
                let group: SVGDocument.Value = .text("project priority-\(point.group)")
                if ProjectID.problem(with: point.project.id.rawValue) == nil {
                    svg.open("g", ["class": group, "id": .text("project-" + point.project.id.rawValue)])
                } else {
                    svg.open("g", ["class": group])
                }
                svg.element("title", [:], text: tooltip(point))
                if position == 0 && isDisplaced {
                    let end = box.nearestPoint(toX: cx, y: cy)
                    svg.line(cx, cy, end.x, end.y, ["class": "leader", "stroke": "#666666", "stroke-width": 0.75])
                }
                let (shape, fill) = style(point.group)
                shape.draw(into: &svg, x: cx, y: cy, fill: fill)
                if position == 0 {
                    svg.rect(
                        ChartBox(x: box.x, y: box.y + 0.5, width: box.width, height: box.height - 1),
                        ["fill": "#ffffff", "fill-opacity": 0.8])
                    for (number, line) in lines.enumerated() {
                        svg.text(
                            line, x: box.x + 1, y: box.y + 10 + lineHeight * Double(number),
                            ["class": "label", "font-size": .number(Self.labelFont), "fill": "#111111"])
                    }
                }
                svg.close("g")
            }
        }
        svg.close("g")
    }

    /// "P1 – Online ins Rathaus: Relevanz 3,72, Potenzial 3,50; Priorität I".
    private func tooltip(_ point: Point) -> String {
        "\(point.project.id.rawValue) – \(point.project.title): \(labels.relevance) \(context.numbers.hundredths(point.relevance)), "
            + "\(labels.potential) \(context.numbers.hundredths(point.potential)); \(labels.priorityGroup(point.group))"
            + (point.isOverridden ? " (\(labels.override))" : "")
    }

    /// The legend under the plot: one entry per priority group with its count, the threshold
    /// line, the override mark, then the projects left out. Returns the bottom edge.
    private func legend(_ svg: inout SVGDocument, _ points: [Point], top: Double) -> Double {
        let (left, right) = (Self.plot.x, Self.width - Self.margin)
        let fontSize = 12.0
        var (x, y) = (left, top)
        svg.open("g", ["class": "legend", "font-size": .number(fontSize), "fill": "#222222"])
        /// Starts a new line when an entry of `width` would run past the right edge.
        func advance(_ width: Double) {
            if x > left && x + width > right { (x, y) = (left, y + 22) }
        }
        for group in context.workspace.prioritisation.groups {
            let text = "\(labels.priorityGroup(group)) (\(points.count { $0.group == group }))"
            let width = 18 + TextMetrics.width(text, fontSize: fontSize)
            advance(width)
            let (shape, fill) = style(group)
            shape.draw(into: &svg, x: x + 7, y: y - 4, fill: fill)
            svg.text(text, x: x + 18, y: y)
            x += width + 22
        }
        if context.workspace.prioritisation.rule.contains(where: { $0.minimums[.relevance] != nil || $0.minimums[.potential] != nil }) {
            let width = 32 + TextMetrics.width(labels.chartThreshold, fontSize: fontSize)
            advance(width)
            svg.line(x, y - 4, x + 26, y - 4, ["stroke": "#333333", "stroke-width": 1.5, "stroke-dasharray": "7 4"])
            svg.text(labels.chartThreshold, x: x + 32, y: y)
            x += width + 22
        }
        if points.contains(where: \.isOverridden) {
            let text = "* " + labels.chartOverrideNote
            advance(TextMetrics.width(text, fontSize: fontSize))
            svg.text(text, x: x, y: y)
        }
        let unplotted = self.unplotted
        if !unplotted.isEmpty {
            let note = "\(labels.chartNotPlotted): " + unplotted.map(\.id.rawValue).joined(separator: ", ")
            for line in TextMetrics.wrapped(note, to: right - left, fontSize: 11) {
                y += 20
                svg.text(line, x: left, y: y, ["class": "note", "font-size": 11, "fill": "#555555"])
            }
        }
        svg.close("g")
        return y
    }
}
