/// Puts text and numbers into SVG (XML 1.0) so that they show as written and the document
/// stays well-formed, byte for byte the same on every machine.
///
/// ```swift
/// SVGText.escaped("<script>&\"'")  // "&lt;script&gt;&amp;&quot;&apos;"
/// SVGText.number(12.254)           // "12.25"
/// ```
public enum SVGText {
    /// Text or an attribute value with `& < > " '` as character references.
    ///
    /// Characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return,
    /// U+FFFE and U+FFFF) are dropped, and so are the C1 controls, which XML allows but
    /// discourages. Tabs and line breaks (CR, LF, NEL, U+2028, U+2029) become a space: a
    /// chart label is one line, and an attribute would normalise them anyway.
    public static func escaped(_ text: String) -> String {
        var output = ""
        output.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            case "\t", "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": output += " "
            default:
                if isAllowed(scalar) { output.unicodeScalars.append(scalar) }
            }
        }
        return output
    }

    /// Whether XML 1.0 allows the character (and it is not a discouraged control character).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20..<0x7F, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x1_0000...0x10_FFFF: true
        default: false
        }
    }

    /// A length, coordinate or opacity with at most two decimals, a point as separator and
    /// no trailing zeros: `12`, `12.5`, `0.85`, `-3.25`.
    ///
    /// The value is rounded half away from zero to hundredths and printed from an integer,
    /// so the text never depends on the locale or on how a platform prints floating point.
    public static func number(_ value: Double) -> String {
        // Far beyond any drawing, but it keeps the conversion to an integer from trapping.
        guard value.isFinite, value.magnitude < 1e12 else { return "0" }
        let hundredths = Int((value * 100).rounded(.toNearestOrAwayFromZero))
        if hundredths % 100 == 0 { return String(hundredths / 100) }
        if hundredths % 10 == 0 { return DecimalLiteral.format(hundredths / 10, places: 1) }
        return DecimalLiteral.format(hundredths, places: 2)
    }
}
