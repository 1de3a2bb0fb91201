/// Turns idea texts into the words similarity is measured on, the German way: case, umlauts
/// and ß folded (`TextFolding`), stop words dropped, a light stemmer, and compounds split into
/// words that occur on their own elsewhere in the same texts.
///
/// The stemmer follows CISTEM (Weissweiler and Fraser, "Developing a Stemmer for German Based
/// on a Comparative Analysis of Publicly Available Stemmers", GSCL 2017): `ge-` dropped before
/// four or more letters, then `-em`, `-er`, `-nd` (in words longer than five letters) and
/// `-e`, `-s`, `-n` stripped repeatedly while more than three letters remain; `sch`, `ei`,
/// `ie` and doubled letters are kept whole. Umlauts count as their base vowel, so "Bücher"
/// and "Buch" meet. Verb endings in `-t` are not stripped (the case of the first letter,
/// which CISTEM uses for that, is folded away).
enum GermanWords {
    /// German and English function words, folded: they say nothing about what an idea is.
    static let stopWords: Set<String> = [
        // German
        "aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "ander", "andere", "anderen", "auch", "auf",
        "aus", "bei", "beim", "bis", "bzw", "da", "damit", "dann", "das", "dass", "dem", "den", "denen", "der", "deren", "des",
        "dessen", "die", "dies", "diese", "diesem", "diesen", "dieser", "dieses", "doch", "dort", "durch", "ein", "eine",
        "einem", "einen", "einer", "eines", "etwa", "etc", "fuer", "gegen", "ggf", "hat", "haben", "hier", "ihr", "ihre",
        "ihrem", "ihren", "ihrer", "im", "in", "ins", "ist", "jede", "jedem", "jeden", "jeder", "jedes", "kann", "koennen",
        "man", "mehr", "mit", "nach", "nicht", "noch", "nur", "ob", "oder", "ohne", "sein", "seine", "sich", "sie", "sind",
        "so", "sowie", "ueber", "um", "und", "uns", "unter", "viel", "viele", "vom", "von", "vor", "wie", "wir", "wird",
        "werden", "zu", "zum", "zur", "zwischen", "sollen", "soll", "dabei", "dazu", "sowohl", "weitere", "weiteren",
        "neue", "neuen", "neuer", "neues", "gibt", "es", "er", "wenn", "was", "wer", "wo", "einfach", "besser", "mehrere",
        // English
        "a", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "into", "is", "it", "its", "of",
        "on", "or", "that", "the", "their", "this", "to", "with", "more", "new", "all", "can", "will",
    ]

    /// The words worth comparing in `text`, folded: no stop words, no words shorter than three
    /// letters unless they hold a digit ("5g").
    static func forEachWord(in text: String, _ body: (_ folded: String, _ written: Substring) -> Void) {
        TextFolding.forEachWord(in: text) { word, written in
            guard !stopWords.contains(word) else { return }
            let count = word.utf8.count
            if count >= 3 || (count == 2 && word.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }) { body(word, written) }
        }
    }

    /// The stem of a folded word (see the type's documentation).
    static func stem(_ word: String) -> String {
        var letters = Array(word.utf8)
        // Umlauts (folded to ae, oe, ue) count as their base vowel.
        var plain: [UInt8] = []
        plain.reserveCapacity(letters.count)
        var index = 0
        while index < letters.count {
            let byte = letters[index]
            if index + 1 < letters.count, letters[index + 1] == UInt8(ascii: "e"),
                byte == UInt8(ascii: "a") || byte == UInt8(ascii: "o") || byte == UInt8(ascii: "u")
            {
                plain.append(byte)
                index += 2
                continue
            }
            plain.append(byte)
            index += 1
        }
        letters = plain
        if letters.count >= 6 && letters[0] == UInt8(ascii: "g") && letters[1] == UInt8(ascii: "e") { letters.removeFirst(2) }
        // Protect sch, ei, ie and doubled letters from the suffix rules, as CISTEM does.
        var marked: [UInt16] = []
        index = 0
        while index < letters.count {
            if index + 2 < letters.count, letters[index] == UInt8(ascii: "s"), letters[index + 1] == UInt8(ascii: "c"),
                letters[index + 2] == UInt8(ascii: "h")
            {
                marked.append(0x100)
                index += 3
            } else if index + 1 < letters.count, letters[index] == UInt8(ascii: "e"), letters[index + 1] == UInt8(ascii: "i") {
                marked.append(0x101)
                index += 2
            } else if index + 1 < letters.count, letters[index] == UInt8(ascii: "i"), letters[index + 1] == UInt8(ascii: "e") {
                marked.append(0x102)
                index += 2
            } else if index + 1 < letters.count, letters[index] == letters[index + 1] {
                marked.append(0x200 | UInt16(letters[index]))
                index += 2
            } else {
                marked.append(UInt16(letters[index]))
                index += 1
            }
        }
        func ends(_ suffix: String) -> Bool {
            let tail = suffix.utf8.map(UInt16.init)
            return marked.count >= tail.count && Array(marked.suffix(tail.count)) == tail
        }
        while marked.count > 3 {
            if marked.count > 5 && (ends("em") || ends("er") || ends("nd")) {
                marked.removeLast(2)
            } else if ends("e") || ends("s") || ends("n") {
                marked.removeLast()
            } else {
                break
            }
        }
        var output: [UInt8] = []
        for unit in marked {
            switch unit {
            case 0x100: output += Array("sch".utf8)
            case 0x101: output += Array("ei".utf8)
            case 0x102: output += Array("ie".utf8)
            case let doubled where doubled & 0x200 != 0: output += [UInt8(doubled & 0xFF), UInt8(doubled & 0xFF)]
            default: output.append(UInt8(unit))
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
