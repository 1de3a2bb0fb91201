import Foundation

/// Ideas that probably say the same thing, with how similar they are and the words they share.
public struct MergeSuggestion: Hashable, Sendable {
    /// The ideas, in natural order of their ids.
    public var ideas: [IdeaID]
    /// The lowest similarity between any two of them, 0…1.
    public var similarity: Double
    /// The words all of them use, the most telling first (as first written in the ideas).
    public var shared: [String]

    public init(ideas: [IdeaID], similarity: Double, shared: [String]) {
        self.ideas = ideas
        self.similarity = similarity
        self.shared = shared
    }
}

/// Finds ideas that probably say the same thing, so the working group can merge them.
///
/// **Similarity.** Each idea's title and central benefit become a set of words
/// (`GermanWords`: folded, stop words out, stemmed, compounds split into words found on their
/// own elsewhere). Two ideas' similarity is the weighted Jaccard index of their sets: the
/// weight of the words both use over the weight of the words either uses, each word weighted
/// by how rare it is among all ideas (`ln(1 + N / df)`), so "digital" counts for little and
/// "Lastenrad" for much. The words both use are shown with every suggestion.
///
/// **Not all pairs.** Candidate pairs come from MinHash with locality-sensitive hashing over
/// the words that are not frequent (in at most `max(20, N/20)` ideas): 24 hash functions,
/// each its own band, and a pair is compared only when the two ideas share at least two of
/// the 24 least hashes, so two ideas sharing a fifth of those words are compared with
/// probability 0.97, a third with 0.999. When more than 16 ideas share a band's value, they are
/// split again by the next band's value; a group still larger pairs its first idea with each
/// of the others only. Work grows with the number of ideas and the pairs compared, not with
/// the square of the number of ideas (10 000 and 100 000 ideas: `workshop-bench`).
///
/// **Groups.** Pairs at or above the minimum similarity are joined into groups, most similar
/// first, by complete linkage: a group only takes an idea that reaches the minimum with every
/// member, so each pair in a suggestion is similar. Ideas already merged into the same
/// project are not suggested together.
///
/// ```swift
/// for suggestion in MergeSuggester().suggest(in: workspace) {
///     print(suggestion.ideas, suggestion.similarity, suggestion.shared)
/// }
/// ```
public struct MergeSuggester: Sendable {
    /// The minimum similarity chosen on the labelled set of the tests (131 German ideas, 36
    /// groups of duplicates; see README): of the thresholds 0.10, 0.15, … 0.70, the one with the
    /// best F1 there (precision 1.00, recall 0.80).
    public static let defaultMinimumSimilarity = 0.2

    public var minimumSimilarity: Double

    /// MinHash functions; each is one band.
    static let bands = 24
    /// The most ideas one band value (after splitting) pairs with each other.
    static let bucketLimit = 16

    public init(minimumSimilarity: Double = MergeSuggester.defaultMinimumSimilarity) {
        self.minimumSimilarity = minimumSimilarity
    }

    /// One text to compare.
    public struct Item: Sendable {
        public var id: IdeaID
        public var text: String
        /// The projects the idea is merged into; ideas sharing one are not suggested together.
        public var projects: [ProjectID]

        public init(id: IdeaID, text: String, projects: [ProjectID] = []) {
            self.id = id
            self.text = text
            self.projects = projects
        }
    }

    /// Suggestions among the workspace's ideas that are not set aside (title and central benefit).
    public func suggest(in workspace: Workspace) -> [MergeSuggestion] {
        let map = ConsolidationMap(workspace: workspace)
        let items = workspace.ideas.filter { $0.setAside == nil }.map { idea in
            Item(id: idea.id, text: idea.title + "\n" + (idea.benefit ?? ""), projects: map.projectsByIdea[idea.id] ?? [])
        }
        return suggest(items)
    }

    /// Suggestions among `items`, most similar first.
    /// - Complexity: about O(*n* · *w* + *c* · *w*) for *n* items of *w* words and *c* candidate pairs.
    public func suggest(_ items: [Item]) -> [MergeSuggestion] { run(items).suggestions }

    /// What one run found, and how much it compared.
    public struct Run: Sendable {
        public var suggestions: [MergeSuggestion]
        /// How many pairs were compared exactly (all pairs would be n(n-1)/2).
        public var comparedPairs: Int
    }

    /// Suggestions among `items` with the number of pairs compared.
    public func run(_ items: [Item]) -> Run {
        let corpus = Corpus(items.map(\.text))
        var (similar, compared) = corpus.similarPairs(minimum: minimumSimilarity) { a, b in
            items[a].projects.isEmpty || Set(items[a].projects).isDisjoint(with: items[b].projects)
        }
        similar.sort { $0.2 != $1.2 ? $0.2 > $1.2 : ($0.0, $0.1) < ($1.0, $1.1) }

        // Complete linkage: join two groups only when every pair across them is similar enough.
        // A group is named by its least member; ideas in no group yet form one of their own.
        var group = Array(0..<items.count)
        var members: [Int: [Int]] = [:]
        for (a, b, _) in similar {
            let (ga, gb) = (group[a], group[b])
            guard ga != gb else { continue }
            let left = members[ga] ?? [ga], right = members[gb] ?? [gb]
            let close = left.allSatisfy { x in right.allSatisfy { y in corpus.similarity(x, y) >= minimumSimilarity } }
            guard close else { continue }
            let (keep, drop) = ga < gb ? (ga, gb) : (gb, ga)
            for member in members[drop] ?? [drop] { group[member] = keep }
            members[keep] = (members[keep] ?? [keep]) + (members[drop] ?? [drop])
            members[drop] = nil
        }
        var suggestions: [MergeSuggestion] = []
        for (_, indices) in members where indices.count > 1 {
            var lowest = 1.0
            for (offset, x) in indices.enumerated() {
                for y in indices[(offset + 1)...] { lowest = min(lowest, corpus.similarity(x, y)) }
            }
            suggestions.append(
                MergeSuggestion(
                    ideas: indices.map { items[$0].id }.sorted(), similarity: lowest, shared: corpus.sharedWords(indices)))
        }
        suggestions.sort { a, b in
            a.similarity != b.similarity ? a.similarity > b.similarity : a.ideas.lexicographicallyPrecedes(b.ideas)
        }
        return Run(suggestions: suggestions, comparedPairs: compared)
    }
}

/// The ideas' texts as sorted sets of word numbers, with each word's weight.
struct Corpus {
    /// Per text: the numbers of its words, ascending, each once.
    var documents: [[Int32]] = []
    /// Per word number: its weight, ln(1 + N / df).
    var weights: [Double] = []
    /// Per word number: how many texts use it.
    var frequencies: [Int] = []
    /// Per word number: the word as first written.
    var surfaces: [String] = []
    /// Per text: the sum of its words' weights.
    var totals: [Double] = []
    /// All texts' word numbers one after the other, and where each text's start: text i is
    /// `flat[starts[i]..<starts[i + 1]]`. Comparing pairs reads these, not `documents`.
    var flat: [Int32] = []
    var starts: [Int] = [0]

    init(_ texts: [String]) {
        var numbers: [String: Int32] = [:]  // stem → number
        var stemOf: [String: Int32] = [:]  // folded word → number
        var standalone: [Bool] = []
        var stems: [String] = []
        var raw: [[Int32]] = []
        raw.reserveCapacity(texts.count)
        for text in texts {
            var words: [Int32] = []
            GermanWords.forEachWord(in: text) { folded, written in
                if let known = stemOf[folded] {
                    words.append(known)
                    return
                }
                let stem = GermanWords.stem(folded)
                let number: Int32
                if let existing = numbers[stem] {
                    number = existing
                } else {
                    number = Int32(stems.count)
                    numbers[stem] = number
                    stems.append(stem)
                    surfaces.append(written.lowercased())
                    standalone.append(true)
                }
                stemOf[folded] = number
                words.append(number)
            }
            raw.append(words)
        }
        // Compounds: a long word counts as its two halves when both occur on their own elsewhere,
        // or one of at least five letters does and the other has at least five letters too.
        var parts: [Int32: [Int32]] = [:]
        func number(of part: String) -> Int32 {
            if let existing = numbers[part] { return existing }
            let number = Int32(stems.count)
            numbers[part] = number
            stems.append(part)
            surfaces.append(part)
            standalone.append(false)
            return number
        }
        for index in stems.indices {
            let bytes = Array(stems[index].utf8)
            guard bytes.count >= 8 else { continue }
            for cut in 4...(bytes.count - 4) where bytes[cut] & 0xC0 != 0x80 {
                let right = String(decoding: bytes[cut...], as: UTF8.self)
                var left = String(decoding: bytes[..<cut], as: UTF8.self)
                if numbers[left] == nil, left.hasSuffix("s"), left.utf8.count > 4, numbers[String(left.dropLast())] != nil {
                    left.removeLast()  // the linking s: Arbeit-s-platz
                }
                let leftKnown = numbers[left].map { standalone[Int($0)] } ?? false
                let rightKnown = numbers[right].map { standalone[Int($0)] } ?? false
                let long = left.utf8.count >= 5 && right.utf8.count >= 5
                guard (leftKnown && rightKnown) || ((leftKnown || rightKnown) && long) else { continue }
                parts[Int32(index)] = [number(of: left), number(of: right)]
                break
            }
        }
        frequencies = Array(repeating: 0, count: stems.count)
        documents = raw.map { words in
            var expanded: [Int32] = []
            expanded.reserveCapacity(words.count + 4)
            for word in words { expanded += parts[word] ?? [word] }
            expanded.sort()
            var unique: [Int32] = []
            unique.reserveCapacity(expanded.count)
            for word in expanded where unique.last != word { unique.append(word) }
            return unique
        }
        for document in documents {
            for word in document { frequencies[Int(word)] += 1 }
        }
        let count = Double(max(1, texts.count))
        weights = frequencies.map { $0 == 0 ? 0 : log(1 + count / Double($0)) }
        totals = documents.map { $0.reduce(0) { $0 + weights[Int($1)] } }
        flat.reserveCapacity(documents.reduce(0) { $0 + $1.count })
        for document in documents {
            flat += document
            starts.append(flat.count)
        }
    }

    /// The weighted Jaccard index of two texts.
    func similarity(_ a: Int, _ b: Int) -> Double {
        flat.withUnsafeBufferPointer { words in
            weights.withUnsafeBufferPointer { weights in
                Self.similarity(a, b, words: words, weights: weights, starts: starts, totals: totals)
            }
        }
    }

    @inline(__always)
    private static func similarity<S: RandomAccessCollection, T: RandomAccessCollection>(
        _ a: Int, _ b: Int, words: UnsafeBufferPointer<Int32>, weights: UnsafeBufferPointer<Double>, starts: S, totals: T
    ) -> Double where S.Element == Int, S.Index == Int, T.Element == Double, T.Index == Int {
        var i = starts[a], j = starts[b]
        let endA = starts[a + 1], endB = starts[b + 1]
        var shared = 0.0
        while i < endA && j < endB {
            let x = words[i], y = words[j]
            if x == y { shared += weights[Int(x)] }
            i &+= x <= y ? 1 : 0
            j &+= y <= x ? 1 : 0
        }
        let union = totals[a] + totals[b] - shared
        return union > 0 ? shared / union : 0
    }

    /// The words every text of a group uses, rarest first.
    func sharedWords(_ group: [Int]) -> [String] {
        guard var common = group.first.map({ Set(documents[$0]) }) else { return [] }
        for member in group.dropFirst() { common.formIntersection(documents[member]) }
        return common.sorted { weights[Int($0)] != weights[Int($1)] ? weights[Int($0)] > weights[Int($1)] : surfaces[Int($0)] < surfaces[Int($1)] }
            .map { surfaces[Int($0)] }
    }

    /// Each text's MinHash signature: per hash function, the least hash of its words that are not
    /// frequent; `nil` for a text with no such word.
    func signatures() -> [[UInt64]?] {
        let frequent = max(20, documents.count / 20)
        var seeds: [UInt64] = []
        var state: UInt64 = 0x5EED_1DEA_0000_0001
        for _ in 0..<MergeSuggester.bands {
            state = state &+ 0x9E37_79B9_7F4A_7C15
            seeds.append(Self.mix(state))
        }
        return documents.map { document in
            var signature = [UInt64](repeating: .max, count: MergeSuggester.bands)
            var any = false
            for word in document where frequencies[Int(word)] <= frequent {
                any = true
                let base = UInt64(word) &* 0x9E37_79B9_7F4A_7C15
                for k in 0..<MergeSuggester.bands {
                    let value = Self.mix(base ^ seeds[k])
                    if value < signature[k] { signature[k] = value }
                }
            }
            return any ? signature : nil
        }
    }

    /// The texts that share one band's value, and each text's run among them.
    struct Band {
        /// The texts, sorted by the band's value (and a large run by the next band's value).
        var sorted: [Int32] = []
        /// Per text: where its run in `sorted` starts and ends; a text alone has an empty run.
        var start: [Int32]
        var end: [Int32]
        /// Per text: whether its run is larger than the limit even after splitting, so that it
        /// pairs its first text with each of the others only.
        var star: [Bool]

        init(count: Int) {
            start = Array(repeating: 0, count: count)
            end = Array(repeating: 0, count: count)
            star = Array(repeating: false, count: count)
        }
    }

    /// Every band's runs of texts that share its value.
    func bands(_ signatures: [[UInt64]?]) -> [Band] {
        (0..<MergeSuggester.bands).map { band in
            var result = Band(count: documents.count)
            var keyed: [(key: UInt64, text: Int32)] = []
            keyed.reserveCapacity(documents.count)
            for (text, signature) in signatures.enumerated() {
                if let signature { keyed.append((signature[band], Int32(text))) }
            }
            keyed.sort { $0.key != $1.key ? $0.key < $1.key : $0.text < $1.text }
            var index = 0
            while index < keyed.count {
                var end = index + 1
                while end < keyed.count && keyed[end].key == keyed[index].key { end += 1 }
                if end - index > MergeSuggester.bucketLimit {
                    // Too many texts share this value: split them by the next band's value as well.
                    let next = (band + 1) % MergeSuggester.bands
                    var group = keyed[index..<end].map { (key: signatures[Int($0.text)]?[next] ?? 0, text: $0.text) }
                    group.sort { $0.key != $1.key ? $0.key < $1.key : $0.text < $1.text }
                    keyed.replaceSubrange(index..<end, with: group)
                    var sub = index
                    while sub < end {
                        var subEnd = sub + 1
                        while subEnd < end && keyed[subEnd].key == keyed[sub].key { subEnd += 1 }
                        result.mark(keyed, sub..<subEnd, star: subEnd - sub > MergeSuggester.bucketLimit)
                        sub = subEnd
                    }
                } else {
                    result.mark(keyed, index..<end, star: false)
                }
                index = end
            }
            result.sorted = keyed.map(\.text)
            return result
        }
    }

    /// The pairs that share at least two MinHash values and whose similarity reaches `minimum`,
    /// found text by text, with how many pairs were compared.
    func similarPairs(minimum: Double, keep: (Int, Int) -> Bool) -> (pairs: [(Int, Int, Double)], compared: Int) {
        let bands = self.bands(signatures())
        var result: [(Int, Int, Double)] = []
        var compared = 0
        var partners: [Int32] = []
        flat.withUnsafeBufferPointer { words in
            weights.withUnsafeBufferPointer { weights in
                for a in 0..<documents.count {
                    partners.removeAll(keepingCapacity: true)
                    let text = Int32(a)
                    for band in bands where band.end[a] - band.start[a] > 1 {
                        let run = band.sorted[Int(band.start[a])..<Int(band.end[a])]
                        if !band.star[a] {
                            for b in run where b > text { partners.append(b) }
                        } else if run.first == text {
                            partners.append(contentsOf: run.dropFirst())
                        }
                    }
                    partners.sort()
                    var index = 0
                    while index < partners.count {
                        var end = index + 1
                        while end < partners.count && partners[end] == partners[index] { end += 1 }
                        let b = Int(partners[index])
                        let shared = end - index
                        index = end
                        // Compared only when they share two values or more: an estimated overlap of 1/12 or more.
                        guard shared >= 2 else { continue }
                        compared += 1
                        // The shared weight is at most the smaller text's: skip pairs that cannot reach the minimum.
                        let (small, large) = totals[a] < totals[b] ? (totals[a], totals[b]) : (totals[b], totals[a])
                        guard large > 0, small >= minimum * large, keep(a, b) else { continue }
                        let value = Self.similarity(a, b, words: words, weights: weights, starts: starts, totals: totals)
                        if value >= minimum { result.append((a, b, value)) }
                    }
                }
            }
        }
        return (result, compared)
    }

    /// SplitMix64's finaliser: a fast, well-mixing 64-bit hash.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension Corpus.Band {
    /// Records that the texts of `keyed[range]` share a value.
    fileprivate mutating func mark(_ keyed: [(key: UInt64, text: Int32)], _ range: Range<Int>, star: Bool) {
        guard range.count > 1 else { return }
        for index in range {
            let text = Int(keyed[index].text)
            start[text] = Int32(range.lowerBound)
            end[text] = Int32(range.upperBound)
            self.star[text] = star
        }
    }
}
