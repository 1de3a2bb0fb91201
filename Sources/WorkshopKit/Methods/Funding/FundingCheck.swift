/// One condition of a funding call checked against an application: passed, failed, or not
/// checkable and why.
///
/// `BudgetOverview.checks` gives one check per condition the README names, always in this
/// order: cap, deadline, running time, third-party limit, budget lines.
public enum FundingCheck: Hashable, Sendable {
    /// The eligible total against the call's cap per application (`nil`: the call sets none).
    case cap(total: Money, cap: Money?)
    /// The submission date against the call's deadline.
    case deadline(submitted: Day?, deadline: Day?)
    /// Each bundled project's running time against the call's maximum (`nil`: the call sets none).
    case runningTime(maximumYears: Int?, tooLong: [ProjectID], unknown: [ProjectID])
    /// Third-party funds against the share of the own share they may replace.
    case thirdPartyLimit(funds: Money?, limit: Money?)
    /// Every bundled project has budget lines.
    case budgetLines(unbudgeted: [ProjectID])

    /// What a check found.
    public enum Outcome: Hashable, Sendable {
        case passed
        case failed
        case notCheckable(Reason)
    }

    /// Why a condition cannot be checked.
    public enum Reason: Hashable, Sendable {
        /// The call does not set this condition.
        case notSetByCall
        /// The application has no submission date.
        case noSubmissionDate
        /// These projects have no start or end date.
        case runningTimeUnknown([ProjectID])
    }

    public var outcome: Outcome {
        switch self {
        case .cap(let total, let cap):
            guard let cap else { return .notCheckable(.notSetByCall) }
            return total <= cap ? .passed : .failed
        case .deadline(let submitted, let deadline):
            guard let deadline else { return .notCheckable(.notSetByCall) }
            guard let submitted else { return .notCheckable(.noSubmissionDate) }
            return submitted <= deadline ? .passed : .failed
        case .runningTime(let maximumYears, let tooLong, let unknown):
            guard maximumYears != nil else { return .notCheckable(.notSetByCall) }
            if !tooLong.isEmpty { return .failed }
            return unknown.isEmpty ? .passed : .notCheckable(.runningTimeUnknown(unknown))
        case .thirdPartyLimit(let funds, let limit):
            guard let limit else { return .notCheckable(.notSetByCall) }
            return (funds ?? .zero) <= limit ? .passed : .failed
        case .budgetLines(let unbudgeted):
            return unbudgeted.isEmpty ? .passed : .failed
        }
    }

    /// The breaches this check found, as `BudgetOverview.Finding`s.
    var findings: [BudgetOverview.Finding] {
        guard outcome == .failed else { return [] }
        switch self {
        case .cap(let total, let cap): return cap.map { [.exceedsCap(total: total, cap: $0)] } ?? []
        case .deadline(let submitted, let deadline):
            guard let submitted, let deadline else { return [] }
            return [.submittedAfterDeadline(submitted: submitted, deadline: deadline)]
        case .runningTime(let maximumYears, let tooLong, _):
            return maximumYears.map { years in tooLong.map { .runsTooLong($0, years: years) } } ?? []
        case .thirdPartyLimit(let funds, let limit):
            guard let funds, let limit else { return [] }
            return [.thirdPartyFundsBeyondLimit(funds: funds, limit: limit)]
        case .budgetLines(let unbudgeted): return unbudgeted.map { .unbudgeted($0) }
        }
    }
}
