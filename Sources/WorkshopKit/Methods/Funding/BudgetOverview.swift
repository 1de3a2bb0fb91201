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
    }

    public var application: FundingApplication
    public var call: FundingCall
    public var rows: [Row]

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
        return findings
    }

    /// Sums the budget lines of each project the application bundles, in the application's order.
    public init(application: FundingApplication, call: FundingCall, budget: [BudgetLine]) {
        self.application = application
        self.call = call
        rows = application.items.map { item in
            let lines = budget.filter { $0.project == item.project }
            return Row(
                project: item.project, title: item.title,
                investment: lines.filter { $0.kind == .investment }.map(\.amount).sum(),
                operating: lines.filter { $0.kind == .operating }.map(\.amount).sum(),
                isUnbudgeted: lines.isEmpty)
        }
    }

    /// The overview of every application in the workspace whose call is known, in file order.
    public static func all(in workspace: Workspace) -> [BudgetOverview] {
        workspace.applications.compactMap { application in
            workspace.fundingCall(application.call).map {
                BudgetOverview(application: application, call: $0, budget: workspace.budget)
            }
        }
    }
}

/// A project's cost from all its budget lines.
public struct ProjectCost: Sendable, Hashable {
    public var investment: Money
    public var operating: Money
    public var total: Money { investment + operating }
    /// Totals per budget year; lines without a year are under `nil`.
    public var byYear: [Int?: Money]

    public init(project: ProjectID, budget: [BudgetLine]) {
        let lines = budget.filter { $0.project == project }
        investment = lines.filter { $0.kind == .investment }.map(\.amount).sum()
        operating = lines.filter { $0.kind == .operating }.map(\.amount).sum()
        var byYear: [Int?: Money] = [:]
        for line in lines { byYear[line.year, default: .zero] = byYear[line.year, default: .zero] + line.amount }
        self.byYear = byYear
    }
}
