/// An exact fraction of two `BigInt`s, always in lowest terms with a positive denominator.
///
/// Used wherever a count compares shares (Equal Shares' prices, split votes, means), so no
/// winner ever depends on floating point. Integers stay on `BigInt`'s `Int` fast path.
///
/// ```swift
/// let share = Rational(1546168, 3) - Rational(2)   // 1546162/3
/// share.decimal(places: 2)                        // "515387.33"
/// ```
public struct Rational: Sendable, Hashable {
    public let numerator: BigInt
    /// Always positive.
    public let denominator: BigInt

    public init(_ value: Int) { self.init(BigInt(value)) }

    public init(_ value: BigInt) {
        numerator = value
        denominator = 1
    }

    /// `numerator / denominator`, reduced.
    /// - Precondition: `denominator` is not zero.
    public init(_ numerator: BigInt, _ denominator: BigInt) {
        precondition(!denominator.isZero, "a fraction with denominator zero")
        if denominator == 1 {
            self.numerator = numerator
            self.denominator = 1
            return
        }
        let divisor = BigInt.gcd(numerator, denominator)
        var top = numerator / divisor
        var bottom = denominator / divisor
        if bottom.isNegative {
            top = -top
            bottom = -bottom
        }
        self.numerator = top
        self.denominator = bottom
    }

    public init(_ numerator: Int, _ denominator: Int) { self.init(BigInt(numerator), BigInt(denominator)) }

    public static let zero = Rational(0)
    public static let one = Rational(1)

    public var isZero: Bool { numerator.isZero }
    public var isNegative: Bool { numerator.isNegative }
    public var isInteger: Bool { denominator == 1 }
    public var signum: Int { numerator.signum }
}

extension Rational: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self.init(value) }
}

extension Rational: Comparable {
    public static func < (lhs: Rational, rhs: Rational) -> Bool {
        if lhs.denominator == rhs.denominator { return lhs.numerator < rhs.numerator }
        return lhs.numerator * rhs.denominator < rhs.numerator * lhs.denominator
    }
}

extension Rational {
    public static prefix func - (value: Rational) -> Rational { Rational(reduced: -value.numerator, value.denominator) }

    public static func + (lhs: Rational, rhs: Rational) -> Rational {
        if lhs.denominator == rhs.denominator {
            return lhs.denominator == 1 ? Rational(lhs.numerator + rhs.numerator) : Rational(lhs.numerator + rhs.numerator, lhs.denominator)
        }
        return Rational(lhs.numerator * rhs.denominator + rhs.numerator * lhs.denominator, lhs.denominator * rhs.denominator)
    }

    public static func - (lhs: Rational, rhs: Rational) -> Rational { lhs + -rhs }

    public static func * (lhs: Rational, rhs: Rational) -> Rational {
        if lhs.denominator == 1 && rhs.denominator == 1 { return Rational(lhs.numerator * rhs.numerator) }
        return Rational(lhs.numerator * rhs.numerator, lhs.denominator * rhs.denominator)
    }

    /// - Precondition: `rhs` is not zero.
    public static func / (lhs: Rational, rhs: Rational) -> Rational {
        Rational(lhs.numerator * rhs.denominator, lhs.denominator * rhs.numerator)
    }

    public static func += (lhs: inout Rational, rhs: Rational) { lhs = lhs + rhs }
    public static func -= (lhs: inout Rational, rhs: Rational) { lhs = lhs - rhs }

    /// A value already in lowest terms with a positive denominator.
    private init(reduced numerator: BigInt, _ denominator: BigInt) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// The largest integer not above the value.
    public var floor: BigInt {
        let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        return remainder.isNegative ? quotient - 1 : quotient
    }

    /// The smallest integer not below the value.
    public var ceiling: BigInt { -((-self).floor) }

    /// The value times `scale`, rounded half away from zero, as the toolkit prints numbers
    /// (`scale` 100 gives hundredths, 1000 thousandths); saturates at `Int`'s range.
    public func rounded(scale: Int) -> Int {
        let scaled = self * Rational(scale)
        let magnitude = (scaled.isNegative ? -scaled : scaled) + Rational(1, 2)
        let value = magnitude.floor.intValue ?? .max
        return scaled.isNegative ? -value : value
    }
}
