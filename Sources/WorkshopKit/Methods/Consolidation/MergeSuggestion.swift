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
