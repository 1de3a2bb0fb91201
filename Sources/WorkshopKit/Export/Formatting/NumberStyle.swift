import Foundation

/// Numbers, amounts and dates as a language writes them; never the machine's locale.
///
/// In documents a number and its unit (`3.296.812,50 €`, `100,0 %`) are joined by a no-break
/// space, so no renderer (a browser, pandoc, LibreOffice, Word) can put them on two lines; on a
/// terminal (`terminal`) a plain space is enough.
public struct NumberStyle: Sendable, Hashable {
    public var decimalSeparator: String
    public var groupingSeparator: String
    /// Between a number and its unit, and around `±`: `Typography.noBreakSpace` in documents.
    public var space: String

    public static let german = NumberStyle(decimalSeparator: ",", groupingSeparator: ".")
    public static let english = NumberStyle(decimalSeparator: ".", groupingSeparator: ",")
    /// English numbers with plain spaces, for a terminal, where text is copied into scripts.
    public static let terminal = NumberStyle(decimalSeparator: ".", groupingSeparator: ",", space: " ")

    public init(decimalSeparator: String, groupingSeparator: String, space: String = Typography.noBreakSpace) {
        self.decimalSeparator = decimalSeparator
        self.groupingSeparator = groupingSeparator
        self.space = space
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
        DecimalLiteral.format(permille, places: 1, decimalSeparator: decimalSeparator) + space + "%"
    }

    /// `65 %` or `72,5 %`: a rate as exact as it was given.
    public func percent(_ rate: Hundredths) -> String {
        rate.description.replacingBytes(of: ".", with: decimalSeparator) + space + "%"
    }

    /// `1.234.567,89 €`: an exact amount with grouping.
    public func money(_ amount: Money, currency: String) -> String {
        DecimalLiteral.format(amount.cents, places: 2, decimalSeparator: decimalSeparator, groupingSeparator: groupingSeparator)
            + space + Self.symbol(currency)
    }

    /// `4,90`: an amount in millions with two decimals, rounded half up, as budget tables print it.
    public func millions(_ amount: Money) -> String {
        // 1 Mio = 100 000 000 cents; hundredths of a million = 1 000 000 cents.
        DecimalLiteral.format(DecimalLiteral.roundedDivision(amount.cents, by: 1_000_000), places: 2, decimalSeparator: decimalSeparator)
    }

    /// `5,31 Mio. €`: `millions` with its unit, which may itself hold spaces (they become this style's).
    public func millions(_ amount: Money, unit: String) -> String {
        millions(amount) + space + unit.replacingBytes(of: " ", with: space)
    }

    /// `3,72 ± 0,69`: a value and its spread in hundredths.
    public func plusMinus(_ value: Int, _ spread: Int) -> String {
        hundredths(value) + space + "±" + space + hundredths(spread)
    }

    /// `1.234`: a whole number with grouping.
    public func integer(_ value: Int) -> String {
        DecimalLiteral.format(value, places: 0, decimalSeparator: decimalSeparator, groupingSeparator: groupingSeparator)
    }

    /// The symbol printed after amounts: `€` for EUR, the ISO code where no symbol is known.
    public static func symbol(_ currency: String) -> String {
        switch currency {
        case "EUR": "€"
        case "USD": "$"
        case "GBP": "£"
        case "PLN": "zł"
        default: currency
        }
    }
}
