/// An exact amount of money in cents (of euro, or of the process's currency).
///
/// Amounts are never held in floating point; rounding happens only when printing, for
/// example to "Mio €" with two decimals as in a budget table.
public struct Money: Hashable, Comparable, Sendable, CustomStringConvertible, JSONCodable, AdditiveArithmetic {
    public var cents: Int

    /// The largest amount accepted from input, 999 999 999 999.99.
    public static let limit = Money(cents: 99_999_999_999_999)

    /// The largest total the budget lines of a workspace may reach, 999 999 999 999 999.99, so
    /// every sum, share and percentage of them is computed exactly without overflow.
    public static let totalLimit = Money(cents: 99_999_999_999_999_999)

    public init(cents: Int) { self.cents = cents }
    public init(euros: Int) { self.cents = euros * 100 }

    public static let zero = Money(cents: 0)

    /// Parses `1234`, `1234.5` or `1234.56` (a point as decimal separator, no grouping).
    public init?(_ literal: String) {
        guard let cents = DecimalLiteral.scaled(literal, places: 2), cents.magnitude <= Money.limit.cents.magnitude else {
            return nil
        }
        self.cents = cents
    }

    public static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents - rhs.cents) }
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }

    /// This amount times a percentage, rounded down to whole cents: a grant never promises
    /// more than the rate allows.
    public func percentage(_ percent: Hundredths) -> Money {
        // cents × (percent/100 as hundredths) / 10 000, exact in integers, rounded toward zero.
        let product = cents.multipliedFullWidth(by: percent.value)
        let (quotient, _) = 10_000.dividingFullWidth(product)
        return Money(cents: quotient)
    }

    /// `1234.56`, the form used in workspace files and standard CSV.
    public var description: String { DecimalLiteral.format(cents, places: 2) }

    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard case .number(let literal) = json.value, let parsed = Money(literal) else {
            let found = if case .number(let literal) = json.value { "'\(literal)'" } else { json.kindDescription }
            reader.error(
                "\"\(key)\" must be an amount as a number with at most two decimal places (e.g. 35200.50), at most \(Money.limit); found \(found)",
                at: json.position)
            return nil
        }
        guard parsed.cents >= 0 else {
            reader.error("\"\(key)\" is \(parsed); an amount lies in 0…\(Money.limit), never below 0", at: json.position)
            return nil
        }
        self = parsed
    }

    public var json: JSON { JSON(.number(description)) }
}

extension Sequence where Element == Money {
    public func sum() -> Money { reduce(.zero, +) }
}
