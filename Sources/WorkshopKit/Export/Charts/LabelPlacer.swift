/// Places short labels next to points so that they neither cover each other nor the markers,
/// and each label sits nearer its own point than any other.
///
/// A simple, deterministic nudge: the positions right, left, above, below and the four
/// diagonals of a point are tried, first close by and then a little further out. Each
/// position costs: most for covering a marker or a label already placed, then for being
/// nearer another point than its own (unless a leader line will connect it), then for
/// distance, then for its rank in the list. The cheapest position wins, the earlier on
/// ties, so the same labels in the same order always land in the same places.
struct LabelPlacer {
    /// Where labels may go.
    let bounds: ChartBox
    /// The points being labelled, by index.
    let points: [(x: Double, y: Double)]
    /// What labels must not cover: the markers, anything reserved, and every label placed so far.
    private(set) var obstacles: [ChartBox]

    /// How far a label keeps from its point's centre, and the extra distances tried after that.
    static let gap = MarkerShape.radius + 2.5
    static let distances: [Double] = [0, 8, 16, 26, 38]

    /// - Parameter points: the points to be labelled; a marker of `MarkerShape.radius` is assumed around each.
    init(bounds: ChartBox, points: [(x: Double, y: Double)]) {
        self.bounds = bounds
        self.points = points
        obstacles = points.map { Self.markerBox($0.x, $0.y) }
    }

    /// The space a marker takes, with a pixel to spare.
    static func markerBox(_ x: Double, _ y: Double) -> ChartBox {
        let r = MarkerShape.radius + 1
        return ChartBox(x: x - r, y: y - r, width: 2 * r, height: 2 * r)
    }

    /// Adds something labels must avoid.
    mutating func reserve(_ box: ChartBox) { obstacles.append(box) }

    /// Finds a place for a label of `width` × `height` beside point number `index`, reserves
    /// it, and says whether it moved away from its point (and so needs a leader line).
    mutating func place(width: Double, height: Double, forPoint index: Int) -> (box: ChartBox, isDisplaced: Bool) {
        let (x, y) = points[index]
        let own = Self.markerBox(x, y)
        var best: (box: ChartBox, cost: Double, isDisplaced: Bool)?
        var rank = 0.0
        for (level, distance) in Self.distances.enumerated() {
            let isDisplaced = level > 0
            for box in candidates(width: width, height: height, x: x, y: y, distance: distance) {
                rank += 1
                guard bounds.contains(box) else { continue }
                let overlap = obstacles.reduce(0.0) { $1 == own ? $0 : $0 + box.overlap($1) }
                let ownDistance = box.distance(toX: x, y: y)
                let isAmbiguous = points.indices.contains { other in
                    other != index && box.distance(toX: points[other].x, y: points[other].y) < ownDistance
                }
                let cost = overlap * 1000 + (isAmbiguous ? (isDisplaced ? 60 : 600) : 0) + Double(level) * 12 + rank * 0.01
                if best == nil || cost < best!.cost { best = (box, cost, isDisplaced) }
            }
        }
        let chosen = best ?? (Self.fallback(width: width, height: height, x: x, y: y, in: bounds), 0, false)
        obstacles.append(chosen.box)
        return (chosen.box, chosen.isDisplaced)
    }

    /// The positions tried at one distance, in order of preference.
    private func candidates(width: Double, height: Double, x: Double, y: Double, distance: Double) -> [ChartBox] {
        let near = Self.gap + distance
        let diagonal = MarkerShape.radius + distance * 0.75
        return [
            ChartBox(x: x + near, y: y - height / 2, width: width, height: height),
            ChartBox(x: x - near - width, y: y - height / 2, width: width, height: height),
            ChartBox(x: x - width / 2, y: y - near - height + 2, width: width, height: height),
            ChartBox(x: x - width / 2, y: y + near - 2, width: width, height: height),
            ChartBox(x: x + diagonal, y: y - diagonal - height, width: width, height: height),
            ChartBox(x: x + diagonal, y: y + diagonal, width: width, height: height),
            ChartBox(x: x - diagonal - width, y: y - diagonal - height, width: width, height: height),
            ChartBox(x: x - diagonal - width, y: y + diagonal, width: width, height: height),
        ]
    }

    /// Right of the point, pushed inside the bounds: for a label too big for every candidate.
    private static func fallback(width: Double, height: Double, x: Double, y: Double, in bounds: ChartBox) -> ChartBox {
        ChartBox(
            x: min(max(x + gap, bounds.x), bounds.maxX - width), y: min(max(y - height / 2, bounds.y), bounds.maxY - height),
            width: width, height: height)
    }
}
