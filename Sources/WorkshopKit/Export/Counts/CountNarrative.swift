/// The explanation of a count in sentences, for the text and Markdown renderings: rounds,
/// eliminations, the Condorcet winner, who paid what, why money was left. Amounts are rounded to
/// two decimals for reading (`≈` marks a rounded value); JSON keeps them exact.
public enum CountNarrative {
    public static func lines(_ result: CountResult, profile: BallotProfile) -> [String] {
        // Numbered alternatives (PrefLib) read better with their names.
        let numbered = profile.options.allSatisfy { $0.id.rawValue.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && $0.name != nil }
        func id(_ option: Int) -> String {
            let entry = profile.options[option]
            return numbered ? "\(entry.id.rawValue) (\(entry.name ?? ""))" : entry.id.rawValue
        }
        func list(_ options: [Int]) -> String { options.map(id).joined(separator: ", ") }
        var lines: [String] = []
        switch result.explanation {
        case .totals(let totals):
            lines.append("Counted: \(totals.convention).")
        case .pairwise(let pairwise):
            lines.append("Contests: \(pairwise.convention).")
            if let winner = pairwise.condorcetWinner {
                lines.append("Condorcet winner: \(id(winner)), who beats every other option head to head.")
            } else {
                lines.append("No Condorcet winner: no option beats every other one head to head.")
            }
        case .runoff(let rounds):
            for (index, round) in rounds.enumerated() {
                let votes = round.votes.sorted { $0.votes > $1.votes || ($0.votes == $1.votes && $0.option < $1.option) }
                    .map { "\(id($0.option)) \(readable($0.votes))" }.joined(separator: ", ")
                var line = "Round \(index + 1): \(votes)"
                if round.exhausted > 0 { line += " (\(round.exhausted) \(round.exhausted == 1 ? "ballot" : "ballots") exhausted)" }
                if !round.eliminated.isEmpty { line += "; \(list(round.eliminated)) eliminated" }
                if !round.elected.isEmpty {
                    line += round.elected.count == 1 ? "; \(list(round.elected)) elected" : "; \(list(round.elected)) tie and are all elected"
                }
                lines.append(line + ".")
            }
        case .greedy(let greedy):
            lines.append("Projects are taken by support (\(greedy.support)).")
        case .equalShares(let details):
            lines.append(
                "Each of the \(profile.voters) voters gets an equal share of the budget: \(readable(details.budgetPerVoter))"
                    + (details.increments > 0 ? " (the budget's equal share raised by \(details.increments) units)." : "."))
            if !details.free.isEmpty { lines.append("Funded first because they cost nothing: \(list(details.free)).") }
            for (index, round) in details.rounds.enumerated() {
                var line =
                    "Round \(index + 1): \(id(round.option)) (cost \(readable(round.cost))): \(round.paidInFull) of its \(round.supporters) supporters paid \(readable(round.payment)) each"
                if round.paidAllTheyHad > 0 { line += ", \(round.paidAllTheyHad) paid all they had left (\(readable(round.paidByThem)) together)" }
                lines.append(line + "; price per unit of utility \(readable(round.price)), the lowest of this round.")
            }
            for shortfall in details.shortfalls {
                lines.append(
                    "Not funded by Equal Shares: \(id(shortfall.option)) (cost \(readable(shortfall.cost))): its supporters had only \(readable(shortfall.supportersHad)) left."
                )
            }
            if !details.unsupported.isEmpty { lines.append("Nobody supports \(list(details.unsupported)).") }
            let completed = details.completion.filter { if case .funded = $0.decision { true } else { false } }.map(\.option)
            if result.rule == .mesComplete {
                lines.append(completed.isEmpty ? "The completion funded nothing more." : "The completion (greedy by supporters) funded \(list(completed)).")
            }
        }
        if case .funded(let funded) = result.outcome {
            lines.append(
                "Funded \(funded.selected.count) projects for \(readable(funded.cost)) of \(readable(funded.budget)); \(readable(funded.left)) left.")
        } else if let winners = result.winners {
            lines.append(winners.count == 1 ? "Winner: \(list(winners))." : "Tied for first place: \(list(winners)).")
        }
        lines.append("Ties: \(result.tieBreak).")
        return lines
    }

    /// An amount for reading: exact when it has at most two decimals, else rounded and marked `≈`.
    public static func readable(_ value: Rational) -> String {
        if let decimal = value.exactDecimal, (decimal.split(separator: ".").dropFirst().first?.count ?? 0) <= 2 { return decimal }
        return "≈" + value.decimal(places: 2)
    }
}
