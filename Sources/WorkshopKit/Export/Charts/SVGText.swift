/// Puts text and numbers into SVG (XML 1.0) so that they show as written and the document
/// stays well-formed, byte for byte the same on every machine.
///
/// ```swift
/// SVGText.escaped("<script>&\"'")  // "&lt;script&gt;&amp;&quot;&apos;"
/// SVGText.number(12.254)           // "12.25"
/// ```
public enum SVGText {
    /// Text or an attribute value with `& < > " '` as character references; see `XMLText.escaped`.
    public static func escaped(_ text: String) -> String { XMLText.escaped(text) }

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
