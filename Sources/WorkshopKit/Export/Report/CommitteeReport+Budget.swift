/// Budget and funding in the committee report: per application the table in millions as a
/// committee paper prints it, the exact amounts, subsidy and own share, and the call's checks.
extension CommitteeReport {
    func budget() -> Document.Section {
        var blocks: [Document.Block] = []
        if let svg = charts.budget {
            let rows = evaluation.budgets.flatMap(\.rows)
            blocks.append(.figure(Document.Figure(
                anchor: "budget-chart", caption: labels.budgetChartTitle, description: labels.budgetChartAlt, svg: svg,
                chart: Document.Chart(
                    kind: .stackedBars, title: labels.budgetChartTitle, categories: rows.map { "\($0.title) (\($0.project.rawValue))" },
                    series: [
                        .init(name: labels.investment, color: String(BudgetChart.investmentFill.dropFirst()), values: rows.map { Self.millions($0.investment) }),
                        .init(name: labels.operating, color: String(BudgetChart.operatingFill.dropFirst()), values: rows.map { Self.millions($0.operating) }),
                    ],
                    numberFormat: "0.00", valueAxis: .init(title: labels.millionsUnit)))))
        }
        if evaluation.budgets.isEmpty { blocks.append(.paragraph([.text(labels.none)])) } else { blocks = provenance(notes.budgetStatement()) + blocks }
        return .init(
            anchor: Anchor.budget, title: "\(labels.budget) \(labels.ruleAnd) \(labels.funding)", blocks: blocks,
            subsections: evaluation.budgets.enumerated().map { application($1, index: $0) })
    }

    /// An amount in millions as exact decimal text, for a chart's data (`4.14581250`).
    static func millions(_ amount: Money) -> String { DecimalLiteral.format(amount.cents, places: 8) }

    func application(_ overview: BudgetOverview, index: Int) -> Document.Section {
        let renderer = BudgetRenderer(context)
        let call = overview.call
        var facts: [Document.Fact] = [
            .init(labels.funding, [.text(call.name + (call.funder.map { " (\($0))" } ?? ""))]),
            .init(labels.subsidyRate, [.unbreakable(context.numbers.percent(call.subsidyRate))]),
        ]
        if let cap = call.capPerApplication { facts.append(.init(labels.cap, [.unbreakable(context.money(cap))])) }
        if let deadline = call.deadline { facts.append(.init(labels.deadline, [.unbreakable(context.date(deadline))])) }
        var blocks: [Document.Block] = [
            .facts(facts),
            .table(table(overview, caption: "\(labels.budgetTitle) (\(labels.millionsHeading))", amount: context.numbers.millions)),
            .paragraph([.text(renderer.shareLine(overview, amount: context.millions))]),
            .table(table(overview, caption: labels.exactHeading, amount: context.money)),
            .paragraph([.text(renderer.shareLine(overview, amount: context.money))]),
        ]
        if let funds = overview.application.thirdPartyFunds {
            blocks.append(.list([
                [.text("\(labels.thirdPartyFunds): "), .unbreakable(context.money(funds))],
                [.text("\(labels.ownShareAfterThirdParty): "), .unbreakable(context.money(overview.ownShareAfterThirdParty))],
            ]))
        }
        blocks.append(.note([.text(labels.subsidyRoundingNote + " " + labels.roundingNote)]))
        let checks = Document.Section(
            anchor: "checks-\(index + 1)", title: labels.checks, blocks: [.list(renderer.checks(overview).map { [.text($0)] })])
        return .init(anchor: "application-\(index + 1)", title: overview.application.title, blocks: blocks, subsections: [checks])
    }

    /// Projects, total and shares of one application, amounts as `amount` prints them.
    func table(_ overview: BudgetOverview, caption: String, amount: (Money) -> String) -> Document.Table {
        var table = Document.Table(caption: caption, columns: [
            .init(labels.project), .init(labels.investment, .right), .init(labels.operating, .right), .init(labels.totalColumn, .right),
        ])
        for row in overview.rows {
            table.rows.append(.init([
                .init([.text(row.title + " ("), briefLink(row.project), .text(")")]),
                .unbreakable(amount(row.investment)), .unbreakable(amount(row.operating)), .unbreakable(amount(row.total)),
            ]))
        }
        table.rows.append(.init(
            [.text(labels.total), .unbreakable(amount(overview.investment)), .unbreakable(amount(overview.operating)), .unbreakable(amount(overview.total))],
            isTotal: true))
        if let investment = overview.investmentPermille, let operating = overview.operatingPermille {
            let numbers = context.numbers
            table.rows.append(.init([
                .text(labels.share), .unbreakable(numbers.percent(permille: investment)), .unbreakable(numbers.percent(permille: operating)),
                .unbreakable(numbers.percent(permille: 1000)),
            ]))
        }
        return table
    }
}
