/// The shape of a project's marker in the portfolio: one per priority group, so groups can
/// be told apart without colour (in greyscale print, or by colour-blind readers).
enum MarkerShape: CaseIterable {
    case circle, square, triangleUp, diamond, triangleDown, hexagon

    /// Half the marker's extent: labels keep at least this far from its centre.
    static let radius = 6.0

    /// The shape and colour for the priority group at `index` in the rule's list of groups.
    static func style(at index: Int) -> (shape: MarkerShape, fill: String) {
        let shapes = MarkerShape.allCases
        // Okabe–Ito colours, chosen to stay distinct for the common colour-vision deficiencies.
        let fills = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9"]
        let position = max(0, index)
        return (shapes[position % shapes.count], fills[position % fills.count])
    }

    /// The nearest marker DrawingML has, for charts in Office documents.
    var drawingML: String {
        switch self {
        case .circle: "circle"
        case .square: "square"
        case .triangleUp: "triangle"
        case .diamond: "diamond"
        case .triangleDown: "x"
        case .hexagon: "star"
        }
    }

    /// Draws the marker centred on (`x`, `y`) with a dark outline.
    func draw(into svg: inout SVGDocument, x: Double, y: Double, fill: String) {
        switch self {
        case .circle:
            svg.element(
                "circle", ["class": "marker", "cx": .number(x), "cy": .number(y), "r": 5.5, "fill": .text(fill), "stroke": "#222222", "stroke-width": 1])
        case .square:
            svg.rect(ChartBox(x: x - 5, y: y - 5, width: 10, height: 10), ["class": "marker", "fill": .text(fill), "stroke": "#222222", "stroke-width": 1])
        case .triangleUp:
            polygon(into: &svg, [(x, y - 6.5), (x + 6.5, y + 5), (x - 6.5, y + 5)], fill: fill)
        case .diamond:
            polygon(into: &svg, [(x, y - 7), (x + 7, y), (x, y + 7), (x - 7, y)], fill: fill)
        case .triangleDown:
            polygon(into: &svg, [(x, y + 6.5), (x + 6.5, y - 5), (x - 6.5, y - 5)], fill: fill)
        case .hexagon:
            polygon(into: &svg, [(x - 3.5, y - 6), (x + 3.5, y - 6), (x + 7, y), (x + 3.5, y + 6), (x - 3.5, y + 6), (x - 7, y)], fill: fill)
        }
    }

    private func polygon(into svg: inout SVGDocument, _ corners: [(Double, Double)], fill: String) {
        let points = corners.map { "\(SVGText.number($0.0)),\(SVGText.number($0.1))" }.joined(separator: " ")
        svg.element("polygon", ["class": "marker", "points": .text(points), "fill": .text(fill), "stroke": "#222222", "stroke-width": 1])
    }
}
