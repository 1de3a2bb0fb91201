/// How each rule treats ties, as results state it.
enum TieBreak {
    static let sharedPlaces = "options with equal totals share a place; no option is preferred to another"
    static let pairwisePlaces = "options neither of which beats the other share a place; no option is preferred to another"
    static let runoff =
        "when several options tie for the fewest votes, all of them are eliminated together; when every continuing option ties, they are all elected"
    static let projectID =
        "projects with equal support are taken in the order of their ids, compared by Unicode code points (\"10\" before \"9\"), as pabutools does"
    static let equalShares =
        "projects with the same price per unit of utility are funded in the order of their ids, compared by Unicode code points (\"10\" before \"9\"), as pabutools does; the completion breaks ties the same way"

    /// Why a rule that counts rankings cannot count other ballots.
    static func needsRankings(_ profile: BallotProfile, rule: RuleName) -> String? {
        profile.kind == .ranking ? nil : "\(rule.rawValue) counts rankings, but these are \(profile.kind.ballotsNoun)"
    }

    /// Why a rule that compares every pair of options cannot count rankings of this many options.
    static func needsPairwiseRankings(_ profile: BallotProfile, rule: RuleName) -> String? {
        if let problem = needsRankings(profile, rule: rule) { return problem }
        let size = profile.options.count
        guard size > PairwiseMatrix.maximumSize else { return nil }
        return "\(rule.rawValue) compares every pair of options and takes at most \(PairwiseMatrix.maximumSize) options, but this vote has \(size); "
            + "count it with a rule that does not compare pairs (irv, plurality, points)"
    }
}
