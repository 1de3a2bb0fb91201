import Foundation

/// Compares names as people write them in form tools and spreadsheets: ignoring case, umlaut
/// spellings, accents, spaces and punctuation.
///
/// `Öffentlicher Diskurs`, `oeffentlicher-diskurs` and `OEFFENTLICHER DISKURS` have the same
/// key, `oeffentlicherdiskurs`. Independent of the machine's locale.
enum NameKey {
    static func key(_ text: String) -> String {
        var expanded = ""
        for character in text.lowercased() {
            switch character {
            case "ä": expanded += "ae"
            case "ö": expanded += "oe"
            case "ü": expanded += "ue"
            case "ß": expanded += "ss"
            default: expanded.append(character)
            }
        }
        let folded = expanded.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }))
    }
}
