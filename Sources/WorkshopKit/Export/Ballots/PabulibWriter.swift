/// Writes a workspace vote's ballots as a pabulib `.pb` file (pabulib.org's format: META,
/// PROJECTS, VOTES, fields separated by `;`), so the participatory-budgeting community's tools
/// (pabutools, the pabulib checker) can count them, and `workshop count` can count them again.
///
/// - META names the vote (`description`, `instance`), `num_projects`, `num_votes`, the
///   `vote_type` (`approval` for approval and budget votes, `cumulative` for dots and points,
///   `scoring`, `ordinal`), the method's limits in pabulib's keys, the `budget` of a budget vote
///   and the `rule` it is counted with (the toolkit's name, which `workshop count` reads back).
/// - PROJECTS gives each option's `cost` (its cost in a budget vote, else 0), `votes` (how many
///   ballots name it) and `name`.
/// - VOTES has one row per ballot that counts (voided ones left out), `voter_id` numbered
///   1, 2, …: never a participant or a token, so the file shows what was voted, not by whom.
///   Abstentions are rows with an empty `vote`.
public enum PabulibWriter {
    /// Why a vote cannot be written as pabulib.
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// The `.pb` text of `vote`'s counted ballots in `workspace`.
    /// - Throws: `Problem` when a ranked ballot has ties (pabulib's ordinal votes have none), or
    ///   when poster counts hold points (pabulib holds ballots only; they are not left out silently).
    public static func text(_ vote: Vote, in workspace: Workspace) throws(Problem) -> String {
        let posters = workspace.ballots.posterCounts(in: vote.id)
        if posters > 0 {
            throw Problem(
                description:
                    "vote \(vote.id) has \(posters) poster count(s): points without ballots, which a .pb file cannot hold; void them (workshop vote --void) to export the ballots alone, or count the vote with workshop vote --results")
        }
        let contents = workspace.ballots.contents(in: vote.id)
        let tied = contents.filter { if case .ranking(let groups) = $0 { groups.contains { $0.count > 1 } } else { false } }
        if let first = tied.first {
            throw Problem(
                description:
                    "vote \(vote.id) has \(tied.count) ranked ballots with ties (such as \(BallotNotation.text(first))); pabulib's ordinal votes rank every project on its own place, so it cannot be written as .pb")
        }
        func field(_ text: String) -> String {
            text.contains(";") || text.contains("\"") || text.contains("\n") ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        var meta: [(String, String)] = [
            ("description", vote.title), ("country", "none"), ("unit", workspace.process.title), ("instance", vote.id.rawValue),
            ("num_projects", String(vote.options.count)), ("num_votes", String(contents.count)),
        ]
        let costs = workspace.costs(of: vote)
        switch vote.method {
        case .dots(let perVoter, let perOption):
            meta += [("vote_type", "cumulative"), ("max_sum_points", String(perVoter))] + (perOption.map { [("max_points", String($0))] } ?? [])
        case .cumulative(let points, let perOption, let useAll):
            meta += [("vote_type", "cumulative"), ("max_sum_points", String(points))] + (perOption.map { [("max_points", String($0))] } ?? [])
            if useAll { meta.append(("min_sum_points", String(points))) }
        case .approval(let minimum, let maximum):
            meta.append(("vote_type", "approval"))
            if let minimum { meta.append(("min_length", String(minimum))) }
            if let maximum { meta.append(("max_length", String(maximum))) }
        case .score(let minimum, let maximum): meta += [("vote_type", "scoring"), ("min_points", String(minimum)), ("max_points", String(maximum))]
        case .ranked: meta.append(("vote_type", "ordinal"))
        case .budget(let limit, _): meta += [("vote_type", "approval"), ("budget", limit.description)]
        }
        meta.append(("rule", vote.countingRule.rawValue))
        var support: [ItemID: Int] = [:]
        for content in contents { for option in content.options { support[option, default: 0] += 1 } }
        var text = "META\nkey;value\n" + meta.map { "\($0.0);\(field($0.1))\n" }.joined()
        text += "PROJECTS\nproject_id;cost;votes;name\n"
        for option in vote.options {
            let cost = vote.method.name == .budget ? (costs[option] ?? .zero).description : "0"
            text += "\(option);\(cost);\(support[option] ?? 0);\(field(workspace.title(of: option) ?? option.rawValue))\n"
        }
        let points: Bool
        switch vote.ballotKind {
        case .points, .scores: points = true
        case .approvals, .ranking: points = false
        }
        text += points ? "VOTES\nvoter_id;vote;points\n" : "VOTES\nvoter_id;vote\n"
        for (number, content) in contents.enumerated() {
            var votes: [String] = []
            var values: [String] = []
            switch content {
            case .abstain: break
            case .points(let marks), .scores(let marks):
                votes = marks.map(\.option.rawValue)
                values = marks.map { String($0.value) }
            case .approvals(let options): votes = options.map(\.rawValue)
            case .ranking(let groups): votes = groups.flatMap { $0 }.map(\.rawValue)
            }
            text += "\(number + 1);\(votes.joined(separator: ","))" + (points ? ";\(values.joined(separator: ","))" : "") + "\n"
        }
        return text
    }
}
