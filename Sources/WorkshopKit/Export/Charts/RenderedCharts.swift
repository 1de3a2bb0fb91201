/// Every chart of an export folder drawn once: the files under `charts/` and the committee
/// report's figures are the same SVG text, so the export set draws them here and hands them to both.
struct RenderedCharts: Sendable {
    /// The portfolio, or `nil` when no project has both scores.
    let portfolio: String?
    /// The budget chart, or `nil` when there is no budget to draw.
    let budget: String?
    /// One chart per vote, in the order of `ExportContext.voteStandings`.
    let votes: [String]

    init(_ context: ExportContext) {
        let portfolio = PortfolioChart(context)
        self.portfolio = portfolio.hasContent ? portfolio.svg() : nil
        let budget = BudgetChart(context)
        self.budget = budget.hasContent ? budget.svg() : nil
        votes = context.voteStandings.map { VoteChart(context, standing: $0).svg() }
    }
}
