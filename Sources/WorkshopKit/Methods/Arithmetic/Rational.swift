/// An exact fraction of whole numbers of any size, always in lowest terms with a positive
/// denominator.
///
/// Used where a decision or a published figure must not depend on binary floating point:
/// where a priority group changes as a weight moves, and Krippendorff's alpha.
struct Rational: Hashable, Comparable, Sendable, CustomStringConvertible {
    private(set) var numerator: BigInt
    /// Always positive.
    private(set) var denominator: BigInt

    static let zero = Rational(0)
    static let one = Rational(1)

    init(_ value: Int) {
        numerator = BigInt(value)
        denominator = .one
    }

    init(_ value: BigInt) {
        numerator = value
        denominator = .one
    }

    /// `numerator / denominator`; the denominator must not be zero.
    init(_ numerator: BigInt, _ denominator: BigInt) {
        precondition(!denominator.isZero, "a fraction needs a denominator other than zero")
        let divisor = BigInt.gcd(numerator, denominator)
        var top = numerator.quotientAndRemainder(dividingBy: divisor).quotient
        var bottom = denominator.quotientAndRemainder(dividingBy: divisor).quotient
        if bottom.signum < 0 {
            top = -top
            bottom = -bottom
        }
        self.numerator = top
        self.denominator = bottom
    }

    init(_ numerator: Int, _ denominator: Int) { self.init(BigInt(numerator), BigInt(denominator)) }

    var signum: Int { numerator.signum }
    var isZero: Bool { numerator.isZero }

    static prefix func - (value: Rational) -> Rational { Rational(-value.numerator, value.denominator) }

    static func + (lhs: Rational, rhs: Rational) -> Rational {
        if lhs.denominator == rhs.denominator { return Rational(lhs.numerator + rhs.numerator, lhs.denominator) }
        return Rational(lhs.numerator * rhs.denominator + rhs.numerator * lhs.denominator, lhs.denominator * rhs.denominator)
    }

    static func - (lhs: Rational, rhs: Rational) -> Rational { lhs + -rhs }

    static func * (lhs: Rational, rhs: Rational) -> Rational {
        Rational(lhs.numerator * rhs.numerator, lhs.denominator * rhs.denominator)
    }

    /// The divisor must not be zero.
    static func / (lhs: Rational, rhs: Rational) -> Rational {
        Rational(lhs.numerator * rhs.denominator, lhs.denominator * rhs.numerator)
    }

    static func += (lhs: inout Rational, rhs: Rational) { lhs = lhs + rhs }

    static func < (lhs: Rational, rhs: Rational) -> Bool {
        lhs.numerator * rhs.denominator < rhs.numerator * lhs.denominator
    }

    /// The largest whole number not above the value.
    var floor: BigInt { numerator.flooredDivision(by: denominator) }

    /// The smallest whole number not below the value.
    var ceiling: BigInt { -((-self).floor) }

    /// The value times `scale`, rounded half away from zero, as the toolkit prints numbers
    /// (`scale` 100 gives hundredths, 1000 thousandths); saturates at `Int`'s range.
    func rounded(scale: Int) -> Int {
        let scaled = self * Rational(scale)
        let half = Rational(1, 2)
        let magnitude = (scaled.signum < 0 ? -scaled : scaled) + half
        let whole = magnitude.floor
        let value = whole.int ?? .max
        return scaled.signum < 0 ? -value : value
    }

    /// `numerator/denominator`, for messages and tests.
    var description: String { denominator == .one ? numerator.description : "\(numerator)/\(denominator)" }
}
