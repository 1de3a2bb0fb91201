/// A whole number of any size: the integer part of the toolkit's exact rationals.
///
/// Only what exact scoring arithmetic needs: addition, subtraction, multiplication,
/// truncating division with remainder, comparison and the greatest common divisor. Values
/// are sign and magnitude, the magnitude in 32-bit limbs, least significant first, without
/// leading zero limbs (zero has none), so equal values have equal representations.
///
/// - Complexity: multiplication O(*n·m*) and division O(*n²*) in the number of limbs; the
///   numbers met in scoring have a handful of limbs.
struct BigInt: Hashable, Comparable, Sendable, CustomStringConvertible {
    private(set) var isNegative: Bool
    /// The magnitude, least significant limb first, no trailing zero limbs.
    private(set) var limbs: [UInt32]

    static let zero = BigInt(0)
    static let one = BigInt(1)

    init(_ value: Int) {
        isNegative = value < 0
        var magnitude = value.magnitude
        var limbs: [UInt32] = []
        while magnitude > 0 {
            limbs.append(UInt32(truncatingIfNeeded: magnitude))
            magnitude >>= 32
        }
        self.limbs = limbs
    }

    private init(isNegative: Bool, limbs: [UInt32]) {
        var limbs = limbs
        while limbs.last == 0 { limbs.removeLast() }
        self.limbs = limbs
        self.isNegative = isNegative && !limbs.isEmpty
    }

    var isZero: Bool { limbs.isEmpty }

    /// -1, 0 or 1.
    var signum: Int { isZero ? 0 : (isNegative ? -1 : 1) }

    var magnitude: BigInt { BigInt(isNegative: false, limbs: limbs) }

    /// The value as an `Int`, or `nil` when it does not fit.
    var int: Int? {
        guard limbs.count <= 2 else { return nil }
        var magnitude: UInt64 = 0
        for (index, limb) in limbs.enumerated() { magnitude |= UInt64(limb) << (32 * UInt64(index)) }
        if isNegative {
            guard magnitude <= UInt64(Int.max) + 1 else { return nil }
            return magnitude == UInt64(Int.max) + 1 ? Int.min : -Int(magnitude)
        }
        guard magnitude <= UInt64(Int.max) else { return nil }
        return Int(magnitude)
    }

    // MARK: Arithmetic

    static prefix func - (value: BigInt) -> BigInt { BigInt(isNegative: !value.isNegative, limbs: value.limbs) }

    static func + (lhs: BigInt, rhs: BigInt) -> BigInt {
        if lhs.isNegative == rhs.isNegative { return BigInt(isNegative: lhs.isNegative, limbs: add(lhs.limbs, rhs.limbs)) }
        // Opposite signs: subtract the smaller magnitude from the larger.
        switch compare(lhs.limbs, rhs.limbs) {
        case 0: return .zero
        case 1: return BigInt(isNegative: lhs.isNegative, limbs: subtract(lhs.limbs, rhs.limbs))
        default: return BigInt(isNegative: rhs.isNegative, limbs: subtract(rhs.limbs, lhs.limbs))
        }
    }

    static func - (lhs: BigInt, rhs: BigInt) -> BigInt { lhs + -rhs }

    static func * (lhs: BigInt, rhs: BigInt) -> BigInt {
        guard !lhs.isZero, !rhs.isZero else { return .zero }
        var product = [UInt32](repeating: 0, count: lhs.limbs.count + rhs.limbs.count)
        for (i, a) in lhs.limbs.enumerated() {
            var carry: UInt64 = 0
            for (j, b) in rhs.limbs.enumerated() {
                let sum = UInt64(a) * UInt64(b) + UInt64(product[i + j]) + carry
                product[i + j] = UInt32(truncatingIfNeeded: sum)
                carry = sum >> 32
            }
            var k = i + rhs.limbs.count
            while carry > 0 {
                let sum = UInt64(product[k]) + carry
                product[k] = UInt32(truncatingIfNeeded: sum)
                carry = sum >> 32
                k += 1
            }
        }
        return BigInt(isNegative: lhs.isNegative != rhs.isNegative, limbs: product)
    }

    static func += (lhs: inout BigInt, rhs: BigInt) { lhs = lhs + rhs }
    static func *= (lhs: inout BigInt, rhs: BigInt) { lhs = lhs * rhs }

    /// Truncating division, as `Int`'s: the quotient rounds toward zero and the remainder has
    /// the dividend's sign. The divisor must not be zero.
    func quotientAndRemainder(dividingBy divisor: BigInt) -> (quotient: BigInt, remainder: BigInt) {
        precondition(!divisor.isZero, "division by zero")
        let (quotient, remainder) = Self.divide(limbs, by: divisor.limbs)
        return (
            BigInt(isNegative: isNegative != divisor.isNegative, limbs: quotient),
            BigInt(isNegative: isNegative, limbs: remainder)
        )
    }

    /// The largest whole number not above `self / divisor`; the divisor must be positive.
    func flooredDivision(by divisor: BigInt) -> BigInt {
        let (quotient, remainder) = quotientAndRemainder(dividingBy: divisor)
        return remainder.isNegative ? quotient - .one : quotient
    }

    /// The greatest common divisor of the magnitudes; `gcd(0, 0)` is 0.
    static func gcd(_ a: BigInt, _ b: BigInt) -> BigInt {
        var a = a.magnitude
        var b = b.magnitude
        while !b.isZero { (a, b) = (b, a.quotientAndRemainder(dividingBy: b).remainder) }
        return a
    }

    static func < (lhs: BigInt, rhs: BigInt) -> Bool {
        if lhs.isNegative != rhs.isNegative { return lhs.isNegative }
        let order = compare(lhs.limbs, rhs.limbs)
        return lhs.isNegative ? order > 0 : order < 0
    }

    /// The number in decimal digits, with a leading `-` when negative.
    var description: String {
        if isZero { return "0" }
        var chunks: [UInt32] = []
        var rest = limbs
        while !rest.isEmpty {
            let (quotient, remainder) = Self.divide(rest, byLimb: 1_000_000_000)
            chunks.append(remainder)
            rest = quotient
        }
        var text = isNegative ? "-" : ""
        text += String(chunks.last ?? 0)
        for chunk in chunks.dropLast().reversed() {
            let digits = String(chunk)
            text += String(repeating: "0", count: 9 - digits.count) + digits
        }
        return text
    }

    // MARK: Magnitudes

    /// -1, 0 or 1 as `a` is below, equal to or above `b`.
    private static func compare(_ a: [UInt32], _ b: [UInt32]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        for index in a.indices.reversed() where a[index] != b[index] {
            return a[index] < b[index] ? -1 : 1
        }
        return 0
    }

    private static func add(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        var sum = [UInt32]()
        sum.reserveCapacity(long.count + 1)
        var carry: UInt64 = 0
        for index in long.indices {
            let total = UInt64(long[index]) + (index < short.count ? UInt64(short[index]) : 0) + carry
            sum.append(UInt32(truncatingIfNeeded: total))
            carry = total >> 32
        }
        if carry > 0 { sum.append(UInt32(carry)) }
        return sum
    }

    /// `a - b` for `a >= b`.
    private static func subtract(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var difference = a
        var borrow: Int64 = 0
        for index in difference.indices {
            var total = Int64(difference[index]) - borrow - (index < b.count ? Int64(b[index]) : 0)
            if total < 0 {
                total += 1 << 32
                borrow = 1
            } else {
                borrow = 0
            }
            difference[index] = UInt32(total)
        }
        while difference.last == 0 { difference.removeLast() }
        return difference
    }

    private static func divide(_ dividend: [UInt32], byLimb divisor: UInt32) -> ([UInt32], UInt32) {
        var quotient = [UInt32](repeating: 0, count: dividend.count)
        var remainder: UInt64 = 0
        for index in dividend.indices.reversed() {
            let current = (remainder << 32) | UInt64(dividend[index])
            quotient[index] = UInt32(current / UInt64(divisor))
            remainder = current % UInt64(divisor)
        }
        while quotient.last == 0 { quotient.removeLast() }
        return (quotient, UInt32(remainder))
    }

    /// Long division of magnitudes, one bit at a time for multi-limb divisors.
    private static func divide(_ dividend: [UInt32], by divisor: [UInt32]) -> (quotient: [UInt32], remainder: [UInt32]) {
        if compare(dividend, divisor) < 0 { return ([], dividend) }
        if divisor.count == 1 {
            let (quotient, remainder) = divide(dividend, byLimb: divisor[0])
            return (quotient, remainder == 0 ? [] : [remainder])
        }
        var quotient = [UInt32](repeating: 0, count: dividend.count)
        var remainder: [UInt32] = []
        for bit in stride(from: dividend.count * 32 - 1, through: 0, by: -1) {
            // remainder = remainder << 1 | bit
            var carry = (dividend[bit / 32] >> UInt32(bit % 32)) & 1
            for index in remainder.indices {
                let next = remainder[index] >> 31
                remainder[index] = (remainder[index] << 1) | carry
                carry = next
            }
            if carry != 0 { remainder.append(carry) }
            if compare(remainder, divisor) >= 0 {
                remainder = subtract(remainder, divisor)
                quotient[bit / 32] |= 1 << UInt32(bit % 32)
            }
        }
        while quotient.last == 0 { quotient.removeLast() }
        return (quotient, remainder)
    }
}
