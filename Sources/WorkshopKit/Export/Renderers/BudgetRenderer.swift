/// The budget overview of each funding application: the table in millions as a committee
/// paper prints it, the exact amounts, subsidy and own share, and the call's conditions checked.
public struct BudgetRenderer: Sendable {
    public let context: ExportContext

    public init(_ context: ExportContext) {
        self.context = context
    }

    private var labels: Labels { context.labels }
    private var numbers: NumberStyle { context.numbers }
    private func text(_ key: OfficeText) -> String { key.text(context.process.language) }

    public func markdown() -> String {
        var output = context.markdownTitle("\(labels.budgetTitle) – \(context.process.title)")
        if context.evaluation.budgets.isEmpty {
            output += "\n" + MarkdownText.paragraph(labels.none) + "\n"
        } else {
            let notes = ProvenanceNotes(context)
            if let statement = notes.budgetStatement() { output += "\n" + notes.markdown(statement) }
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
        facts.append("\(text(.submitted)): \(overview.application.submitted.map(context.date) ?? text(.notSubmitted))")
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
        output += byYear(overview)
        output += ownShareSplit(overview)

        output += "\n### \(MarkdownText.inline(labels.checks))\n\n"
        output += checks(overview).map { "- \(MarkdownText.lineStart($0))\n" }.joined()
        return output
    }

    /// The bundled projects' cost per budget year, in exact amounts.
    private func byYear(_ overview: BudgetOverview) -> String {
        guard !overview.years.isEmpty else { return "" }
        var table = MarkdownTable(columns: [
            .init(labels.year, width: 10), .init(labels.investment, .right, width: 14), .init(labels.operating, .right, width: 14),
            .init(labels.totalColumn, .right, width: 14),
        ])
        for row in overview.years {
            table.rows.append([
                .text(row.year.map(String.init) ?? text(.withoutYear)), .text(context.money(row.investment)),
                .text(context.money(row.operating)), .text(context.money(row.total)),
            ])
        }
        table.rows.append([
            .markdown("**\(MarkdownText.inline(labels.total))**"), .markdown("**\(MarkdownText.inline(context.money(overview.investment)))**"),
            .markdown("**\(MarkdownText.inline(context.money(overview.operating)))**"),
            .markdown("**\(MarkdownText.inline(context.money(overview.total)))**"),
        ])
        return "\n### \(MarkdownText.inline(text(.byYear)))\n\n" + table.markdown
    }

    /// The own share (after third-party funds) split between the partners by the stated rule.
    private func ownShareSplit(_ overview: BudgetOverview) -> String {
        guard let split = overview.application.ownShareSplit, let parts = overview.ownShareParts else { return "" }
        let rule: String
        let weightTitle: String
        switch split {
        case .equal: (rule, weightTitle) = (text(.splitEqual), text(.weight))
        case .inhabitants: (rule, weightTitle) = (text(.splitInhabitants), text(.inhabitants))
        case .fixed: (rule, weightTitle) = (text(.splitFixed), text(.percentShare))
        }
        var table = MarkdownTable(columns: [
            .init(text(.partner), width: 30), .init(weightTitle, .right, width: 10), .init(text(.amount), .right, width: 14),
        ])
        for part in parts {
            let weight: String =
                switch split {
                case .equal: "1"
                case .inhabitants: numbers.integer(part.weight)
                case .fixed: numbers.percent(Hundredths(hundredths: part.weight))
                }
            table.rows.append([
                .text(context.workspace.partner(part.partner)?.name ?? part.partner.rawValue), .text(weight), .text(context.money(part.amount)),
            ])
        }
        table.rows.append([
            .markdown("**\(MarkdownText.inline(labels.total))**"), "",
            .markdown("**\(MarkdownText.inline(context.money(overview.ownShareAfterThirdParty)))**"),
        ])
        let basis = overview.application.thirdPartyFunds == nil ? labels.ownShare : labels.ownShareAfterThirdParty
        return "\n### \(MarkdownText.inline(text(.ownShareSplit)))\n\n"
            + MarkdownText.paragraph("\(text(.splitRule)): \(basis) \(rule).") + "\n\n" + table.markdown + "\n"
            + MarkdownText.paragraph(text(.remainderRule)) + "\n"
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

    /// Every condition of the call: "✓ Höchstgrenze je Antrag: erfüllt (…)", "✗ …: nicht erfüllt (…)",
    /// "– …: nicht prüfbar: kein Einreichungsdatum".
    func checks(_ overview: BudgetOverview) -> [String] {
        overview.checks.map { check in
            let (condition, detail) = describe(check)
            let verdict: String
            switch check.outcome {
            case .passed: verdict = "✓ \(condition): \(text(.passed))"
            case .failed: verdict = "✗ \(condition): \(text(.failed))"
            case .notCheckable(let reason): verdict = "– \(condition): \(text(.notCheckable)): \(self.reason(reason))"
            }
            return detail.isEmpty ? verdict : "\(verdict) (\(detail))"
        }
    }

    private func describe(_ check: FundingCheck) -> (String, String) {
        switch check {
        case .cap(let total, let cap):
            return (text(.conditionCap), cap.map { "\(context.money(total)) \(total <= $0 ? "≤" : ">") \(context.money($0))" } ?? "")
        case .deadline(let submitted, let deadline):
            guard let deadline, let submitted else { return (text(.conditionDeadline), deadline.map { "\(labels.deadline) \(context.date($0))" } ?? "") }
            return (text(.conditionDeadline), "\(text(.submitted).lowercased()) \(context.date(submitted)) \(submitted <= deadline ? "≤" : ">") \(context.date(deadline))")
        case .runningTime(let years, let tooLong, _):
            guard let years else { return (text(.conditionRunningTime), "") }
            let limit = "\(labels.withinRunningTime) \(years) \(labels.years)"
            return (text(.conditionRunningTime), tooLong.isEmpty ? limit : "\(limit); \(text(.overlongProjects)): \(tooLong.map(\.rawValue).joined(separator: ", "))")
        case .thirdPartyLimit(let funds, let limit):
            guard let limit else { return (text(.conditionThirdParty), "") }
            let amount = funds ?? .zero
            return (text(.conditionThirdParty), "\(labels.thirdPartyFunds) \(context.money(amount)) \(amount <= limit ? "≤" : ">") \(context.money(limit))")
        case .budgetLines(let unbudgeted):
            return (text(.conditionBudgetLines), unbudgeted.isEmpty ? "" : "\(text(.unbudgetedProjects)): \(unbudgeted.map(\.rawValue).joined(separator: ", "))")
        }
    }

    private func reason(_ reason: FundingCheck.Reason) -> String {
        switch reason {
        case .notSetByCall: text(.notSetByCall)
        case .noSubmissionDate: text(.noSubmissionDate)
        case .runningTimeUnknown(let projects): "\(projects.map(\.rawValue).joined(separator: ", ")) \(text(.runningTimeUnknown))"
        }
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
