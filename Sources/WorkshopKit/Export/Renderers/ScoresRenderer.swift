/// Scores per project and criterion, and vote results: the figures behind the priority
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

    public var votesHeader: [String] { context.labels.voteColumns }

    /// One row per vote and option, as the vote's rule counted it from the ballot log
    /// (`VoteStanding`): in the outcome's order, tied options sharing a rank; for a budget rule,
    /// the funded projects in the order funded, then the others.
    public func votesCSV() -> String { context.csv.document(header: votesHeader, rows: votesRows()) }

    /// The rows of `votesCSV()`, in `votesHeader`'s columns.
    public func votesRows() -> [[CSVCell]] {
        var rows: [[CSVCell]] = []
        for standing in context.voteStandings {
            let vote = standing.result.vote
            let rule = (try? standing.count.get().rule) ?? vote.countingRule
            let measure = context.labels.voteMeasure(standing.measure)
            for row in standing.rows {
                rows.append([
                    .text(vote.id.rawValue), .text(rule.rawValue), row.place.map(CSVCell.integer) ?? .empty, .text(row.option.rawValue),
                    .text(context.optionTitle(row.option)), CountCSV.cell(.amount(row.value)), .text(measure),
                    row.funded.map { .text(context.labels.funded($0)) } ?? .empty, .integer(standing.ballots),
                ])
            }
        }
        return rows
    }
}
