/// Colour and bars for terminals; plain text when piped or when `NO_COLOR` is set.
struct Style {
    let colour: Bool

    /// Colour only on a terminal, never with `NO_COLOR` (any value) or `TERM=dumb`.
    init(isTerminal: Bool, environment: [String: String]) {
        colour = isTerminal && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }

    func bold(_ text: String) -> String { wrap(text, "1") }
    func red(_ text: String) -> String { wrap(text, "1;31") }
    func yellow(_ text: String) -> String { wrap(text, "33") }
    func green(_ text: String) -> String { wrap(text, "32") }
    func dim(_ text: String) -> String { wrap(text, "2") }

    private func wrap(_ text: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    /// A bar of `value` out of `maximum`, `width` cells wide; empty without colour (bars are for terminals).
    func bar(_ value: Int, of maximum: Int, width: Int = 10) -> String {
        guard colour, maximum > 0 else { return "" }
        return " " + Self.blocks(value, of: maximum, width: width)
    }

    /// `value` out of `maximum` as block characters in eighths of a cell, at most `width` cells:
    /// plain text, for views whose content is the bar.
    static func blocks(_ value: Int, of maximum: Int, width: Int) -> String {
        guard maximum > 0 else { return "" }
        let cells = max(0, min(width * 8, value * width * 8 / maximum))
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        return String(repeating: "█", count: cells / 8) + partial[cells % 8]
    }
}
