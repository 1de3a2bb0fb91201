import Foundation
import WorkshopKit

/// Generated German idea texts with planted near-duplicates, for timing merge suggestions at
/// city scale (10 000 and 100 000 ideas).
///
/// Words are drawn from a vocabulary of real German stems and the compounds made of them,
/// with a skewed (Zipf-like) frequency, so a few words are everywhere and most are rare, as in
/// real idea collections. Every tenth idea is a rewrite of an earlier one: some words dropped or
/// replaced, endings changed, compounds split ("Fahrradverleih" → "Verleih … Fahrrad") and
/// umlauts spelled out ("ae") — the planted duplicates whose recall the benchmark reports.
struct IdeaCorpus {
    var items: [MergeSuggester.Item] = []
    /// Pairs (original, rewrite) as indices into `items`.
    var planted: [(Int, Int)] = []

    static let stems = [
        "Rad", "Fahrrad", "Lastenrad", "Bus", "Bahn", "Bahnhof", "Station", "Verleih", "Sharing", "Auto", "Park", "Platz",
        "Sensor", "Karte", "App", "Portal", "Plattform", "Schule", "Lehrkraft", "Tablet", "Unterricht", "Bildung",
        "Verwaltung", "Rathaus", "Antrag", "Akte", "Termin", "Bürger", "Service", "Daten", "Netz", "Funk", "Glasfaser",
        "Handel", "Markt", "Laden", "Kunde", "Karte", "Bonus", "Stadt", "Dorf", "Mitte", "Raum", "Arbeit", "Coworking",
        "Gründer", "Zentrum", "Beratung", "Sicherheit", "Firma", "Fachkraft", "Praktikum", "Börse", "Senior", "Lotse",
        "Hilfe", "Pflege", "Arzt", "Praxis", "Video", "Sprechstunde", "Wasser", "Pegel", "Warnung", "Energie", "Strom",
        "Licht", "Straße", "Baum", "Abfall", "Kalender", "Verein", "Ehrenamt", "Kultur", "Tourismus", "Route", "Gast",
        "Feuerwehr", "Einsatz", "Wetter", "Kita", "Familie", "Jugend", "Medien", "Kompetenz", "Roboter", "Labor", "Test",
        "Rettung", "Dienst", "Wagen", "Heizung", "Wohnung", "Dach", "Solar", "Kataster", "Bibliothek", "Kurs",
    ]
    static let adjectives = [
        "digital", "gemeinsam", "regional", "lokal", "schnell", "sicher", "offen", "smart", "kostenlos", "barrierefrei",
        "vernetzt", "mobil", "ländlich", "elektrisch", "nachhaltig", "modern", "einfach", "flexibel",
    ]
    static let verbs = [
        "buchen", "finden", "teilen", "melden", "lernen", "verkaufen", "beraten", "vernetzen", "planen", "zeigen",
        "ausleihen", "sparen", "schützen", "erproben", "unterstützen", "bündeln",
    ]
    static let fillers = ["für", "mit", "im", "in", "der", "die", "das", "und", "auf", "an", "zum", "zur", "über", "alle", "jede"]

    /// The vocabulary: stems, and two-stem compounds ("Fahrradverleih").
    let vocabulary: [String]
    private var state: UInt64

    init(ideas count: Int, seed: UInt64 = 20_201_218) {
        state = seed
        var words = Self.stems
        for first in Self.stems {
            for second in Self.stems where first != second {
                words.append(first + second.lowercased())
            }
        }
        vocabulary = words
        var originals: [[String]] = []
        for index in 0..<count {
            if index % 10 == 9, !originals.isEmpty {
                let source = Int(next() % UInt64(originals.count))
                let words = rewrite(originals[source])
                items.append(MergeSuggester.Item(id: IdeaID("G-\(index + 1)"), text: words.joined(separator: " ")))
                planted.append((originalIndex[source], index))
            } else {
                let words = fresh()
                originalIndex.append(index)
                originals.append(words)
                items.append(MergeSuggester.Item(id: IdeaID("G-\(index + 1)"), text: words.joined(separator: " ")))
            }
        }
    }

    private var originalIndex: [Int] = []

    private mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 17
    }

    /// A vocabulary word, skewed: word k is drawn about as often as 1/(k+10).
    private mutating func word() -> String {
        let u = Double(next() % 1_000_000) / 1_000_000
        let n = Double(vocabulary.count)
        // Inverse of a truncated 1/(k+10) distribution.
        let k = Int((10 * pow(1 + n / 10, u)) - 10)
        return vocabulary[min(vocabulary.count - 1, max(0, k))]
    }

    private mutating func pick(_ list: [String]) -> String { list[Int(next() % UInt64(list.count))] }

    /// A new idea: a title of 3–5 words and a benefit sentence of 8–14.
    private mutating func fresh() -> [String] {
        var words: [String] = [pick(Self.adjectives).capitalized]
        for _ in 0..<(2 + Int(next() % 3)) { words.append(word()) }
        for position in 0..<(8 + Int(next() % 7)) {
            switch position % 4 {
            case 0: words.append(pick(Self.fillers))
            case 1: words.append(word())
            case 2: words.append(pick(Self.verbs))
            default: words.append(next() % 2 == 0 ? word() : pick(Self.adjectives))
            }
        }
        return words
    }

    /// A rewrite of an idea that a person would still call the same idea.
    private mutating func rewrite(_ words: [String]) -> [String] {
        var output: [String] = []
        for word in words {
            switch next() % 20 {
            case 0, 1: continue  // dropped
            case 2: output.append(pick(Self.fillers))  // replaced by a filler
            case 3, 4: output.append(word + (word.hasSuffix("e") ? "n" : "en"))  // another ending
            case 5:
                // A compound split: "Fahrradverleih" → "Verleih Fahrrad"
                if let split = Self.stems.first(where: { word.hasPrefix($0) && word.count > $0.count + 2 }) {
                    output.append(String(word.dropFirst(split.count)).capitalized)
                    output.append(split)
                } else {
                    output.append(word)
                }
            case 6: output.append(word.replacingUmlauts)
            default: output.append(word)
            }
        }
        return output
    }
}

extension String {
    fileprivate var capitalized: String { prefix(1).uppercased() + dropFirst() }

    fileprivate var replacingUmlauts: String {
        var text = ""
        for character in self {
            switch character {
            case "ä": text += "ae"
            case "ö": text += "oe"
            case "ü": text += "ue"
            case "ß": text += "ss"
            default: text.append(character)
            }
        }
        return text
    }
}
