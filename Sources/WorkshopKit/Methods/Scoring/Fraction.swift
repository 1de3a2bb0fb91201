import Foundation

/// An exact fraction of 128-bit integers, kept in lowest terms: means and weighted means are
/// computed with it in integers, and divided once, for printing.
struct Fraction: Sendable, Hashable {
    private(set) var numerator: Int128
    /// Always positive.
    private(set) var denominator: Int128

    init(_ numerator: Int128, _ denominator: Int128 = 1) {
        precondition(denominator != 0, "a fraction needs a denominator other than 0")
        let sign: Int128 = denominator < 0 ? -1 : 1
        let divisor = Self.gcd(numerator.magnitude, denominator.magnitude)
        self.numerator = sign * numerator / Int128(divisor)
        self.denominator = sign * denominator / Int128(divisor)
    }

    static func gcd(_ a: UInt128, _ b: UInt128) -> UInt128 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return max(a, 1)
    }

    /// The sum, or `nil` when it does not fit in 128 bits.
    func adding(_ other: Fraction) -> Fraction? {
        let divisor = Int128(Self.gcd(denominator.magnitude, other.denominator.magnitude))
        let left = other.denominator / divisor
        let right = denominator / divisor
        let (a, o1) = numerator.multipliedReportingOverflow(by: left)
        let (b, o2) = other.numerator.multipliedReportingOverflow(by: right)
        let (sum, o3) = a.addingReportingOverflow(b)
        let (product, o4) = denominator.multipliedReportingOverflow(by: left)
        guard !(o1 || o2 || o3 || o4) else { return nil }
        return Fraction(sum, product)
    }

    /// The product, or `nil` when it does not fit.
    func multiplied(by other: Fraction) -> Fraction? {
        let a = Fraction(numerator, other.denominator)
        let b = Fraction(other.numerator, denominator)
        let (top, o1) = a.numerator.multipliedReportingOverflow(by: b.numerator)
        let (bottom, o2) = a.denominator.multipliedReportingOverflow(by: b.denominator)
        guard !(o1 || o2) else { return nil }
        return Fraction(top, bottom)
    }

    /// The value in hundredths, rounded half away from zero: what is printed with two decimals.
    var hundredths: Int {
        let scaled = numerator.magnitude * 200 + denominator.magnitude
        let rounded = Int(scaled / (denominator.magnitude * 2))
        return numerator < 0 ? -rounded : rounded
    }

    /// The value as a decimal (38 significant digits), for callers that want one.
    var decimal: Decimal { Decimal(string: String(numerator))! / Decimal(string: String(denominator))! }
}
