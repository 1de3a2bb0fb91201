/// A signed integer of any size, for counts whose exact value decides who wins.
///
/// Values that fit in an `Int` are kept as one (the fast path: most sums and counts never
/// leave it); larger values are a sign and a magnitude of 64-bit limbs. Every value has one
/// representation, so `==` and hashing compare values.
///
/// ```swift
/// let big = BigInt(Int.max) * 4 + 3     // 36893488147419103227
/// let (q, r) = big.quotientAndRemainder(dividingBy: 10)
/// ```
public struct BigInt: Sendable, Hashable {
    enum Storage: Sendable, Hashable {
        case small(Int)
        /// A value outside `Int`'s range: its sign and its magnitude (more than `Int.max`).
        case large(negative: Bool, magnitude: [UInt64])
    }

    let storage: Storage

    public init(_ value: Int) { storage = .small(value) }

    /// The value with the given sign and magnitude, in its one representation.
    init(negative: Bool, magnitude: [UInt64]) {
        var magnitude = magnitude
        Limbs.trim(&magnitude)
        if magnitude.count <= 1 {
            let limb = magnitude.first ?? 0
            if !negative && limb <= UInt64(Int.max) {
                storage = .small(Int(limb))
                return
            }
            if negative && limb <= UInt64(Int.max) + 1 {
                storage = .small(limb == UInt64(Int.max) + 1 ? Int.min : -Int(limb))
                return
            }
        }
        storage = .large(negative: negative, magnitude: magnitude)
    }

    /// Whether the value is below zero.
    public var isNegative: Bool {
        switch storage {
        case .small(let value): value < 0
        case .large(let negative, _): negative
        }
    }

    public var isZero: Bool { storage == .small(0) }

    /// -1, 0 or 1.
    public var signum: Int {
        switch storage {
        case .small(let value): value.signum()
        case .large(let negative, _): negative ? -1 : 1
        }
    }

    /// The value as an `Int`, when it fits.
    public var intValue: Int? {
        if case .small(let value) = storage { return value }
        return nil
    }

    /// The magnitude as limbs, least significant first.
    var magnitude: [UInt64] {
        switch storage {
        case .small(let value): value == 0 ? [] : [UInt64(value.magnitude)]
        case .large(_, let magnitude): magnitude
        }
    }

    /// The absolute value.
    public var absoluteValue: BigInt { isNegative ? -self : self }

    /// The number of bits of the magnitude (0 for zero).
    public var bitWidth: Int {
        let magnitude = self.magnitude
        guard let top = magnitude.last else { return 0 }
        return magnitude.count * 64 - top.leadingZeroBitCount
    }
}

extension BigInt: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self.init(value) }
}

extension BigInt: Comparable {
    public static func < (lhs: BigInt, rhs: BigInt) -> Bool {
        if case .small(let a) = lhs.storage, case .small(let b) = rhs.storage { return a < b }
        if lhs.isNegative != rhs.isNegative { return lhs.isNegative }
        let order = Limbs.compare(lhs.magnitude, rhs.magnitude)
        return lhs.isNegative ? order > 0 : order < 0
    }
}

extension BigInt: CustomStringConvertible {
    /// The value in decimal digits, with a leading `-` when negative.
    public var description: String {
        if case .small(let value) = storage { return String(value) }
        // Peel off 19 decimal digits at a time.
        let chunk: UInt64 = 10_000_000_000_000_000_000
        var magnitude = self.magnitude
        var chunks: [UInt64] = []
        while !magnitude.isEmpty {
            let (quotient, remainder) = Limbs.divide(magnitude, by: chunk)
            chunks.append(remainder)
            magnitude = quotient
        }
        var text = isNegative ? "-" : ""
        text += String(chunks.last ?? 0)
        for value in chunks.dropLast().reversed() {
            let digits = String(value)
            text += String(repeating: "0", count: 19 - digits.count) + digits
        }
        return text
    }
}

extension BigInt {
    /// Reads an integer in decimal digits, with an optional leading `-` or `+`.
    /// - Returns: `nil` when `text` holds anything else (no spaces, separators or exponents).
    public init?(_ text: some StringProtocol) {
        var digits = Substring(text)
        var negative = false
        if let sign = digits.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        var magnitude: [UInt64] = []
        var index = digits.startIndex
        while index < digits.endIndex {
            let end = digits.index(index, offsetBy: 18, limitedBy: digits.endIndex) ?? digits.endIndex
            let piece = digits[index..<end]
            var scale: UInt64 = 1
            for _ in 0..<piece.count { scale *= 10 }
            magnitude = Limbs.add(Limbs.multiply(magnitude, by: scale), [UInt64(piece) ?? 0])
            index = end
        }
        self.init(negative: negative, magnitude: magnitude)
    }

    /// The greatest common divisor of the magnitudes (zero only when both are zero).
    public static func gcd(_ a: BigInt, _ b: BigInt) -> BigInt {
        if case .small(let x) = a.storage, case .small(let y) = b.storage {
            var (p, q) = (UInt64(x.magnitude), UInt64(y.magnitude))
            while q != 0 { (p, q) = (q, p % q) }
            return BigInt(negative: false, magnitude: p == 0 ? [] : [p])
        }
        return BigInt(negative: false, magnitude: Limbs.gcd(a.magnitude, b.magnitude))
    }
}
