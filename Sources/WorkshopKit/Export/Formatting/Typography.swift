/// The characters that keep a renderer from breaking a line where a reader would stumble:
/// inside an amount (`3.296.812,50 €`), a percentage (`100,0 %`), a score with its spread
/// (`3,72 ± 0,69`) or an id (`I-VW-01`).
///
/// Browsers, pandoc, LibreOffice and Word all honour them, and they survive every format the
/// toolkit writes (Markdown, HTML, WordprocessingML).
public enum Typography {
    /// U+00A0 NO-BREAK SPACE.
    public static let noBreakSpace = "\u{00A0}"
    /// U+2011 NON-BREAKING HYPHEN: looks like `-`, but no line ends after it.
    public static let noBreakHyphen = "\u{2011}"

    /// An id (or a list of ids) whose hyphens must not end a line: `I‑VW‑01`. Spaces stay
    /// breakable, so `I‑IS‑04, I‑IS‑05` may still wrap after the comma.
    public static func unbreakableHyphens(_ text: String) -> String {
        text.replacingBytes(of: "-", with: noBreakHyphen)
    }

    /// User text with the spaces between a number and its unit (`85 %`, `30.000 €`) and around
    /// `±` made unbreakable, as the toolkit writes its own figures.
    public static func joiningUnits(_ text: String) -> String {
        // No '%' and no byte of '€' (E2 82 AC) or '±' (C2 B1): nothing to join.
        guard text.utf8.contains(where: { $0 == 0x25 || $0 == 0xAC || $0 == 0xB1 }) else { return text }
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: { $0 == "%" || $0 == "€" || $0 == "±" }) else { return text }
        var output = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if scalar == " ", index > 0, index + 1 < scalars.count {
                let before = scalars[index - 1]
                let after = scalars[index + 1]
                let isDigit = { (s: Unicode.Scalar) in s.properties.numericType != nil }
                if (isDigit(before) && (after == "%" || after == "€" || after == "±")) || (before == "±" && isDigit(after)) {
                    output.append("\u{00A0}")
                    continue
                }
            }
            output.append(scalar)
        }
        return String(output)
    }
}
