/// One line typed in a rating session: an answer on the criterion asked (a score or `?`,
/// optionally followed by `# comment`), `-` to skip the item, or `q` to stop.
public enum SessionAnswer: Sendable, Hashable {
    case answer(ScoreAnswer, comment: String)
    case skipItem
    case quit
    /// Not an answer; the text says why.
    case invalid(String)

    /// Reads `line` against the criterion's scale. Surrounding spaces do not matter; a score
    /// may also be written as its label (`hoch`), as on a sheet.
    public static func parse(_ line: String, scale: Scale) -> SessionAnswer {
        var text = line.trimmingCharacters(in: .whitespaces)
        var comment = ""
        if let hash = text.firstIndex(of: "#") {
            comment = text[text.index(after: hash)...].trimmingCharacters(in: .whitespaces)
            text = text[..<hash].trimmingCharacters(in: .whitespaces)
        }
        if comment.isEmpty {
            if text == "-" { return .skipItem }
            if text.lowercased() == "q" { return .quit }
        }
        if text.isEmpty { return .invalid("an empty answer; \(AnswerParser.allowedInSession(scale))") }
        switch AnswerParser.parse(text, scale: scale) {
        case .answer(let answer): return .answer(answer, comment: comment)
        case .empty: return .invalid("an empty answer; \(AnswerParser.allowedInSession(scale))")
        case .invalid(let reason): return .invalid("\(reason); \(AnswerParser.allowedInSession(scale))")
        }
    }
}
