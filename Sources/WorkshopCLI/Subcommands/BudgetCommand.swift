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
            own share up to the call's limit; a stated split gives each partner's part. Checks every condition \
            of the call (cap, deadline, funding period, third-party limit, budget lines), each passed, failed \
            or not checkable and why (e.g. no submission date). Read-only, and reads no log (only \
            process.json, projects.json, budget.json and funding.json); without a WORKSPACE it shows the \
            embedded example.
            """,
        options: [.value("format", "text|json", "text (default) or JSON with exact amounts.")],
        examples: ["workshop budget", "workshop budget Workshops/my-process --format json"],
        run: { invocation throws(CLIError) in
            let store = try invocation.workspaceStore(allowDefault: true)
            let workspace = try invocation.loadWorkspace(store, files: [.process, .projects, .budget, .funding])
            let budgets = BudgetOverview.all(in: workspace)
            if try invocation.wantsJSON {
                invocation.out(JSONWriter.text(.object(["applications": .array(budgets.map(json))])))
            } else {
                invocation.out(budgets.isEmpty ? "no funding applications in \(store.path(.funding))\n" : budgets.map { text($0, currency: workspace.process.currency, style: invocation.style) }.joined(separator: "\n"))
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
        for part in overview.ownShareParts ?? [] {
            text += "  own share of \(part.partner): \(numbers.money(part.amount, currency: currency))\n"
        }
        for check in overview.checks {
            let (mark, verdict): (String, String)
            switch check.outcome {
            case .passed: (mark, verdict) = (style.green("✓"), "passed")
            case .failed: (mark, verdict) = (style.red("✗"), "failed")
            case .notCheckable(let reason): (mark, verdict) = ("–", "not checkable: \(describe(reason))")
            }
            text += "  \(mark) \(name(check)): \(verdict)\(detail(check, numbers: numbers, currency: currency))\n"
        }
        return text
    }

    static func name(_ check: FundingCheck) -> String {
        switch check {
        case .cap: "cap"
        case .deadline: "deadline"
        case .runningTime: "runningTime"
        case .thirdPartyLimit: "thirdPartyLimit"
        case .budgetLines: "budgetLines"
        }
    }

    static func describe(_ reason: FundingCheck.Reason) -> String {
        switch reason {
        case .notSetByCall: "the call sets no such condition"
        case .noSubmissionDate: "no submission date"
        case .runningTimeUnknown(let projects): "no running time for \(projects.map(\.rawValue).joined(separator: ", "))"
        }
    }

    static func detail(_ check: FundingCheck, numbers: NumberStyle, currency: String) -> String {
        switch check {
        case .cap(let total, let cap?): " (\(numbers.money(total, currency: currency)) of at most \(numbers.money(cap, currency: currency)))"
        case .deadline(let submitted?, let deadline?): " (submitted \(submitted), deadline \(deadline))"
        case .runningTime(let years?, let tooLong, _): " (at most \(years) years" + (tooLong.isEmpty ? ")" : "; longer: \(tooLong.map(\.rawValue).joined(separator: ", ")))")
        case .thirdPartyLimit(let funds, let limit?):
            " (\(numbers.money(funds ?? .zero, currency: currency)) of at most \(numbers.money(limit, currency: currency)))"
        case .budgetLines(let unbudgeted) where !unbudgeted.isEmpty: " (no lines: \(unbudgeted.map(\.rawValue).joined(separator: ", ")))"
        default: ""
        }
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
            "checks": .array(overview.checks.map { check in
                let outcome: String
                var reason: JSON?
                switch check.outcome {
                case .passed: outcome = "passed"
                case .failed: outcome = "failed"
                case .notCheckable(let why):
                    outcome = "notCheckable"
                    reason = .string(describe(why))
                }
                return .object(["condition": .string(name(check)), "outcome": .string(outcome), "reason": reason])
            }),
            "ownShareParts": overview.ownShareParts.map { parts in
                .array(parts.map { .object(["partner": $0.partner.json, "amount": $0.amount.json]) })
            },
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
