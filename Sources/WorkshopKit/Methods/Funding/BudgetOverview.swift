/// The budget of one funding application: cost per bundled project, split into investment
/// and operating cost, with subsidy, own share and the call's limits checked.
///
/// All amounts are exact cents. The subsidy is the eligible total times the call's rate,
/// rounded down to the cent (a grant never exceeds its rate); the own share is the rest.
/// Third-party funds reduce the own share by at most the call's limit.
public struct BudgetOverview: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        public var project: ProjectID
        /// The title the application gives the project.
        public var title: String
        public var investment: Money
        public var operating: Money
        public var total: Money { investment + operating }
        /// Whether the project has no budget lines at all.
        public var isUnbudgeted: Bool
    }

    /// A breach of the call's rules.
    public enum Finding: Sendable, Hashable {
        case exceedsCap(total: Money, cap: Money)
        case thirdPartyFundsBeyondLimit(funds: Money, limit: Money)
        case submittedAfterDeadline(submitted: Day, deadline: Day)
        case unbudgeted(ProjectID)
        /// The project runs longer than the call funds (its `maximumYears`).
        case runsTooLong(ProjectID, years: Int)
    }

    /// The cost of all bundled projects in one budget year (`nil`: lines without a year).
    public struct YearRow: Sendable, Hashable {
        public var year: Int?
        public var investment: Money
        public var operating: Money
        public var total: Money { investment + operating }
    }

    public var application: FundingApplication
    public var call: FundingCall
    public var rows: [Row]
    /// The bundled projects' cost by budget year, years ascending, lines without a year last.
    public var years: [YearRow]
    /// Bundled projects whose running time exceeds the call's maximum.
    public var overlong: [ProjectID]
    /// Bundled projects without a start or end date, whose running time cannot be checked.
    public var runningTimeUnknown: [ProjectID]

    public var investment: Money { rows.map(\.investment).sum() }
    public var operating: Money { rows.map(\.operating).sum() }
    public var total: Money { investment + operating }

    /// What the call pays: the total times the subsidy rate, rounded down to the cent.
    public var subsidy: Money { total.percentage(call.subsidyRate) }
    /// What the applicants pay before third-party funds.
    public var ownShare: Money { total - subsidy }

    /// How much of the own share third-party funds may replace.
    public var thirdPartyLimit: Money? { call.thirdPartyReductionLimit.map { ownShare.percentage($0) } }

    /// The part of the third-party funds that counts against the own share.
    public var thirdPartyReduction: Money {
        guard let funds = application.thirdPartyFunds else { return .zero }
        guard let limit = thirdPartyLimit else { return funds }
        return min(funds, limit)
    }

    /// The own share the applicants still carry after third-party funds.
    public var ownShareAfterThirdParty: Money { ownShare - thirdPartyReduction }

    /// Investment cost as a share of the total, in tenths of a percent, rounded half up (600 = 60.0 %).
    public var investmentPermille: Int? {
        total.cents == 0 ? nil : DecimalLiteral.roundedDivision(investment.cents, times: 1000, by: total.cents)
    }

    /// Operating cost as a share of the total, in tenths of a percent, rounded half up.
    public var operatingPermille: Int? {
        total.cents == 0 ? nil : DecimalLiteral.roundedDivision(operating.cents, times: 1000, by: total.cents)
    }

    /// The breaches of the call's rules: what the failed `checks` found, unbudgeted projects first.
    public var findings: [Finding] {
        let checks = self.checks
        let unbudgeted = checks.filter { if case .budgetLines = $0 { true } else { false } }
        return (unbudgeted + checks.filter { if case .budgetLines = $0 { false } else { true } }).flatMap(\.findings)
    }

    /// Every condition the README names, checked: cap, deadline, running time, third-party
    /// limit, budget lines; each passed, failed or not checkable with the reason.
    public var checks: [FundingCheck] {
        [
            .cap(total: total, cap: call.capPerApplication),
            .deadline(submitted: application.submitted, deadline: call.deadline),
            .runningTime(maximumYears: call.maximumYears, tooLong: overlong, unknown: runningTimeUnknown),
            .thirdPartyLimit(funds: application.thirdPartyFunds, limit: thirdPartyLimit),
            .budgetLines(unbudgeted: rows.filter(\.isUnbudgeted).map(\.project)),
        ]
    }

    /// The own share after third-party funds split between the partners, when the application states a rule.
    public var ownShareParts: [OwnShareSplit.Part]? {
        application.ownShareSplit?.parts(of: ownShareAfterThirdParty)
    }

    /// Sums the budget lines of each project the application bundles, in the application's order.
    /// - Parameter projects: the projects, for their running time; leave out to skip that check.
    public init(application: FundingApplication, call: FundingCall, budget: [BudgetLine], projects: [Project] = []) {
        self.application = application
        self.call = call
        overlong = application.items.compactMap { item in
            guard let years = call.maximumYears, let project = projects.first(where: { $0.id == item.project }),
                let start = project.start, let end = project.end, let limit = start.adding(years: years), end >= limit
            else { return nil }
            return item.project
        }
        runningTimeUnknown = application.items.compactMap { item in
            let project = projects.first { $0.id == item.project }
            return project?.start == nil || project?.end == nil ? item.project : nil
        }
        let bundled = Set(application.items.map(\.project))
        var byYear: [Int?: YearRow] = [:]
        for line in budget where bundled.contains(line.project) {
            var row = byYear[line.year] ?? YearRow(year: line.year, investment: .zero, operating: .zero)
            switch line.kind {
            case .investment: row.investment = row.investment + line.amount
            case .operating: row.operating = row.operating + line.amount
            }
            byYear[line.year] = row
        }
        years = byYear.values.sorted { ($0.year ?? .max) < ($1.year ?? .max) }
        rows = application.items.map { item in
            let cost = ProjectCost(project: item.project, budget: budget)
            return Row(
                project: item.project, title: item.title, investment: cost.investment, operating: cost.operating,
                isUnbudgeted: cost.lines == 0)
        }
    }

    /// The overview of every application in the workspace whose call is known, in file order.
    public static func all(in workspace: Workspace) -> [BudgetOverview] {
        workspace.applications.compactMap { application in
            workspace.fundingCall(application.call).map {
                BudgetOverview(application: application, call: $0, budget: workspace.budget, projects: workspace.projects)
            }
        }
    }
}

/// A project's cost from all its budget lines.
public struct ProjectCost: Sendable, Hashable {
    public var investment: Money
    public var operating: Money
    public var total: Money { investment + operating }
    /// How many budget lines the project has.
    public var lines: Int

    public init(project: ProjectID, budget: [BudgetLine]) {
        let own = budget.filter { $0.project == project }
        investment = own.filter { $0.kind == .investment }.map(\.amount).sum()
        operating = own.filter { $0.kind == .operating }.map(\.amount).sum()
        lines = own.count
    }
}
