/// The budget overview of each funding application: the table in millions as a committee
/// paper prints it, the exact amounts, subsidy and own share, and the call's conditions checked.
public struct BudgetRenderer: Sendable {
    public let context: ExportContext

    public init(_ context: ExportContext) {
        self.context = context
    }

    private var labels: Labels { context.labels }
    private var numbers: NumberStyle { context.numbers }

    public func markdown() -> String {
        var output = "# \(MarkdownText.inline(labels.budgetTitle)) – \(MarkdownText.inline(context.process.title))\n"
        if context.evaluation.budgets.isEmpty {
            output += "\n" + MarkdownText.paragraph(labels.none) + "\n"
        }
        if BudgetChart(context).hasContent {
            output += "\n![\(MarkdownText.inline(labels.budgetChartAlt))](\(BudgetChart.path))\n"
        }
        for overview in context.evaluation.budgets {
            output += section(overview)
        }
        return output
    }

    private func section(_ overview: BudgetOverview) -> String {
        let call = overview.call
        var output = "\n## \(MarkdownText.inline(overview.application.title))\n\n"
        var facts = ["\(labels.funding): \(call.name)" + (call.funder.map { " (\($0))" } ?? "")]
        facts.append("\(labels.subsidyRate): \(numbers.percent(call.subsidyRate))")
        if let cap = call.capPerApplication { facts.append("\(labels.cap): \(context.money(cap))") }
        if let deadline = call.deadline { facts.append("\(labels.deadline): \(context.date(deadline))") }
        output += facts.map { "- \(MarkdownText.lineStart($0))\n" }.joined()

        output += "\n### \(MarkdownText.inline(labels.budgetTitle)) (\(MarkdownText.inline(labels.millionsHeading)))\n\n"
        output += table(overview, amount: numbers.millions).markdown
        output += "\n" + MarkdownText.paragraph(shareLine(overview, amount: { numbers.millions($0) + " " + labels.millionsUnit })) + "\n"

        output += "\n### \(MarkdownText.inline(labels.exactHeading))\n\n"
        output += table(overview, amount: context.money).markdown
        output += "\n" + MarkdownText.paragraph(shareLine(overview, amount: context.money)) + "\n"
        if let funds = overview.application.thirdPartyFunds {
            output += "\n- \(MarkdownText.lineStart("\(labels.thirdPartyFunds): \(context.money(funds))"))\n"
            output += "- \(MarkdownText.lineStart("\(labels.ownShareAfterThirdParty): \(context.money(overview.ownShareAfterThirdParty))"))\n"
        }
        output += "\n" + MarkdownText.paragraph(labels.subsidyRoundingNote + " " + labels.roundingNote) + "\n"

        output += "\n### \(MarkdownText.inline(labels.checks))\n\n"
        output += checks(overview).map { "- \(MarkdownText.lineStart($0))\n" }.joined()
        return output
    }

    private func table(_ overview: BudgetOverview, amount: (Money) -> String) -> MarkdownTable {
        var table = MarkdownTable(columns: [
            .init(labels.project, width: 40),
            .init(labels.investment, .right, width: 10),
            .init(labels.operating, .right, width: 10),
            .init(labels.totalColumn, .right, width: 10),
        ])
        for row in overview.rows {
            table.rows.append([
                .markdown("\(MarkdownText.inline(row.title)) ([\(MarkdownText.inline(row.project.rawValue))](\(context.briefPath(row.project))))"),
                .text(amount(row.investment)), .text(amount(row.operating)), .text(amount(row.total)),
            ])
        }
        table.rows.append([
            .markdown("**\(MarkdownText.inline(labels.total))**"),
            .markdown("**\(MarkdownText.inline(amount(overview.investment)))**"),
            .markdown("**\(MarkdownText.inline(amount(overview.operating)))**"),
            .markdown("**\(MarkdownText.inline(amount(overview.total)))**"),
        ])
        if let investment = overview.investmentPermille, let operating = overview.operatingPermille {
            table.rows.append([
                .text(labels.share), .text(numbers.percent(permille: investment)), .text(numbers.percent(permille: operating)),
                .text(numbers.percent(permille: 1000)),
            ])
        }
        return table
    }

    /// "davon Förderung (65 %): 5,31 Mio. € · davon Eigenanteil (35 %): 2,86 Mio. €".
    private func shareLine(_ overview: BudgetOverview, amount: (Money) -> String) -> String {
        "\(labels.subsidy) (\(numbers.percent(overview.call.subsidyRate))): \(amount(overview.subsidy)) · "
            + "\(labels.ownShare) (\(numbers.percent(overview.call.ownShareRate))): \(amount(overview.ownShare))"
    }

    private func checks(_ overview: BudgetOverview) -> [String] {
        var lines: [String] = []
        if let cap = overview.call.capPerApplication, overview.total <= cap {
            lines.append("✓ \(labels.withinCap): \(context.money(overview.total)) ≤ \(context.money(cap))")
        }
        for finding in overview.findings {
            switch finding {
            case .exceedsCap(let total, let cap):
                lines.append("✗ \(labels.exceedsCap): \(context.money(total)) > \(context.money(cap))")
            case .thirdPartyFundsBeyondLimit(let funds, let limit):
                lines.append("✗ \(labels.thirdPartyBeyondLimit): \(context.money(funds)) > \(context.money(limit))")
            case .submittedAfterDeadline(let submitted, let deadline):
                lines.append("✗ \(labels.submittedLate): \(context.date(submitted)) > \(context.date(deadline))")
            case .unbudgeted(let project):
                lines.append("✗ \(project): \(labels.unbudgeted)")
            case .runsTooLong(let project, let years):
                lines.append("✗ \(project): \(labels.runsTooLong) (\(years) \(labels.years))")
            }
        }
        if let years = overview.call.maximumYears, overview.overlong.isEmpty {
            lines.append("✓ \(labels.withinRunningTime) \(years) \(labels.years)")
        }
        return lines
    }

    public var csvHeader: [String] {
        switch context.process.language {
        case .german: ["Antrag", "Förderaufruf", "Nr.", "Projekt im Antrag", "investiv", "konsumtiv", "gesamt"]
        case .english: ["application", "call", "project", "title", "investment", "operating", "total"]
        }
    }

    /// One row per bundled project with exact amounts; totals are for the reader's spreadsheet to sum.
    public func csv() -> String {
        var rows: [[CSVCell]] = []
        for overview in context.evaluation.budgets {
            for row in overview.rows {
                rows.append([
                    .text(overview.application.id.rawValue), .text(overview.call.name), .text(row.project.rawValue),
                    .text(row.title), .money(row.investment), .money(row.operating), .money(row.total),
                ])
            }
        }
        return context.csv.document(header: csvHeader, rows: rows)
    }
}
