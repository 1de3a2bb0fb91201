import Foundation

/// Numbers, amounts and dates as a language writes them; never the machine's locale.
public struct NumberStyle: Sendable, Hashable {
    public var decimalSeparator: String
    public var groupingSeparator: String

    public static let german = NumberStyle(decimalSeparator: ",", groupingSeparator: ".")
    public static let english = NumberStyle(decimalSeparator: ".", groupingSeparator: ",")

    public init(decimalSeparator: String, groupingSeparator: String) {
        self.decimalSeparator = decimalSeparator
        self.groupingSeparator = groupingSeparator
    }

    public init(_ language: Language) {
        self = language == .german ? .german : .english
    }

    /// `3,50` from 350 hundredths.
    public func hundredths(_ value: Int) -> String {
        DecimalLiteral.format(value, places: 2, decimalSeparator: decimalSeparator)
    }

    /// `60,0 %` from 600 permille.
    public func percent(permille: Int) -> String {
        DecimalLiteral.format(permille, places: 1, decimalSeparator: decimalSeparator) + " %"
    }

    /// `65 %` or `72,5 %`: a rate as exact as it was given.
    public func percent(_ rate: Hundredths) -> String {
        rate.description.replacingOccurrences(of: ".", with: decimalSeparator) + " %"
    }

    /// `1.234.567,89 €`: an exact amount with grouping.
    public func money(_ amount: Money, currency: String) -> String {
        DecimalLiteral.format(amount.cents, places: 2, decimalSeparator: decimalSeparator, groupingSeparator: groupingSeparator)
            + " " + Self.symbol(currency)
    }

    /// `4,90`: an amount in millions with two decimals, rounded half up, as budget tables print it.
    public func millions(_ amount: Money) -> String {
        // 1 Mio = 100 000 000 cents; hundredths of a million = 1 000 000 cents.
        DecimalLiteral.format(DecimalLiteral.roundedDivision(amount.cents, by: 1_000_000), places: 2, decimalSeparator: decimalSeparator)
    }

    /// `1.234`: a whole number with grouping.
    public func integer(_ value: Int) -> String {
        DecimalLiteral.format(value, places: 0, decimalSeparator: decimalSeparator, groupingSeparator: groupingSeparator)
    }

    static func symbol(_ currency: String) -> String {
        switch currency {
        case "EUR": "€"
        case "USD": "$"
        case "GBP": "£"
        case "PLN": "zł"
        default: currency
        }
    }
}
