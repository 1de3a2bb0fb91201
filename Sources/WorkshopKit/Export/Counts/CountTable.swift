/// The table every rendering of a count shows (text, CSV, Markdown): one row per option, in the
/// order of the outcome, with the columns that make sense for the rule.
public struct CountTable: Sendable {
    /// One cell: text, a whole number, an exact amount, or nothing.
    public enum Value: Sendable, Hashable {
        case text(String)
        case integer(Int)
        case amount(Rational)
        case empty

        /// The cell as plain text; amounts exact (a fraction when they have no finite decimal).
        public var exactText: String {
            switch self {
            case .text(let text): text
            case .integer(let value): String(value)
            case .amount(let value): value.exactText
            case .empty: ""
            }
        }
    }

    public var columns: [String]
    public var rows: [[Value]]
    /// The column whose numbers the text rendering draws bars for.
    public var barColumn: Int?

    public init(columns: [String], rows: [[Value]], barColumn: Int? = nil) {
        self.columns = columns
        self.rows = rows
        self.barColumn = barColumn
    }

    /// The table of `result`, counted on `profile`.
    public init(_ result: CountResult, profile: BallotProfile) {
        let options = profile.options
        func id(_ option: Int) -> Value { .text(options[option].id.rawValue) }
        func name(_ option: Int) -> Value { options[option].name.map(Value.text) ?? .empty }
        switch (result.outcome, result.explanation) {
        case (.funded, .greedy(let greedy)):
            columns = ["step", "project", "name", "support", "cost", "decision", "left"]
            rows = greedy.steps.enumerated().map { index, step in
                [.integer(index + 1), id(step.option), name(step.option), .amount(step.support), .amount(step.cost)] + Self.decision(step.decision)
            }
            barColumn = 3
        case (.funded, .equalShares(let details)):
            columns = ["step", "project", "name", "cost", "supporters", "decision", "payment"]
            var rows: [[Value]] = []
            var listed = Set<Int>()
            let supporters = OptionTotals(profile, measure: .approval).ballots
            func add(_ option: Int, _ decision: String, _ payment: Value) {
                listed.insert(option)
                rows.append([.integer(rows.count + 1), id(option), name(option), .amount(options[option].cost ?? .zero), .integer(supporters[option]), .text(decision), payment])
            }
            for option in details.free { add(option, "funded: costs nothing", .empty) }
            for (index, round) in details.rounds.enumerated() {
                let paidAll = round.paidAllTheyHad > 0 ? "; \(round.paidAllTheyHad) paid all they had" : ""
                add(round.option, "funded in round \(index + 1)\(paidAll)", .amount(round.payment))
            }
            for step in details.completion {
                let decision = Self.decision(step.decision)
                if case .funded = step.decision {
                    add(step.option, "funded by the completion", .empty)
                } else {
                    add(step.option, "completion: " + decision[0].exactText, .empty)
                }
            }
            for shortfall in details.shortfalls where !listed.contains(shortfall.option) {
                add(shortfall.option, "not funded: its supporters had \(shortfall.supportersHad.decimal(places: 2)) left", .empty)
            }
            for option in details.unsupported where !listed.contains(option) { add(option, "not funded: nobody supports it", .empty) }
            self.rows = rows
            barColumn = nil
        case (_, .totals(let totals)):
            let byOption = Dictionary(uniqueKeysWithValues: totals.rows.map { ($0.option, $0) })
            let hasMean = totals.rows.contains { $0.mean != nil }
            columns = ["place", "option", "name", result.rule == .borda ? "score" : "total", "ballots"] + (hasMean ? ["mean"] : [])
            rows = Self.placed(result.ranking ?? []).map { place, option in
                let row = byOption[option]
                return [.integer(place), id(option), name(option), row.map { .amount($0.total) } ?? .empty, row.map { .integer($0.ballots) } ?? .empty]
                    + (hasMean ? [row?.mean.map(Value.amount) ?? .empty] : [])
            }
            barColumn = 3
        case (_, .pairwise(let pairwise)):
            switch pairwise.table {
            case .copeland(let wins, let ties, let losses):
                columns = ["place", "option", "name", "score", "wins", "ties", "losses"]
                rows = Self.placed(result.ranking ?? []).map { place, option in
                    [.integer(place), id(option), name(option), .amount(Rational(2 * wins[option] + ties[option], 2)), .integer(wins[option]), .integer(ties[option]), .integer(losses[option])]
                }
                barColumn = 3
            case .minimax(let largest, let by):
                columns = ["place", "option", "name", "largest defeat", "by"]
                rows = Self.placed(result.ranking ?? []).map { place, option in
                    [.integer(place), id(option), name(option), .integer(largest[option]), .text(by[option].map { options[$0].id.rawValue }.joined(separator: " "))]
                }
                barColumn = nil
            case .strongestPaths:
                let wins = Dominance(pairwise.matrix.counts, size: pairwise.matrix.size).wins()
                columns = ["place", "option", "name", "wins", "note"]
                rows = Self.placed(result.ranking ?? []).map { place, option in
                    [.integer(place), id(option), name(option), .integer(wins[option]), pairwise.condorcetWinner == option ? .text("Condorcet winner") : .empty]
                }
                barColumn = nil
            }
        case (_, .runoff(let rounds)):
            columns = ["place", "option", "name", "votes", "note"]
            var note: [Int: String] = [:]
            var lastVotes: [Int: Rational] = [:]
            for (index, round) in rounds.enumerated() {
                for entry in round.votes { lastVotes[entry.option] = entry.votes }
                for option in round.eliminated { note[option] = "eliminated in round \(index + 1)" }
                for option in round.elected { note[option] = "elected in round \(index + 1)" }
            }
            rows = Self.placed(result.ranking ?? []).map { place, option in
                [.integer(place), id(option), name(option), lastVotes[option].map(Value.amount) ?? .empty, note[option].map(Value.text) ?? .empty]
            }
            barColumn = 3
        default:
            columns = ["place", "option", "name"]
            rows = Self.placed(result.ranking ?? []).map { place, option in [.integer(place), id(option), name(option)] }
            barColumn = nil
        }
    }

    /// Each option with its place: tied options share the place of the first of them (1, 2, 2, 4).
    static func placed(_ ranking: [[Int]]) -> [(place: Int, option: Int)] {
        var place = 1
        var placed: [(Int, Int)] = []
        for group in ranking {
            for option in group { placed.append((place, option)) }
            place += group.count
        }
        return placed
    }

    /// A greedy decision as its decision and money-left cells.
    static func decision(_ decision: CountExplanation.GreedyStep.Decision) -> [Value] {
        switch decision {
        case .funded(let left): [.text("funded"), .amount(left)]
        case .doesNotFit(let left): [.text("does not fit"), .amount(left)]
        case .belowThreshold(let threshold): [.text("below the minimum support of \(threshold.exactText)"), .empty]
        case .unsupported: [.text("nobody supports it"), .empty]
        case .notReached: [.text("not reached (stopped at the first that did not fit)"), .empty]
        }
    }
}
