/// Text made safe for a terminal: control characters from user data (a title holding
/// `ESC]0;…BEL` to retitle the window, `ESC[2J` to clear the screen) shown as visible symbols,
/// never sent raw. The one sanitiser every terminal printer goes through (`SafeConsole`).
enum TerminalText {
    /// The escape sequences the tool itself writes (`Style`, `ProgressLine`), kept as they are.
    static let ownSequences: [String] = ["1", "1;31", "33", "32", "2", "0"].map { "\u{1B}[\($0)m" } + ["\r\u{1B}[K"]

    /// `text` with every control character but line feed and tab replaced by its visible
    /// symbol (U+2400…U+241F, U+2421 for DEL, U+FFFD for C1 controls), except `ownSequences`.
    static func sanitised(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        outer: while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\u{1B}" || scalar == "\r" {
                for sequence in ownSequences where sequence.unicodeScalars.elementsEqual(scalars[index..<min(scalars.count, index + sequence.unicodeScalars.count)]) {
                    result.append(contentsOf: sequence.unicodeScalars)
                    index += sequence.unicodeScalars.count
                    continue outer
                }
            }
            result.append(isControl(scalar) ? visible(scalar) : scalar)
            index += 1
        }
        return String(result)
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
    }

    private static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case ..<0x20: Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}"
        case 0x7F: "\u{2421}"
        default: "\u{FFFD}"
        }
    }
}
