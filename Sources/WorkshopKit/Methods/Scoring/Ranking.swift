import Foundation

/// Projects or ideas in order of one score, for a ranked view.
///
/// Items are ordered by the value as printed (two decimals; votes as whole numbers), highest
/// first; equal values share a rank (1, 2, 2, 4) and keep the order of the consolidated list
/// (ideas: the order of ideas.json). Items without a value come last, without a rank.
///
/// ```swift
/// let ranking = Ranking.projects(Evaluation(workspace), by: .combined)
/// for entry in ranking.entries { print(entry.rank ?? "–", entry.item, entry.value ?? "–") }
/// ```
public struct Ranking: Sendable {
    /// What items are ranked by.
    public enum Measure: String, Sendable, CaseIterable {
        /// The weighted relevance score.
        case relevance
        /// The weighted potential score.
        case potential
        /// The mean of relevance and potential, from their exact values; needs both.
        case combined
        /// Points from all votes (for a project, its ideas' points included).
        case votes
    }

    /// One ranked item.
    public struct Entry: Sendable, Hashable {
        public var item: ItemID
        public var title: String
        /// 1 for the highest value; `nil` without a value.
        public var rank: Int?
        /// In hundredths (votes × 100 for votes), as printed; `nil` when not rated.
        public var value: Int?
        /// A project's priority group (an override's when there is one); `nil` for ideas.
        public var group: Int?
        /// Whether an override set the group against the rule.
        public var isOverridden: Bool
        /// Whether the score leaves out criteria nobody rated.
        public var isPartial: Bool
    }

    public let measure: Measure
    public let entries: [Entry]

    /// The projects of the consolidated list, ranked.
    public static func projects(_ evaluation: Evaluation, by measure: Measure) -> Ranking {
        let entries = evaluation.consolidatedList.map { project in
            let assignment = evaluation.priorities[project.id]
            let (value, partial) = self.value(evaluation.projectScores[project.id], votes: evaluation.projectVotes[project.id] ?? 0, measure)
            return Entry(
                item: ItemID(project.id), title: project.title, rank: nil, value: value, group: assignment?.group,
                isOverridden: assignment?.isOverridden ?? false, isPartial: partial)
        }
        return Ranking(measure: measure, entries: ranked(entries))
    }

    /// The ideas not set aside, ranked; a set-aside idea is out of the running.
    public static func ideas(_ evaluation: Evaluation, by measure: Measure) -> Ranking {
        var points: [ItemID: Int] = [:]
        for result in evaluation.voteResults {
            for (item, count) in result.points ?? [:] { points[item, default: 0] += count }
        }
        let entries = evaluation.workspace.ideas.filter { $0.setAside == nil }.map { idea in
            let (value, partial) = self.value(evaluation.ideaScores[idea.id], votes: points[ItemID(idea.id)] ?? 0, measure)
            return Entry(item: ItemID(idea.id), title: idea.title, rank: nil, value: value, group: nil, isOverridden: false, isPartial: partial)
        }
        return Ranking(measure: measure, entries: ranked(entries))
    }

    private static func value(_ score: ItemScore?, votes: Int, _ measure: Measure) -> (Int?, Bool) {
        switch measure {
        case .relevance: return (score?.relevance?.hundredths, score?.relevance?.isPartial ?? false)
        case .potential: return (score?.potential?.hundredths, score?.potential?.isPartial ?? false)
        case .combined:
            guard let relevance = score?.relevance, let potential = score?.potential else { return (nil, false) }
            return (DecimalRounding.hundredths((relevance.value + potential.value) / Decimal(2)), relevance.isPartial || potential.isPartial)
        case .votes: return (votes * 100, false)
        }
    }

    /// Sorts by value (stable, so ties keep their order) and numbers the ranks.
    private static func ranked(_ entries: [Entry]) -> [Entry] {
        let sorted = entries.enumerated().sorted { a, b in
            switch (a.element.value, b.element.value) {
            case (let x?, let y?): x == y ? a.offset < b.offset : x > y
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): a.offset < b.offset
            }
        }.map(\.element)
        var result: [Entry] = []
        for (offset, entry) in sorted.enumerated() {
            var ranked = entry
            if entry.value != nil {
                ranked.rank = offset > 0 && sorted[offset - 1].value == entry.value ? result[offset - 1].rank : offset + 1
            }
            result.append(ranked)
        }
        return result
    }
}
