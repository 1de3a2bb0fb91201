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
        var output = context.markdownTitle("\(labels.budgetTitle) – \(context.process.title)")
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
        output += "\n" + MarkdownText.paragraph(shareLine(overview, amount: context.millions)) + "\n"

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
    func shareLine(_ overview: BudgetOverview, amount: (Money) -> String) -> String {
        "\(labels.subsidy) (\(numbers.percent(overview.call.subsidyRate))): \(amount(overview.subsidy)) · "
            + "\(labels.ownShare) (\(numbers.percent(overview.call.ownShareRate))): \(amount(overview.ownShare))"
    }

    func checks(_ overview: BudgetOverview) -> [String] {
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
        case .german: ["Antrag", "Förderaufruf", "Nr.", "Projekt im Antrag", "investiv", "konsumtiv", "gesamt", "Zeile"]
        case .english: ["application", "call", "project", "title", "investment", "operating", "total", "row"]
        }
    }

    /// What a row of `budget.csv` is: a bundled project, or one of the application's summary lines.
    func rowKind(_ kind: BudgetSummaryLine.Kind?) -> String {
        switch (context.process.language, kind) {
        case (.german, nil): "Projekt"
        case (.german, .total): "Summe"
        case (.german, .subsidy): "Förderung"
        case (.german, .ownShare): "Eigenanteil"
        case (.german, .thirdPartyFunds): "Drittmittel"
        case (.german, .ownShareAfterThirdParty): "Eigenanteil nach Drittmitteln"
        case (.english, nil): "project"
        case (.english, .total): "total"
        case (.english, .subsidy): "subsidy"
        case (.english, .ownShare): "own_share"
        case (.english, .thirdPartyFunds): "third_party_funds"
        case (.english, .ownShareAfterThirdParty): "own_share_after_third_party"
        }
    }

    /// Per application: one row per bundled project with exact amounts, then its total, subsidy
    /// and own share (and third-party funds, if any). The last column says which is which, so a
    /// spreadsheet that sums the projects filters on it.
    public func csv() -> String {
        var rows: [[CSVCell]] = []
        for overview in context.evaluation.budgets {
            let application = CSVCell.text(overview.application.title)
            let call = CSVCell.text(overview.call.name)
            for row in overview.rows {
                rows.append([
                    application, call, .text(row.project.rawValue), .text(row.title), .money(row.investment), .money(row.operating),
                    .money(row.total), .text(rowKind(nil)),
                ])
            }
            for line in BudgetSummaryLine.lines(of: overview, context: context) {
                rows.append([
                    application, call, .empty, .text(line.label), line.investment.map(CSVCell.money) ?? .empty,
                    line.operating.map(CSVCell.money) ?? .empty, .money(line.amount), .text(rowKind(line.kind)),
                ])
            }
        }
        return context.csv.document(header: csvHeader, rows: rows)
    }
}
