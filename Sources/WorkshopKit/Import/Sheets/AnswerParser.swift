import Foundation

/// Reads one answer cell of a scoring sheet or a form export against a criterion's scale.
///
/// Accepted: nothing (no answer); `?` or "weiß nicht" / "don't know" (don't know); a whole
/// number on the scale, also written `4,0` or followed by its label (`4 – hoch`, `4 (hoch)`),
/// as spreadsheets and form tools write them; or a label alone (`hoch`). Labels compare as
/// `NameKey` does, ignoring case, umlaut spelling and punctuation.
enum AnswerParser {
    enum Outcome: Equatable {
        case empty
        case answer(ScoreAnswer)
        /// Not an answer; the text says why.
        case invalid(String)
    }

    /// The keys of the words for "don't know".
    static let dontKnowKeys: Set<String> = ["weissnicht", "dontknow", "weissichnicht", "idontknow"]

    static func parse(_ cell: String, scale: Scale) -> Outcome {
        let text = FormulaGuard.remove(cell).trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return .empty }
        if text == "?" || dontKnowKeys.contains(NameKey.key(text)) { return .answer(.dontKnow) }
        let labelKeys = scale.labels.map(NameKey.key)
        var scalars = Substring(text).unicodeScalars[...]
        var sign = 1
        if scalars.first == "-" || scalars.first == "−" {
            sign = -1
            scalars = scalars.dropFirst()
        }
        let digits = scalars.prefix { ("0"..."9").contains($0) }
        guard !digits.isEmpty else {
            if let index = labelKeys.firstIndex(of: NameKey.key(text)) { return .answer(.score(scale.minimum + index)) }
            return .invalid("'\(text)' is not an answer")
        }
        guard digits.count <= 6, let magnitude = Int(String(String.UnicodeScalarView(digits))) else {
            return .invalid("'\(text)' is not an answer")
        }
        let score = sign * magnitude
        var rest = String(String.UnicodeScalarView(scalars.dropFirst(digits.count)))
        if rest == ",0" || rest == ".0" { rest = "" }
        let restKey = NameKey.key(rest)
        if !restKey.isEmpty {
            // `4 – hoch`: the label must be the score's; digits after a separator (`3,5`) are no label.
            guard rest.unicodeScalars.contains(where: { $0.properties.isAlphabetic }),
                let labelIndex = labelKeys.firstIndex(of: restKey)
            else { return .invalid("'\(text)' is not a whole number") }
            if scale.minimum + labelIndex != score {
                return .invalid("'\(text)': '\(scale.labels[labelIndex])' is \(scale.minimum + labelIndex) on this scale, not \(score)")
            }
        }
        guard scale.contains(score) else { return .invalid("\(score) is outside \(scale.rangeDescription)") }
        return .answer(.score(score))
    }

    /// What may be written, for messages: "a whole number 1…5, ? for don't know, or nothing".
    static func allowed(_ scale: Scale) -> String {
        "write a whole number \(scale.rangeDescription)\(scale.labels.isEmpty ? "" : " (or its label)"), ? for don't know, or leave it empty"
    }

    /// What may be typed in a session, for messages.
    static func allowedInSession(_ scale: Scale) -> String {
        "type a whole number \(scale.rangeDescription)\(scale.labels.isEmpty ? "" : " (or its label)"), ? for don't know (either may be followed by # and a comment), - to skip the item or q to stop"
    }
}
