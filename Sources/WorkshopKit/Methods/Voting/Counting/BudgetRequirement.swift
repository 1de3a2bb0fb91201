/// What every budget rule needs from a profile: a budget and a cost for every option.
enum BudgetRequirement {
    static func problem(with profile: BallotProfile, rule: RuleName) -> String? {
        guard profile.budget != nil else {
            return "\(rule.rawValue) spends a budget, but the ballots come without one (a pabulib file's META budget)"
        }
        let missing = profile.options.filter { $0.cost == nil }.map(\.id.rawValue)
        if !missing.isEmpty {
            return "\(rule.rawValue) needs every project's cost, but \(Suggestion.list(missing)) \(missing.count == 1 ? "has" : "have") none"
        }
        return nil
    }
}
