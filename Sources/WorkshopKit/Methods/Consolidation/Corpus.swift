import Foundation

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
