import Foundation

/// Text from the HTML of a platform's rich-text field.
enum PlainText {
    /// Paragraph and line-break tags become line breaks, other tags go, the common entities are decoded.
    static func fromHTML(_ html: String) -> String {
        var text = ""
        var index = html.startIndex
        while index < html.endIndex {
            if html[index] == "<", let close = html[index...].firstIndex(of: ">") {
                let tag = html[html.index(after: index)..<close].lowercased().filter { !$0.isWhitespace }
                if tag.hasPrefix("br") || tag == "/p" || tag == "/li" || tag == "/div" || tag.hasPrefix("/h") { text += "\n" }
                index = html.index(after: close)
                continue
            }
            text.append(html[index])
            index = html.index(after: index)
        }
        let entities = [("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"), ("&amp;", "&")]
        for (entity, character) in entities { text = text.replacingOccurrences(of: entity, with: character) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map { $0.trimmingCharacters(in: .whitespaces) }
        return lines.filter { !$0.isEmpty }.joined(separator: "\n")
    }
}
