import Foundation
import Testing

@testable import WorkshopKit

/// The labelled set: German idea titles and benefits written for these tests, 36 groups of
/// ideas that say the same thing in other words (77 ideas) and 54 ideas that say something of
/// their own, many of them on the same topics as a group ("Parkgebühren per Handy" beside the
/// parking-app group). Fixtures/duplicates/labelled-ideas.csv: id, cluster, title, benefit.
enum LabelledIdeas {
    struct Entry {
        var id: IdeaID
        var cluster: String
        var text: String
    }

    static func load() throws -> [Entry] {
        let url = Fixtures.packageRoot.appendingPathComponent("Tests/WorkshopKitTests/Fixtures/duplicates/labelled-ideas.csv")
        let table = try CSVTable(
            bytes: [UInt8](try Data(contentsOf: url)), file: "labelled-ideas.csv", required: ["id", "cluster", "title", "benefit"])
        return table.rows.map { row in
            Entry(id: IdeaID(table.value(row, "id")), cluster: table.value(row, "cluster"), text: table.value(row, "title") + "\n" + table.value(row, "benefit"))
        }
    }

    /// Precision and recall over pairs: a suggestion of n ideas claims n(n-1)/2 pairs.
    static func score(_ suggestions: [MergeSuggestion], _ entries: [Entry]) -> (precision: Double, recall: Double, claimed: Int, truePairs: Int) {
        let cluster = Dictionary(uniqueKeysWithValues: entries.map { ($0.id, $0.cluster) })
        var claimed = 0, correct = 0
        for suggestion in suggestions {
            for (offset, a) in suggestion.ideas.enumerated() {
                for b in suggestion.ideas[(offset + 1)...] {
                    claimed += 1
                    if cluster[a] == cluster[b] { correct += 1 }
                }
            }
        }
        let sizes = Dictionary(grouping: entries, by: \.cluster).values.map(\.count)
        let truePairs = sizes.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        return (claimed == 0 ? 1 : Double(correct) / Double(claimed), Double(correct) / Double(truePairs), claimed, truePairs)
    }
}

@Suite("Merge suggestions")
struct MergeSuggestionTests {
    static func items(_ texts: [(String, String)]) -> [MergeSuggester.Item] {
        texts.map { MergeSuggester.Item(id: IdeaID($0.0), text: $0.1) }
    }

    @Test("On the labelled set the default finds at least 75 % of the duplicate pairs with at least 95 % precision")
    func labelledSet() throws {
        let entries = try LabelledIdeas.load()
        #expect(entries.count == 131)
        let suggestions = MergeSuggester().suggest(entries.map { MergeSuggester.Item(id: $0.id, text: $0.text) })
        let result = LabelledIdeas.score(suggestions, entries)
        #expect(result.truePairs == 46)
        #expect(result.precision >= 0.95, "precision \(result.precision)")
        #expect(result.recall >= 0.75, "recall \(result.recall)")
    }

    @Test("The default minimum similarity is the one with the best F1 on the labelled set")
    func defaultThreshold() throws {
        let entries = try LabelledIdeas.load()
        let items = entries.map { MergeSuggester.Item(id: $0.id, text: $0.text) }
        var best = (threshold: 0.0, f1: -1.0)
        for step in 2...14 {
            let threshold = Double(step) * 0.05
            let result = LabelledIdeas.score(MergeSuggester(minimumSimilarity: threshold).suggest(items), entries)
            let f1 = 2 * result.precision * result.recall / (result.precision + result.recall)
            if f1 > best.f1 + 1e-9 { best = (threshold, f1) }
        }
        #expect(abs(best.threshold - MergeSuggester.defaultMinimumSimilarity) < 1e-9, "best F1 at \(best.threshold)")
    }

    @Test("Case, umlauts and ß spelled out, inflection and compounds do not hide a duplicate")
    func germanAware() throws {
        let suggestions = MergeSuggester().suggest(Self.items([
            ("A", "Lastenräder an der Straße ausleihen"),
            ("B", "LASTENRAEDER AN DER STRASSE AUSLEIHEN"),
            ("C", "Fahrradverleih am Bahnhof"),
            ("D", "Verleih von Fahrrädern für den Bahnhof"),
            ("E", "Glasfaser für Schulen"),
        ]))
        let groups = suggestions.map(\.ideas)
        #expect(groups.contains(["A", "B"]))
        #expect(groups.contains(["C", "D"]))
        let compound = try #require(suggestions.first { $0.ideas == ["C", "D"] })
        // Shown as first written: "Fahrradverleih" counts as "Fahrrädern" and "Verleih".
        #expect(Set(compound.shared) == ["fahrrädern", "verleih", "bahnhof"])
        let spelled = try #require(suggestions.first { $0.ideas == ["A", "B"] })
        #expect(spelled.similarity == 1)
        #expect(spelled.shared.contains("lastenräder"))
    }

    @Test("Stop words alone make no suggestion; the words shown are the telling ones")
    func stopWords() {
        let suggestions = MergeSuggester().suggest(Self.items([
            ("A", "Ein Angebot für die Bürger und für alle in der Stadt"),
            ("B", "Eine Plattform mit der und für die Vereine im Kreis"),
        ]))
        #expect(suggestions.isEmpty)
        // The stemmer works on folded words: umlauts count as their base vowel, endings go.
        #expect(GermanWords.stem(TextFolding.key("Bücher")) == GermanWords.stem("buch"))
        #expect(GermanWords.stem(TextFolding.key("Mobilitäten")) == GermanWords.stem("mobilitaet"))
        #expect(GermanWords.stem(TextFolding.key("Gemeinden")) == GermanWords.stem("gemeinde"))
    }

    @Test("Ideas already merged into one project are not suggested again; set-aside ideas are left out")
    func consolidatedIdeas() {
        var workspace = Fixtures.small()
        workspace.ideas = [
            Idea(id: "I-1", title: "Lastenrad-Sharing", theme: "mobility", benefit: "Lastenräder ausleihen"),
            Idea(id: "I-2", title: "Lastenrad Sharing", theme: "mobility", benefit: "Lastenräder leihen"),
            Idea(id: "I-3", title: "Lastenrad-Sharing im Dorf", theme: "mobility", benefit: "Lastenräder ausleihen", setAside: "doppelt"),
        ]
        workspace.projects = [Project(id: "P1", title: "Rad", theme: "mobility", ideas: ["I-1"]), Project(id: "P2", title: "X", theme: "economy")]
        #expect(MergeSuggester().suggest(in: workspace).map(\.ideas) == [["I-1", "I-2"]])
        workspace.projects[0].ideas = ["I-1", "I-2"]
        #expect(MergeSuggester().suggest(in: workspace).isEmpty)
    }

    @Test("Not all pairs: on 3 000 generated ideas fewer than 2 % of the pairs are compared, and a rewrite is still found")
    func subQuadratic() {
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let syllables = ["mo", "bil", "rad", "sta", "tion", "ver", "leih", "schu", "le", "netz", "dorf", "markt", "platz", "kar", "te", "app"]
        let vocabulary = (0..<3000).map { _ in (0..<3).map { _ in syllables[next(syllables.count)] }.joined() }
        var texts = (0..<3000).map { index in (0..<12).map { _ in vocabulary[next(vocabulary.count)] }.joined(separator: " ") + " idee\(index)" }
        texts[2999] = texts[17].split(separator: " ").dropLast(2).joined(separator: " ")
        let run = MergeSuggester().run(texts.enumerated().map { MergeSuggester.Item(id: IdeaID("G-\($0.offset)"), text: $0.element) })
        #expect(run.comparedPairs < 3000 * 2999 / 2 / 50, "\(run.comparedPairs) pairs compared")
        #expect(run.suggestions.contains { $0.ideas == ["G-17", "G-2999"] })
    }

    @Test("The same ideas give the same suggestions, in the same order")
    func deterministic() throws {
        let items = try LabelledIdeas.load().map { MergeSuggester.Item(id: $0.id, text: $0.text) }
        #expect(MergeSuggester().suggest(items) == MergeSuggester().suggest(items))
        #expect(MergeSuggester().suggest(Array(items.reversed())).map(\.ideas) == MergeSuggester().suggest(items).map(\.ideas))
    }
}
