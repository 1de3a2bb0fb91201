/// Keeps spreadsheet programs from running text as a formula (CSV injection).
///
/// Following OWASP's advice, a text cell that starts with `=`, `+`, `-`, `@`, tab or carriage
/// return gets a leading apostrophe, so Excel and LibreOffice show `'=HYPERLINK(…)` as text.
/// A text that starts with an apostrophe gets one more, so the guard can be removed without
/// loss when the toolkit reads its own CSV back. Numbers are not text cells and stay numbers.
public enum FormulaGuard {
    static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "'"]

    /// The text as it is safe to write into a CSV cell.
    public static func apply(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, triggers.contains(first) else { return text }
        return "'" + text
    }

    /// The original text of a cell written by `apply`; other texts come back unchanged.
    public static func remove(_ cell: String) -> String {
        let scalars = cell.unicodeScalars
        guard scalars.first == "'", let second = scalars.dropFirst().first, triggers.contains(second) else { return cell }
        return String(scalars.dropFirst())
    }

    /// `remove` on a cell's UTF-8 bytes: the bytes without the guard's apostrophe, if it has one.
    static func removed(_ cell: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard cell.count >= 2, cell[0] == UInt8(ascii: "'"), triggers.contains(Unicode.Scalar(cell[1])) else { return cell }
        return UnsafeBufferPointer(rebasing: cell[1...])
    }
}
