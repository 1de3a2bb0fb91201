/// Estimates how wide a line of text is drawn, without fonts: enough to keep labels apart,
/// shorten a title that would run off the edge, or wrap a note.
///
/// The widths per character class are a little generous for DejaVu Sans (the widest of the
/// fonts a chart asks for), so text measured to fit does fit in Helvetica and Arial too.
/// Pure arithmetic on the characters: the same text always gives the same width.
enum TextMetrics {
    /// The drawn width of `text` at `fontSize`, in the same unit; bold text is about 10 % wider.
    static func width(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
        let ems = text.unicodeScalars.reduce(0.0) { $0 + em($1) }
        return ems * fontSize * (bold ? 1.1 : 1.0)
    }

    /// The text, cut at a word or character and ended with `…` when it is wider than `maximum`.
    static func truncated(_ text: String, to maximum: Double, fontSize: Double, bold: Bool = false) -> String {
        guard width(text, fontSize: fontSize, bold: bold) > maximum else { return text }
        var scalars = Array(text.unicodeScalars)
        while !scalars.isEmpty {
            scalars.removeLast()
            let candidate = String(String.UnicodeScalarView(scalars)).trimmingTrailingSpaces + "…"
            if width(candidate, fontSize: fontSize, bold: bold) <= maximum { return candidate }
        }
        return "…"
    }

    /// The text broken into lines at spaces so that each fits `maximum`; a single word wider
    /// than that gets a line of its own, shortened with `…`.
    static func wrapped(_ text: String, to maximum: Double, fontSize: Double) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if width(candidate, fontSize: fontSize) <= maximum || current.isEmpty {
                current = candidate
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.map { truncated($0, to: maximum, fontSize: fontSize) }
    }

    /// The advance of one character, in ems.
    private static func em(_ scalar: Unicode.Scalar) -> Double {
        switch scalar {
        case " ", "\u{A0}": 0.32
        case "i", "j", "l", ".", ",", ":", ";", "!", "|", "'", "I", "`": 0.3
        case "f", "t", "r", "(", ")", "[", "]", "-", "\u{2011}", "/", "\"": 0.42
        case "m", "w", "M", "W", "@", "%", "—", "…": 0.92
        case "0"..."9", "€", "$", "£", "±", "≥", "≤", "+", "=", "×", "*", "_", "–": 0.64
        case "A"..."Z", "Ä", "Ö", "Ü", "&": 0.72
        default: scalar.value >= 0x2E80 ? 1.0 : 0.6
        }
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
