/// Column widths that fit a table's content into a given width, the way browsers lay out
/// tables automatically (CSS 2.1 §17.5.2.2): every column gets at least its widest word
/// (no word is broken while there is room), and the room left is shared in proportion to
/// how much more each column would like (its longest line).
///
/// - A table whose longest lines all fit is widened to the full width, in proportion.
/// - A table whose widest words alone do not fit is squeezed in proportion; words then break.
///
/// Integer units throughout (twips in a Word document), so the result is the same everywhere
/// and the widths add up to `available` exactly.
enum ColumnWidths {
    static func fit(minimum: [Int], preferred: [Int], available: Int) -> [Int] {
        let count = minimum.count
        guard count > 0, available > 0 else { return Array(repeating: 0, count: count) }
        let minimum = minimum.map { max(1, $0) }
        let preferred = zip(minimum, preferred).map { max($0, $1) }
        let minimumSum = minimum.reduce(0, +)
        let preferredSum = preferred.reduce(0, +)
        var widths: [Int]
        if preferredSum <= available {
            widths = preferred.map { $0 * available / preferredSum }
        } else if minimumSum >= available {
            widths = minimum.map { $0 * available / minimumSum }
        } else {
            let room = available - minimumSum
            let wish = preferredSum - minimumSum
            widths = zip(minimum, preferred).map { $0 + ($1 - $0) * room / wish }
        }
        // Rounding leaves a few units over: give them to the widest column.
        if let widest = widths.indices.max(by: { widths[$0] < widths[$1] }) {
            widths[widest] += available - widths.reduce(0, +)
        }
        return widths
    }
}
