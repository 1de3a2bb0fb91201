extension RatingSet {
    /// Where the comments are, by item, gathered once: the exports ask `comments(on:)` for every
    /// project, and without it each question goes through every comment of the workspace.
    public struct CommentIndex: Sendable {
        /// Item → positions in `entries` of the ratings with a comment on it, ascending.
        fileprivate let positions: [Int32: [Int32]]
    }

    /// The comments' positions by item, ready for `comments(on:index:)`.
    public var commentIndex: CommentIndex {
        var positions: [Int32: [Int32]] = [:]
        for position in commentTexts.keys.sorted() { positions[entries[Int(position)].item, default: []].append(position) }
        return CommentIndex(positions: positions)
    }

    /// The same as `comments(on:)`, found through `index` (made from this set).
    public func comments(on items: [ItemID], index: CommentIndex) -> [RatingComment] {
        guard !index.positions.isEmpty else { return [] }
        let wanted = Set(items.compactMap { self.items.find($0.rawValue) })
        return comments(at: wanted.flatMap { index.positions[$0] ?? [] }.sorted())
    }
}
