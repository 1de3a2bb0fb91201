/// Reads decimal literals exactly, without going through `Double`.
enum DecimalLiteral {
    /// The literal as an integer count of `1/10^places`, or `nil` when it is not a plain decimal
    /// (`12`, `-3.5`, `0.65`) with at most `places` decimal places.
    static func scaled(_ literal: String, places: Int) -> Int? {
        var text = Substring(literal)
        var negative = false
        if text.first == "-" {
            negative = true
            text = text.dropFirst()
        } else if text.first == "+" {
            text = text.dropFirst()
        }
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, whole.allSatisfy(\.isASCIIDigitCharacter) else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        if parts.count == 2 && fraction.isEmpty { return nil }
        guard fraction.count <= places, fraction.allSatisfy(\.isASCIIDigitCharacter) else { return nil }
        // Up to 15 whole digits keep every value far inside Int's range.
        let significant = whole.drop { $0 == "0" }
        guard significant.count <= 15, let wholeValue = Int(whole) else { return nil }
        let padded = fraction + String(repeating: "0", count: places - fraction.count)
        let fractionValue = padded.isEmpty ? 0 : Int(padded)!
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let value = wholeValue * scale + fractionValue
        return negative ? -value : value
    }

    /// Formats `value / 10^places` with exactly `places` decimals and the given separators.
    static func format(_ value: Int, places: Int, decimalSeparator: String = ".", groupingSeparator: String? = nil) -> String {
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let magnitude = value.magnitude
        let whole = magnitude / UInt(scale)
        let fraction = magnitude % UInt(scale)
        var wholeText = String(whole)
        if let groupingSeparator, wholeText.count > 3 {
            var grouped = ""
            for (offset, character) in wholeText.enumerated() {
                if offset > 0 && (wholeText.count - offset) % 3 == 0 { grouped += groupingSeparator }
                grouped.append(character)
            }
            wholeText = grouped
        }
        var text = (value < 0 ? "-" : "") + wholeText
        if places > 0 {
            let digits = String(fraction)
            text += decimalSeparator + String(repeating: "0", count: places - digits.count) + digits
        }
        return text
    }

    /// Divides and rounds half away from zero ("kaufmännisch"), exactly.
    static func roundedDivision(_ numerator: Int, by denominator: Int) -> Int {
        roundedDivision(numerator, times: 1, by: denominator)
    }

    /// `numerator × factor / denominator`, rounded half away from zero, exact without overflow
    /// of the intermediate product (e.g. a share in permille of two large amounts).
    static func roundedDivision(_ numerator: Int, times factor: Int, by denominator: Int) -> Int {
        precondition(denominator != 0)
        let negative = ((numerator < 0) != (denominator < 0)) != (factor < 0)
        let d = denominator.magnitude
        let product = numerator.magnitude.multipliedFullWidth(by: factor.magnitude)
        let (quotient, remainder) = d.dividingFullWidth(product)
        // Half away from zero: round up when the remainder is at least half the divisor.
        let roundsUp = remainder >= d - remainder
        let magnitude = quotient + (roundsUp ? 1 : 0)
        return negative ? -Int(magnitude) : Int(magnitude)
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}

/// A decimal number with at most two decimal places, held exactly as a count of hundredths.
///
/// Used for criterion weights (`1.5`), score thresholds (`3.25`) and percentages (`65`, `72.5`).
public struct Hundredths: Hashable, Comparable, Sendable, CustomStringConvertible, JSONCodable {
    public var value: Int

    public init(hundredths: Int) { self.value = hundredths }
    public init(_ whole: Int) { self.value = whole * 100 }

    /// Parses `3`, `3.5` or `3.25`; `nil` for anything else.
    public init?(_ literal: String) {
        guard let value = DecimalLiteral.scaled(literal, places: 2) else { return nil }
        self.value = value
    }

    public static func < (lhs: Hundredths, rhs: Hundredths) -> Bool { lhs.value < rhs.value }

    /// Exactly two decimals: `3.50`, for JSON and tables.
    public var fixed: String { DecimalLiteral.format(value, places: 2) }

    /// The shortest exact text: `3`, `3.5`, `3.25`.
    public var description: String {
        var text = DecimalLiteral.format(value, places: 2)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard case .number(let literal) = json.value, let parsed = Hundredths(literal) else {
            let found = if case .number(let literal) = json.value { "'\(literal)'" } else { json.kindDescription }
            reader.error("\"\(key)\" must be a number with at most two decimal places, found \(found)", at: json.position)
            return nil
        }
        self = parsed
    }

    public var json: JSON { JSON(.number(description)) }
}
