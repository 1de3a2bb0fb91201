/// What a rating session walks one rater through: the items in the workspace's order, each
/// with the criteria in catalogue order, and which of them the rater has already rated.
///
/// The front end (a terminal, a kiosk) shows an item and its criteria, reads one answer per
/// criterion with `SessionAnswer.parse`, and records an item's answers as one batch once the
/// item is complete.
///
/// ```swift
/// let session = try RatingSession(workspace: workspace, rater: "AK-01")
/// for entry in session.entries where !entry.alreadyRated { … }
/// ```
public struct RatingSession: Sendable {
    /// One item to rate.
    public struct Entry: Sendable, Hashable {
        public var item: ItemID
        public var kind: ItemKind
        public var title: String
        /// The theme's name (for a theme, its own).
        public var theme: String
        /// The rater has answered every criterion of this item already (`?` counts as an answer).
        public var alreadyRated: Bool
    }

    public let rater: Participant
    public let entries: [Entry]
    public let criteria: [Criterion]

    /// - Parameters:
    ///   - items: the items, in the order given; by default the ideas not set aside as listed,
    ///     then the projects. Themes are rated only when named.
    /// - Throws: `ScoringSheet.Problem` for an unknown rater or item, or nothing to rate.
    public init(workspace: Workspace, rater: ParticipantID, items: [ItemID]? = nil) throws(ScoringSheet.Problem) {
        guard let participant = workspace.participant(rater) else {
            throw .unknownRater(rater, known: workspace.participants.map(\.id))
        }
        var answered: [ItemID: Set<CriterionID>] = [:]
        for rating in workspace.ratings.ratings where rating.rater == rater {
            answered[rating.item, default: []].insert(rating.criterion)
        }
        let all = Set(workspace.criteria.map(\.id))
        var entries: [Entry] = []
        for item in items ?? workspace.defaultRatedItems {
            guard let (kind, title, theme) = workspace.ratedItem(item) else { throw .unknownItem(item) }
            entries.append(Entry(item: item, kind: kind, title: title, theme: theme, alreadyRated: all.isSubset(of: answered[item] ?? [])))
        }
        guard !entries.isEmpty, !workspace.criteria.isEmpty else { throw .nothingToRate }
        self.rater = participant
        self.entries = entries
        criteria = workspace.criteria
    }
}
