/// Folds text the way German writers vary it, for comparing names and words.
///
/// Lower case; `ä ö ü` become `ae oe ue` and `ß` becomes `ss`, whether the umlaut is one
/// character or a vowel with a combining diaeresis (as macOS and some Excel exports write it);
/// other accents are dropped (`é` → `e`). So "Mobilität", "MOBILITÄT" and "Mobilitaet" fold alike.
public enum TextFolding {
    /// The folded words of `text` (letters and digits), joined by single spaces:
    /// "Innenstadt / Dorfmitte" and "innenstadt/dorfmitte" both give "innenstadt dorfmitte".
    public static func key(_ text: String) -> String {
        var words: [String] = []
        forEachWord(in: text) { words.append($0) }
        return words.joined(separator: " ")
    }

    /// Calls `body` with each folded word of `text`, in order.
    /// - Complexity: O(*n*) in the number of Unicode scalars.
    public static func forEachWord(in text: String, _ body: (String) -> Void) {
        forEachWord(in: text) { folded, _ in body(folded) }
    }

    /// Calls `body` with each folded word of `text` and the word as written, in order.
    public static func forEachWord(in text: String, _ body: (_ folded: String, _ written: Substring) -> Void) {
        // The folded word is built as UTF-8 bytes: much cheaper than growing a String.
        var word: [UInt8] = []
        word.reserveCapacity(32)
        var previousBase: UInt8 = 0
        var start: String.Index?
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        func flush(at end: String.Index) {
            if !word.isEmpty, let start { body(String(decoding: word, as: UTF8.self), text[start..<end]) }
            word.removeAll(keepingCapacity: true)
            previousBase = 0
            start = nil
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let value = scalar.value
            if value < 0x80 {
                // ASCII: letters and digits are word characters, everything else separates.
                switch value {
                case 0x30...0x39, 0x61...0x7A:
                    if start == nil { start = index }
                    word.append(UInt8(value))
                    previousBase = UInt8(value)
                case 0x41...0x5A:
                    if start == nil { start = index }
                    word.append(UInt8(value + 0x20))
                    previousBase = UInt8(value + 0x20)
                default:
                    flush(at: index)
                }
            } else if value == 0x308 {
                // A combining diaeresis after a, o or u makes an umlaut: add the e.
                if previousBase == UInt8(ascii: "a") || previousBase == UInt8(ascii: "o") || previousBase == UInt8(ascii: "u") {
                    word.append(UInt8(ascii: "e"))
                }
            } else if scalar.properties.generalCategory == .nonspacingMark {
                // Other combining accents are dropped.
            } else if let folded = fold(scalar) {
                if start == nil { start = index }
                word.append(contentsOf: folded.utf8)
                previousBase = folded.utf8.last ?? 0
            } else {
                flush(at: index)
            }
            index = scalars.index(after: index)
        }
        flush(at: scalars.endIndex)
    }

    /// The folded form of a letter or digit beyond ASCII, or `nil` for anything that separates words.
    private static func fold(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "ä", "Ä": return "ae"
        case "ö", "Ö": return "oe"
        case "ü", "Ü": return "ue"
        case "ß", "ẞ": return "ss"
        default: break
        }
        guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil else { return nil }
        // Other accented letters: the base letter, lower-cased.
        return String(scalar).decomposedLatin.lowercased()
    }
}

extension String {
    /// The string without combining marks after canonical decomposition of Latin letters (é → e).
    fileprivate var decomposedLatin: String {
        var output = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if let base = Self.latinBase[scalar] {
                output.append(base)
            } else {
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// Base letters of the accented Latin-1 and Latin Extended-A letters people type in names.
    private static let latinBase: [Unicode.Scalar: Unicode.Scalar] = {
        let pairs: [(String, Unicode.Scalar)] = [
            ("àáâãåāăą", "a"), ("ÀÁÂÃÅĀĂĄ", "a"), ("çćĉċč", "c"), ("ÇĆĈĊČ", "c"), ("ďđ", "d"), ("ĎĐ", "d"),
            ("èéêëēĕėęě", "e"), ("ÈÉÊËĒĔĖĘĚ", "e"), ("ĝğġģ", "g"), ("ĜĞĠĢ", "g"), ("ĥħ", "h"), ("ĤĦ", "h"),
            ("ìíîïĩīĭįı", "i"), ("ÌÍÎÏĨĪĬĮİ", "i"), ("ĵ", "j"), ("Ĵ", "j"), ("ķ", "k"), ("Ķ", "k"),
            ("ĺļľŀł", "l"), ("ĹĻĽĿŁ", "l"), ("ñńņňŉ", "n"), ("ÑŃŅŇ", "n"), ("òóôõøōŏő", "o"), ("ÒÓÔÕØŌŎŐ", "o"),
            ("ŕŗř", "r"), ("ŔŖŘ", "r"), ("śŝşš", "s"), ("ŚŜŞŠ", "s"), ("ţťŧ", "t"), ("ŢŤŦ", "t"),
            ("ùúûũūŭůűų", "u"), ("ÙÚÛŨŪŬŮŰŲ", "u"), ("ŵ", "w"), ("Ŵ", "w"), ("ýÿŷ", "y"), ("ÝŶŸ", "y"),
            ("źżž", "z"), ("ŹŻŽ", "z"),
        ]
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (letters, base) in pairs {
            for scalar in letters.unicodeScalars { table[scalar] = base }
        }
        return table
    }()
}
