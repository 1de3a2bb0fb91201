/// What makes a ballot valid for its vote. Used when a ballot is recorded and when a
/// workspace is checked, so both apply the same rules.
public enum BallotRules {
    /// Every way `ballot` breaks the rules of `vote`; empty when it is valid.
    public static func problems(with ballot: Ballot, in vote: Vote) -> [String] {
        var problems: [String] = []
        let options = Set(vote.options)
        var seen = Set<ItemID>()
        for choice in ballot.choices {
            if !options.contains(choice.item) {
                let names = vote.options.map(\.rawValue)
                problems.append(
                    "'\(choice.item)' is not an option of this vote\(Suggestion.didYouMean(choice.item.rawValue, among: names)); options: \(Suggestion.list(names))")
            }
            if !seen.insert(choice.item).inserted {
                problems.append("option \(choice.item) appears twice; give it all its points in one choice, as \(choice.item):2")
            }
        }
        switch vote.method {
        case .dots:
            if let dots = vote.dotsPerVoter, ballot.totalPoints > dots {
                problems.append("\(ballot.totalPoints) dots placed but each voter has \(dots)")
            }
            if let limit = vote.maximumPerOption {
                for choice in ballot.choices where choice.points > limit {
                    problems.append("\(choice.points) dots on \(choice.item) but at most \(limit) may go to one option")
                }
            }
        case .approval:
            for choice in ballot.choices where choice.points != 1 {
                problems.append("\(choice.item):\(choice.points) gives points, but an approval vote only marks options; write \(choice.item)")
            }
            if let limit = vote.maximumApprovals, ballot.choices.count > limit {
                problems.append("\(ballot.choices.count) options approved but at most \(limit) may be")
            }
        }
        return problems
    }
}
