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
