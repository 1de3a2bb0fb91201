/// Puts text into XML 1.0 (XHTML, SVG, Office Open XML) so that it shows as written and the
/// document stays well-formed, byte for byte the same on every machine.
public enum XMLText {
    /// Text or an attribute value with `& < > " '` as character references.
    ///
    /// Characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return,
    /// U+FFFE and U+FFFF) are dropped, and so are the C1 controls, which XML allows but
    /// discourages. Tabs and line breaks (CR, LF, NEL, U+2028, U+2029) become a space: callers
    /// that keep line breaks split the text into lines first.
    public static func escaped(_ text: String) -> String {
        if needsNoEscaping(text) { return text }
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

    /// Whether `escaped` would return the text unchanged, decided on its UTF-8 bytes: printable
    /// ASCII other than `& < > " '`, and no C1 control (C2 80…C2 9F, NEL among them), U+2028,
    /// U+2029, U+FFFE or U+FFFF; every other scalar XML allows.
    static func needsNoEscaping(_ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            switch byte {
            case 0x26, 0x3C, 0x3E, 0x22, 0x27: return false
            case 0x20..<0x7F, 0x80...0xC1, 0xC3...0xE1, 0xE3...0xEE, 0xF0...0xFF: continue
            case 0xC2:
                guard let next = utf8.next(), next >= 0xA0 else { return false }
            case 0xE2:
                guard let second = utf8.next(), let third = utf8.next() else { return false }
                if second == 0x80 && (third == 0xA8 || third == 0xA9) { return false }
            case 0xEF:
                guard let second = utf8.next(), let third = utf8.next() else { return false }
                if second == 0xBF && (third == 0xBE || third == 0xBF) { return false }
            default: return false
            }
        }
        return true
    }

    /// Whether XML 1.0 allows the character (and it is not a discouraged control character).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20..<0x7F, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x1_0000...0x10_FFFF: true
        default: false
        }
    }
}

extension XMLText {
    /// Like `escaped`, but line breaks (CRLF, CR, LF, U+2028) become `&#10;`, which an XML
    /// parser keeps as a line feed: for text whose lines matter, such as a spreadsheet cell.
    public static func escapedKeepingLineBreaks(_ text: String) -> String {
        let normalised = text.replacingBytes(of: "\r\n", with: "\n").replacingBytes(of: "\r", with: "\n")
            .replacingBytes(of: "\u{2028}", with: "\n")
        return normalised.split(separator: "\n", omittingEmptySubsequences: false).map { escaped(String($0)) }.joined(separator: "&#10;")
    }
}
