/// votes.md: every vote's result as its rule counted it from the ballot log, with its chart
/// (`charts/vote-<id>.svg`), the method and its limits, the rule and its parameters, the ballot
/// count, the log's SHA-256 and last chain value, and the command that re-runs the count.
public struct VotesRenderer: Sendable {
    public let context: ExportContext

    public init(_ context: ExportContext) {
        self.context = context
    }

    public static let path = "votes.md"

    private var labels: Labels { context.labels }

    /// The ballot log as the re-run commands name it, from the folder the exports sit beside.
    var logPath: String { "Workshops/\(context.workspace.id.rawValue)/\(WorkspaceFile.ballots.rawValue)" }

    public func markdown() -> String {
        var output = context.markdownTitle("\(labels.voteResultsTitle) – \(context.process.title)")
        output += "\n" + MarkdownText.paragraph(labels.voteResultsIntro) + "\n"
        if context.voteStandings.isEmpty { output += "\n" + MarkdownText.paragraph(labels.none) + "\n" }
        for standing in context.voteStandings { output += "\n" + section(standing) }
        output += ProvenanceNotes(context).remark([.votes, .ballots])
        return output
    }

    /// One vote: heading, chart, facts, table.
    func section(_ standing: VoteStanding) -> String {
        let vote = standing.result.vote
        let profile = standing.result.profile
        var output = "## \(MarkdownText.inline(vote.title)) (\(MarkdownText.inline(vote.id.rawValue)))\n\n"
        let chart = VoteChart(context, standing: standing)
        if !standing.rows.isEmpty { output += "![\(MarkdownText.inline("\(labels.voteChartAlt): \(vote.title)"))](\(VoteChart.path(for: vote.id)))\n\n" }
        let method = labels.voteMethod(vote.method, integer: context.numbers.integer, money: context.money)
        var facts: [(Labels.VoteFact, String)] = [(.method, MarkdownText.inline(method))]
        let rule: RuleName
        switch standing.count {
        case .success(let count):
            rule = count.rule
            facts.append((.rule, "`\(rule.rawValue)`"))
            if !count.parameters.isEmpty {
                let parameters = count.parameters.map { labels.countParameter($0, numbers: context.numbers) }
                facts.append((.parameters, parameters.map { "\(MarkdownText.inline($0.name)): \(MarkdownText.inline($0.value))" }.joined(separator: "; ")))
            }
        case .failure(let problem):
            rule = problem.rule
            facts.append((.rule, "`\(rule.rawValue)`"))
            facts.append((.notCounted, MarkdownText.inline(problem.message)))
        }
        facts.append((.ballots, "\(context.numbers.integer(standing.ballots)) (\(labels.voteFact(.abstentions)): \(context.numbers.integer(profile.abstentions)))"))
        if profile.posterCounts > 0 { facts.append((.posters, context.numbers.integer(profile.posterCounts))) }
        if let seal = context.stamp.ballotLog {
            facts.append((.log, "\(MarkdownText.inline(logPath)), SHA-256 `\(seal.sha256)`"))
            facts.append((.chain, seal.chain.map { "`\($0)`" } ?? "–"))
        } else {
            facts.append((.log, "\(MarkdownText.inline(logPath)) (\(labels.voteFact(.notRead)))"))
        }
        facts.append((.rerun, "`\(rerun(vote, rule: rule))`"))
        output += facts.map { "- **\(MarkdownText.inline(labels.voteFact($0.0))):** \($0.1)\n" }.joined()
        guard !standing.rows.isEmpty else { return output }
        let hasFunding = standing.rows.contains { $0.funded != nil }
        var table = MarkdownTable(columns: [
            .init(labels.voteColumn(.rank), .right), .init(labels.voteColumn(.option), width: 6), .init(labels.voteColumn(.title), width: 28),
            .init(labels.voteMeasure(standing.measure), .right),
        ] + (hasFunding ? [.init(labels.voteColumn(.funded))] : []))
        for row in standing.rows {
            let option = row.option.rawValue
            let isProject = context.workspace.project(ProjectID(option)) != nil
            let cell: MarkdownTable.Cell = isProject ? .markdown("[\(MarkdownText.inline(option))](\(context.briefPath(ProjectID(option))))") : .text(option)
            table.rows.append([.text(row.place.map(String.init) ?? ""), cell, .text(context.optionTitle(row.option)), .text(chart.number(row.value))]
                + (hasFunding ? [.text(row.funded.map(labels.funded) ?? "")] : []))
        }
        return output + "\n" + table.markdown
    }

    /// The command that counts `vote` again: `workshop count` on the ballot log, or for a budget
    /// vote (whose costs the log does not hold) `workshop vote --results` on the workspace.
    func rerun(_ vote: Vote, rule: RuleName) -> String {
        if vote.method.name == .budget {
            return "workshop vote Workshops/\(context.workspace.id.rawValue) --results --vote \(vote.id.rawValue) --rule \(rule.rawValue)"
        }
        return "workshop count \(logPath) --vote \(vote.id.rawValue) --rule \(rule.rawValue)"
    }
}
