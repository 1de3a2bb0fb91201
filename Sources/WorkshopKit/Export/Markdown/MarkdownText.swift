/// Puts user text into GitHub-flavoured Markdown so that it shows as written and cannot
/// change the layout: no HTML, no headings, lists, code or tables from user input.
///
/// Characters with Markdown meaning are backslash-escaped (CommonMark allows this for any
/// ASCII punctuation), line starts that would open a block are escaped, and line breaks
/// become `<br>` inside table cells and hard breaks in paragraphs. Renders the same on
/// GitHub and through `pandoc -f gfm`.
public enum MarkdownText {
    /// Characters escaped everywhere: emphasis, code, links, HTML, entities, tables, math, headings.
    static let escaped: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "$", "#"]
    /// `escaped` (all ASCII) as one bit per code: codes 0–63 in `low`, 64–127 in `high`. Testing
    /// a byte against it costs a shift, where the set hashes every byte.
    private static let escapedBits: (low: UInt64, high: UInt64) = escaped.reduce((0, 0)) { bits, scalar in
        scalar.value < 64 ? (bits.low | 1 << UInt64(scalar.value), bits.high) : (bits.low, bits.high | 1 << UInt64(scalar.value - 64))
    }

    /// Whether the character with this code is in `escaped`.
    private static func isEscaped(_ code: UInt32) -> Bool {
        code < 64 ? escapedBits.low >> UInt64(code) & 1 != 0 : code < 128 && escapedBits.high >> UInt64(code - 64) & 1 != 0
    }

    /// Text inside a line: a table cell, a heading, the rest of a list item after a label.
    /// Line breaks become `<br>`.
    public static func inline(_ text: String) -> String {
        lines(of: text).map { escapeLine(Typography.joiningUnits($0), atLineStart: false) }.joined(separator: "<br>")
    }

    /// Text that begins a line or a list item's content, where `1.`, `-`, `+` or `=` would start
    /// a list or an underline: those are escaped too. Line breaks become `<br>`.
    public static func lineStart(_ text: String) -> String {
        var first = true
        return lines(of: text).map { line in
            defer { first = false }
            return escapeLine(Typography.joiningUnits(line), atLineStart: first)
        }.joined(separator: "<br>")
    }

    /// Text as a paragraph of its own: lines are kept, joined by hard line breaks (backslash at line end).
    public static func paragraph(_ text: String) -> String {
        lines(of: text).map { escapeLine(Typography.joiningUnits($0), atLineStart: true) }.joined(separator: "\\\n")
    }

    /// Whether `escapeLine` would return the line unchanged, decided on its UTF-8 bytes: no
    /// control character and nothing escaped (all ASCII, so no byte of another scalar matches),
    /// and at a line start no `-`, `+`, `=` or digit first.
    private static func isPlain(_ line: String, atLineStart: Bool) -> Bool {
        if atLineStart, let first = line.utf8.first, first == 0x2D || first == 0x2B || first == 0x3D || (0x30...0x39).contains(first) {
            return false
        }
        return !line.utf8.contains { byte in
            byte < 0x20 || byte == 0x7F || isEscaped(UInt32(byte))
        }
    }

    /// Splits on CRLF, CR, LF and the Unicode line and paragraph separators; drops blank lines
    /// at the ends and trims each line, since leading spaces could open a code block.
    static func lines(of text: String) -> [String] {
        if isOneTrimmedLine(text) { return [text] }
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            if scalar == "\r" || scalar == "\n" || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{0B}"
                || scalar == "\u{0C}" || scalar == "\u{85}"
            {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        lines.append(String(current))
        let trimmed = lines.map(trimmingWhitespace)
        return Array(trimmed.drop { $0.isEmpty }.reversed().drop { $0.isEmpty }.reversed())
    }

    /// Whether the text is a single line that needs no trimming, decided on its UTF-8 bytes:
    /// it starts and ends with printable ASCII and holds no line break (LF, VT, FF, CR, NEL
    /// as C2 85, U+2028 and U+2029 as E2 80 A8/A9).
    private static func isOneTrimmedLine(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last, (0x21..<0x7F).contains(first), (0x21..<0x7F).contains(last) else {
            return false
        }
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if (0x0A...0x0D).contains(byte) || (previous.1 == 0xC2 && byte == 0x85)
                || (previous == (0xE2, 0x80) && (byte == 0xA8 || byte == 0xA9))
            {
                return false
            }
            previous = (previous.1, byte)
        }
        return true
    }

    static func trimmingWhitespace(_ text: String) -> String {
        var scalars = text.unicodeScalars[...]
        while let first = scalars.first, first.properties.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    private static func escapeLine(_ line: String, atLineStart: Bool) -> String {
        if isPlain(line, atLineStart: atLineStart) { return line }
        var output = ""
        let scalars = Array(line.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar.value < 0x20 || scalar.value == 0x7F {
                output += " "  // control characters have no place in Markdown
                continue
            }
            if isEscaped(scalar.value) || (atLineStart && index == 0 && (scalar == "-" || scalar == "+" || scalar == "=")) {
                output += "\\"
            }
            output.unicodeScalars.append(scalar)
        }
        // "1. " or "1) " at a line start would open an ordered list.
        if atLineStart, let firstNonDigit = scalars.firstIndex(where: { !("0"..."9").contains($0) }), firstNonDigit > 0,
            scalars[firstNonDigit] == "." || scalars[firstNonDigit] == ")"
        {
            let digits = String(String.UnicodeScalarView(scalars[..<firstNonDigit]))
            output = digits + "\\" + String(output.unicodeScalars.dropFirst(digits.unicodeScalars.count))
        }
        return output
    }
}
