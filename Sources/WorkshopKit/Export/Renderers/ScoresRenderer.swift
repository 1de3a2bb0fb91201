/// Scores per project and criterion, and vote tallies: the figures behind the priority
/// groups, so anyone can check them against the logs.
public struct ScoresRenderer: Sendable {
    public let context: ExportContext

    public init(_ context: ExportContext) {
        self.context = context
    }

    public var scoresHeader: [String] {
        switch context.process.language {
        case .german:
            ["Nr.", "Projekt", "Gruppe", "Kriterium", "Gewicht", "n", "weiß nicht", "Mittel", "Standardabweichung", "Min", "Max", "Krippendorffs Alpha Kriterium"]
        case .english:
            ["project", "title", "group", "criterion", "weight", "n", "dont_know", "mean", "standard_deviation", "min", "max", "criterion_alpha"]
        }
    }

    /// One row per project and criterion with ratings (scores or "don't know", counted apart:
    /// `n` counts scores only); the last column is the panel's agreement
    /// on the criterion over all items (Krippendorff's alpha, ordinal), the same in every row.
    public func scoresCSV() -> String { context.csv.document(header: scoresHeader, rows: scoresRows()) }

    /// The rows of `scoresCSV()`, in `scoresHeader`'s columns.
    public func scoresRows() -> [[CSVCell]] {
        var rows: [[CSVCell]] = []
        for project in context.workspace.projects.sorted(by: { $0.id < $1.id }) {
            guard let score = context.evaluation.projectScores[project.id] else { continue }
            for criterion in context.workspace.criteria {
                let dontKnow = score.dontKnow[criterion.id] ?? 0
                let stats = score.criteria[criterion.id]
                guard stats != nil || dontKnow > 0 else { continue }
                rows.append([
                    .text(project.id.rawValue), .text(project.title), .text(context.labels.criterionGroup(criterion.group)),
                    .text(criterion.name), .decimal(criterion.weight.value, places: 2), .integer(stats?.count ?? 0), .integer(dontKnow),
                    stats.map { .decimal($0.meanHundredths, places: 2) } ?? .empty,
                    stats.map { .decimal($0.standardDeviationHundredths, places: 2) } ?? .empty, stats.map { .integer($0.minimum) } ?? .empty,
                    stats.map { .integer($0.maximum) } ?? .empty,
                    context.evaluation.agreement[criterion.id].map { .decimal($0.thousandths, places: 3) } ?? .empty,
                ])
            }
        }
        return rows
    }

    public var votesHeader: [String] {
        switch context.process.language {
        case .german: ["Abstimmung", "Rang", "Option", "Titel", "Punkte", "Stimmzettel"]
        case .english: ["vote", "rank", "option", "title", "points", "ballots"]
        }
    }

    /// One row per vote and option, from most to fewest points; equal points share a rank.
    public func votesCSV() -> String { context.csv.document(header: votesHeader, rows: votesRows()) }

    /// The rows of `votesCSV()`, in `votesHeader`'s columns.
    public func votesRows() -> [[CSVCell]] {
        var rows: [[CSVCell]] = []
        for vote in context.workspace.votes {
            guard let tally = context.evaluation.tallies.first(where: { $0.vote == vote.id }) else { continue }
            var rank = 0
            var previous: Int?
            for (offset, entry) in tally.ranking(in: vote).enumerated() {
                if entry.points != previous { rank = offset + 1 }
                previous = entry.points
                let title = context.optionTitle(entry.item)
                rows.append([.text(vote.id.rawValue), .integer(rank), .text(entry.item.rawValue), .text(title), .integer(entry.points), .integer(tally.ballots)])
            }
        }
        return rows
    }
}
