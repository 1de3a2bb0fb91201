import WorkshopKit

/// `workshop budget`: the budget overview of funding applications.
enum BudgetCommand {
    static let command = Command(
        name: "budget",
        summary: "Show each funding application's budget: investment, operating, subsidy, own share, checks.",
        usage: ["budget [WORKSPACE] [--format text|json]"],
        discussion: """
            Adds up the budget lines (budget.json) of the projects each application (funding.json) \
            bundles, split into investment and operating cost, in exact cents. The subsidy is the total times \
            the call's rate, rounded down to the cent; the own share is the rest; third-party funds reduce the \
            own share up to the call's limit. Checks the cap per application and the deadline. Read-only; \
            without a WORKSPACE it shows the embedded example.
            """,
        options: [.value("format", "text|json", "text (default) or JSON with exact amounts.")],
        examples: ["workshop budget", "workshop budget Workshops/my-process --format json"],
        run: { invocation throws(CLIError) in
            let store = try invocation.workspaceStore(allowDefault: true)
            let evaluation = Evaluation(try invocation.loadWorkspace(store))
            if try invocation.wantsJSON {
                invocation.out(JSONWriter.text(.object(["applications": .array(evaluation.budgets.map(json))])))
            } else {
                invocation.out(evaluation.budgets.isEmpty ? "no funding applications in \(store.path(.funding))\n" : evaluation.budgets.map { text($0, currency: evaluation.workspace.process.currency, style: invocation.style) }.joined(separator: "\n"))
            }
        })

    static func text(_ overview: BudgetOverview, currency: String, style: Style) -> String {
        let numbers = NumberStyle.terminal
        let width = max(10, overview.rows.map { $0.title.count + $0.project.rawValue.count + 3 }.max() ?? 10)
        func amount(_ money: Money) -> String { numbers.money(money, currency: currency).leftPadded(18) }
        var text = style.bold(overview.application.title) + " – \(overview.call.name), subsidy \(numbers.percent(overview.call.subsidyRate))\n"
        text += "  " + "project".rightPadded(width) + "investment".leftPadded(18) + "operating".leftPadded(18) + "total".leftPadded(18) + "\n"
        for row in overview.rows {
            text += "  " + "\(row.title) (\(row.project))".rightPadded(width) + amount(row.investment) + amount(row.operating) + amount(row.total) + "\n"
        }
        text += "  " + style.bold("total".rightPadded(width)) + amount(overview.investment) + amount(overview.operating) + amount(overview.total) + "\n"
        if let investment = overview.investmentPermille, let operating = overview.operatingPermille {
            text += "  " + "share".rightPadded(width) + numbers.percent(permille: investment).leftPadded(18) + numbers.percent(permille: operating).leftPadded(18) + "\n"
        }
        text += "  subsidy (\(numbers.percent(overview.call.subsidyRate))): \(numbers.money(overview.subsidy, currency: currency)) = \(numbers.millions(overview.subsidy)) million; "
            + "own share (\(numbers.percent(overview.call.ownShareRate))): \(numbers.money(overview.ownShare, currency: currency)) = \(numbers.millions(overview.ownShare)) million\n"
        if overview.application.thirdPartyFunds != nil {
            text += "  third-party funds reduce the own share by \(numbers.money(overview.thirdPartyReduction, currency: currency)) to \(numbers.money(overview.ownShareAfterThirdParty, currency: currency))\n"
        }
        if let cap = overview.call.capPerApplication, overview.total <= cap {
            text += "  " + style.green("✓") + " within the cap of \(numbers.money(cap, currency: currency))\n"
        }
        for finding in overview.findings {
            let message: String
            switch finding {
            case .exceedsCap(let total, let cap): message = "total \(numbers.money(total, currency: currency)) exceeds the cap of \(numbers.money(cap, currency: currency))"
            case .thirdPartyFundsBeyondLimit(let funds, let limit): message = "third-party funds \(numbers.money(funds, currency: currency)) exceed the allowed reduction of \(numbers.money(limit, currency: currency))"
            case .submittedAfterDeadline(let submitted, let deadline): message = "submitted \(submitted), after the deadline \(deadline)"
            case .unbudgeted(let project): message = "\(project) has no budget lines"
            case .runsTooLong(let project, let years): message = "\(project) runs longer than the \(years) years the call funds"
            }
            text += "  " + style.red("✗") + " " + message + "\n"
        }
        return text
    }

    static func json(_ overview: BudgetOverview) -> JSON {
        .object([
            "application": overview.application.id.json, "call": overview.call.id.json, "title": .string(overview.application.title),
            "rows": .array(overview.rows.map { row in
                .object(["project": row.project.json, "title": .string(row.title), "investment": row.investment.json, "operating": row.operating.json, "total": row.total.json])
            }),
            "investment": overview.investment.json, "operating": overview.operating.json, "total": overview.total.json,
            "subsidyRate": overview.call.subsidyRate.json, "subsidy": overview.subsidy.json, "ownShare": overview.ownShare.json,
            "thirdPartyReduction": overview.thirdPartyReduction.json, "ownShareAfterThirdParty": overview.ownShareAfterThirdParty.json,
            "findings": .array(overview.findings.map { finding in
                switch finding {
                case .exceedsCap: .string("exceedsCap")
                case .thirdPartyFundsBeyondLimit: .string("thirdPartyFundsBeyondLimit")
                case .submittedAfterDeadline: .string("submittedAfterDeadline")
                case .unbudgeted(let project): .string("unbudgeted:\(project)")
                case .runsTooLong(let project, _): .string("runsTooLong:\(project)")
                }
            }),
        ])
    }
}
