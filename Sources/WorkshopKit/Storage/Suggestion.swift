/// Helps messages about unknown names: the closest known name, and a short list of the known ones.
public enum Suggestion {
    /// `; did you mean 'mobilitaet'?` when a known name is close enough, else an empty string.
    public static func didYouMean(_ text: String, among known: [String]) -> String {
        closest(to: text, among: known).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// The known name closest to `text` (ignoring case), when it is within a third of its length.
    public static func closest(to text: String, among known: [String]) -> String? {
        let lowered = Array(text.lowercased().unicodeScalars)
        var best: (name: String, distance: Int)?
        for name in known {
            let candidate = Array(name.lowercased().unicodeScalars)
            let limit = max(1, name.count / 3)
            // The lengths alone tell when the distance is over the limit: a long garbled text
            // costs no more than a short one.
            if abs(candidate.count - lowered.count) > limit { continue }
            let distance = editDistance(lowered, candidate)
            if distance <= limit, distance < (best?.distance ?? .max) { best = (name, distance) }
        }
        return best?.name
    }

    /// `a, b, c` or `a, b, c, … (28 in all)` for long lists; `none yet` when empty.
    public static func list(_ known: [String], limit: Int = 12) -> String {
        if known.isEmpty { return "none yet" }
        if known.count <= limit { return known.joined(separator: ", ") }
        return known.prefix(limit).joined(separator: ", ") + ", … (\(known.count) in all)"
    }

    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
