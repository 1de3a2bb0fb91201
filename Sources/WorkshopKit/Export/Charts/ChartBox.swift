/// A rectangle on a chart, in SVG user units (y grows downwards): the space a label, a
/// marker or the plot takes up.
struct ChartBox: Hashable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var maxX: Double { x + width }
    var maxY: Double { y + height }

    /// The area both boxes cover; 0 when they only touch.
    func overlap(_ other: ChartBox) -> Double {
        let width = min(maxX, other.maxX) - max(x, other.x)
        let height = min(maxY, other.maxY) - max(y, other.y)
        return width > 0 && height > 0 ? width * height : 0
    }

    func contains(_ other: ChartBox) -> Bool {
        other.x >= x && other.maxX <= maxX && other.y >= y && other.maxY <= maxY
    }

    /// How far the point (`px`, `py`) is from the box; 0 inside it.
    func distance(toX px: Double, y py: Double) -> Double {
        let nearest = nearestPoint(toX: px, y: py)
        let dx = nearest.x - px
        let dy = nearest.y - py
        return (dx * dx + dy * dy).squareRoot()
    }

    /// The point of the box nearest to (`px`, `py`): where a leader line from there meets it.
    func nearestPoint(toX px: Double, y py: Double) -> (x: Double, y: Double) {
        (min(max(px, x), maxX), min(max(py, y), maxY))
    }
}
