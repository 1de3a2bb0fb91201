/// Which option beats which in a row-major `size × size` table of values (head-to-head counts,
/// strongest paths): a beats b when `values[a * size + b] > values[b * size + a]`, as one bit
/// per pair. Comparing a table with its transpose reads one of them column by column; here it
/// is read in 64 × 64 tiles, so both stay in cache even for thousands of options.
struct Dominance {
    let size: Int
    /// 64-bit words per row.
    let words: Int
    /// Row a, bit b: a beats b.
    private(set) var bits: [UInt64]

    init(_ values: [Int], size: Int) {
        self.size = size
        words = (size + 63) >> 6
        bits = [UInt64](repeating: 0, count: size * words)
        let words = words
        bits.withUnsafeMutableBufferPointer { bits in
            values.withUnsafeBufferPointer { values in
                for rowTile in stride(from: 0, to: size, by: 64) {
                    for columnTile in stride(from: 0, to: size, by: 64) {
                        for a in rowTile..<min(rowTile + 64, size) {
                            var word: UInt64 = 0
                            for b in columnTile..<min(columnTile + 64, size) where values[a * size + b] > values[b * size + a] {
                                word |= 1 << UInt64(b & 63)
                            }
                            bits[a * words + columnTile >> 6] = word
                        }
                    }
                }
            }
        }
    }

    /// The options `a` beats, in their natural order.
    func beaten(by a: Int) -> [Int] {
        var beaten: [Int] = []
        for word in 0..<words {
            var remaining = bits[a * words + word]
            while remaining != 0 {
                beaten.append(word << 6 | remaining.trailingZeroBitCount)
                remaining &= remaining &- 1
            }
        }
        return beaten
    }

    /// How many options each option beats.
    func wins() -> [Int] {
        (0..<size).map { a in (0..<words).reduce(0) { $0 + bits[a * words + $1].nonzeroBitCount } }
    }
}
