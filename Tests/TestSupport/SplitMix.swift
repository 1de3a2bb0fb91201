/// A small seeded generator (SplitMix64), so generated test data is the same on every run and
/// a failing case can be repeated.
public struct SplitMix: RandomNumberGenerator {
    public var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `range`, drawn as `next() % width` (the property tests' data depends on it).
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(bitPattern: Int64(range.upperBound &- range.lowerBound)) &+ 1
        let offset = width == 0 ? next() : next() % width
        return range.lowerBound &+ Int(bitPattern: UInt(offset))
    }
}
