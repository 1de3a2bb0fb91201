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

    public var application: FundingApplication
    public var call: FundingCall
    public var rows: [Row]
    /// Bundled projects whose running time exceeds the call's maximum.
    public var overlong: [ProjectID]

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

    public var findings: [Finding] {
        var findings: [Finding] = rows.filter(\.isUnbudgeted).map { .unbudgeted($0.project) }
        if let cap = call.capPerApplication, total > cap { findings.append(.exceedsCap(total: total, cap: cap)) }
        if let funds = application.thirdPartyFunds, let limit = thirdPartyLimit, funds > limit {
            findings.append(.thirdPartyFundsBeyondLimit(funds: funds, limit: limit))
        }
        if let deadline = call.deadline, let submitted = application.submitted, submitted > deadline {
            findings.append(.submittedAfterDeadline(submitted: submitted, deadline: deadline))
        }
        if let years = call.maximumYears {
            findings += overlong.map { .runsTooLong($0, years: years) }
        }
        return findings
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
