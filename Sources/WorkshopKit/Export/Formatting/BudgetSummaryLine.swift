/// A line below an application's projects in a budget table: the totals, the subsidy, the own
/// share and, where there are any, the third-party funds. `budget.csv` and the workbook's
/// Budget sheet print the same lines (the workbook as formulas).
public struct BudgetSummaryLine: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case total, subsidy, ownShare, thirdPartyFunds, ownShareAfterThirdParty
    }

    public var kind: Kind
    /// "Summe", "davon Förderung (65 %)", …, with plain spaces (for CSV and spreadsheets).
    public var label: String
    /// Only the total splits into investment and operating cost.
    public var investment: Money?
    public var operating: Money?
    public var amount: Money

    /// The lines of `overview`, in the order a budget table prints them.
    public static func lines(of overview: BudgetOverview, context: ExportContext) -> [BudgetSummaryLine] {
        let labels = context.labels
        let numbers = NumberStyle(
            decimalSeparator: context.numbers.decimalSeparator, groupingSeparator: context.numbers.groupingSeparator, space: " ")
        var lines = [
            BudgetSummaryLine(
                kind: .total, label: labels.total, investment: overview.investment, operating: overview.operating, amount: overview.total),
            BudgetSummaryLine(
                kind: .subsidy, label: "\(labels.subsidy) (\(numbers.percent(overview.call.subsidyRate)))", amount: overview.subsidy),
            BudgetSummaryLine(
                kind: .ownShare, label: "\(labels.ownShare) (\(numbers.percent(overview.call.ownShareRate)))", amount: overview.ownShare),
        ]
        if let funds = overview.application.thirdPartyFunds {
            lines.append(BudgetSummaryLine(kind: .thirdPartyFunds, label: labels.thirdPartyFunds, amount: funds))
            lines.append(BudgetSummaryLine(
                kind: .ownShareAfterThirdParty, label: labels.ownShareAfterThirdParty, amount: overview.ownShareAfterThirdParty))
        }
        return lines
    }

    public init(kind: Kind, label: String, investment: Money? = nil, operating: Money? = nil, amount: Money) {
        self.kind = kind
        self.label = label
        self.investment = investment
        self.operating = operating
        self.amount = amount
    }
}
