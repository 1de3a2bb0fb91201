/// Changes to budgets and funding: budget lines, calls, applications.
extension Workspace {
    /// Adds a budget line.
    /// - Throws: `WorkspaceError.refused` for an unknown project or a negative amount.
    public mutating func addBudgetLine(_ line: BudgetLine) throws(WorkspaceError) {
        try requireProject(line.project)
        if line.amount.cents < 0 { throw .refused("the amount \(line.amount) is negative; budget lines are costs") }
        if let year = line.year, !(1900...2200).contains(year) { throw .refused("the year \(year) is outside 1900…2200") }
        budget.append(line)
    }

    /// Adds a funding call, or replaces the call with the same id.
    /// - Throws: `WorkspaceError.refused` for a rate outside 0…100 %.
    public mutating func setFundingCall(_ call: FundingCall) throws(WorkspaceError) {
        for (name, rate) in [("the subsidy rate", call.subsidyRate), ("the third-party limit", call.thirdPartyReductionLimit)] {
            if let rate, !(0...10_000).contains(rate.value) { throw .refused("\(name) is \(rate) %; a percentage lies in 0…100") }
        }
        if let index = fundingCalls.firstIndex(where: { $0.id == call.id }) {
            fundingCalls[index] = call
        } else {
            fundingCalls.append(call)
        }
    }

    /// Adds an application, or replaces the application with the same id.
    /// - Throws: `WorkspaceError.refused` for an unknown call, project or partner, a project bundled twice,
    ///   or fixed shares that do not add up to 100 %.
    public mutating func setApplication(_ application: FundingApplication) throws(WorkspaceError) {
        if fundingCall(application.call) == nil { throw .unknown(application.call, among: fundingCalls.map(\.id)) }
        if application.items.isEmpty { throw .refused("application \(application.id) bundles no project; name at least one") }
        var seen = Set<ProjectID>()
        for item in application.items {
            try requireProject(item.project)
            if !seen.insert(item.project).inserted { throw .refused("project \(item.project) is bundled twice") }
        }
        if let split = application.ownShareSplit {
            var partners = Set<PartnerID>()
            for weight in split.weights {
                if partner(weight.partner) == nil { throw .unknown(weight.partner, among: process.partners.map(\.id)) }
                if !partners.insert(weight.partner).inserted { throw .refused("partner \(weight.partner) is named twice in the split") }
            }
            if case .fixed(let weights) = split, weights.reduce(0, { $0 + $1.weight }) != 10_000 {
                let sum = Hundredths(hundredths: weights.reduce(0) { $0 + $1.weight })
                throw .refused("the fixed shares add up to \(sum) %; they must add up to 100 %")
            }
        }
        if let index = applications.firstIndex(where: { $0.id == application.id }) {
            applications[index] = application
        } else {
            applications.append(application)
        }
    }

    /// Records the day an application was handed in.
    /// - Throws: `WorkspaceError.refused` for an unknown application.
    public mutating func submitApplication(_ id: ApplicationID, on day: Day) throws(WorkspaceError) {
        guard let index = applications.firstIndex(where: { $0.id == id }) else {
            throw .unknown(id, among: applications.map(\.id))
        }
        applications[index].submitted = day
    }
}
