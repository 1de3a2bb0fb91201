/// A ballot being filled in step by step, as a kiosk takes it from one voter: each line the
/// voter types changes the draft only when the result still keeps the vote's limits, so what is
/// shown (dots left, budget left) is always a valid ballot.
///
/// A line names options by their number on the ballot (1, 2, …) or their id (`P3`):
/// - dots and cumulative points: `3 3 7` or `3:2 7` adds points; `-3` takes option 3's back;
/// - approval and budget: `3 7` marks options; `-3` unmarks;
/// - score: `3:4 7:0` scores options; `-3` takes a score back;
/// - ranked: `3,1=7,2` (or `3 1 7 2`) is the whole ranking, best first, `=` for a tie; it
///   replaces the one before.
public struct BallotDraft: Sendable {
    public let vote: Vote
    /// The options' costs, for a budget vote.
    public let costs: [ItemID: Money]
    /// Points, scores or 1 for an approval, per option, in the order first marked.
    public private(set) var marks: [OptionValue] = []
    public private(set) var ranking: [[ItemID]] = []

    public init(vote: Vote, costs: [ItemID: Money] = [:]) {
        self.vote = vote
        self.costs = costs
    }

    /// What a draft cannot take.
    public enum Problem: Hashable, Sendable {
        /// A word that names no option: not a number on the ballot, not an option id.
        case unknownOption(String)
        /// A word that cannot be read (`3:x`).
        case unreadable(String)
        case tooManyPoints(placed: Int, allowed: Int)
        case tooManyOnOption(ItemID, placed: Int, allowed: Int)
        /// The vote wants every point given away.
        case pointsLeft(Int)
        case tooManyApprovals(marked: Int, allowed: Int)
        case tooFewApprovals(marked: Int, needed: Int)
        case overBudget(cost: Money, limit: Money)
        case scoreOutOfRange(ItemID, score: Int, minimum: Int, maximum: Int)
        case tiesNotAllowed
        case rankingTooLong(ranked: Int, allowed: Int)
        case repeated(ItemID)
    }

    /// The ballot as it stands; `.abstain` while nothing is marked.
    public var content: BallotContent {
        switch vote.ballotKind {
        case .ranking: return ranking.isEmpty ? .abstain : .ranking(ranking)
        case .points: return marks.isEmpty ? .abstain : .points(marks)
        case .scores: return marks.isEmpty ? .abstain : .scores(marks)
        case .approvals: return marks.isEmpty ? .abstain : .approvals(marks.map(\.option))
        }
    }

    /// Points still to give (dots and cumulative votes).
    public var pointsLeft: Int? {
        switch vote.method {
        case .dots(let total, _), .cumulative(let total, _, _): total - marks.reduce(0) { $0 + $1.value }
        default: nil
        }
    }

    /// What the options marked cost, and the budget (budget votes).
    public var spent: (cost: Money, limit: Money)? {
        guard case .budget(let limit, _) = vote.method else { return nil }
        return (marks.reduce(Money.zero) { $0 + (costs[$1.option] ?? .zero) }, limit)
    }

    /// Applies one line the voter typed; returns why it was not taken (the draft is then as
    /// it was), or nothing.
    public mutating func enter(_ line: String) -> [Problem] {
        var next = self
        var problems: [Problem] = []
        if vote.ballotKind == .ranking {
            var groups: [[ItemID]] = []
            var seen = Set<ItemID>()
            for place in line.split(whereSeparator: { $0 == "," || $0 == ">" || $0 == " " }) {
                var group: [ItemID] = []
                for word in place.split(separator: "=") {
                    guard let option = option(String(word)) else {
                        problems.append(.unknownOption(String(word)))
                        continue
                    }
                    if !seen.insert(option).inserted { problems.append(.repeated(option)) }
                    group.append(option)
                }
                if !group.isEmpty { groups.append(group) }
            }
            next.ranking = groups
        } else {
            for word in line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" }) {
                if word.hasPrefix("-") {
                    guard let option = option(String(word.dropFirst())) else {
                        problems.append(.unknownOption(String(word.dropFirst())))
                        continue
                    }
                    next.marks.removeAll { $0.option == option }
                    continue
                }
                let parts = word.split(separator: ":", maxSplits: 1)
                guard let option = option(String(parts[0])) else {
                    problems.append(.unknownOption(String(parts[0])))
                    continue
                }
                var value = 1
                if parts.count == 2 {
                    guard let read = Int(parts[1]) else {
                        problems.append(.unreadable(String(word)))
                        continue
                    }
                    value = read
                }
                next.mark(option, value)
            }
        }
        if problems.isEmpty { problems = next.limitProblems(finished: false) }
        if problems.isEmpty { self = next }
        return problems
    }

    /// Starts the ballot again, empty.
    public mutating func clear() {
        marks = []
        ranking = []
    }

    /// Why the draft cannot be cast as it is (limits that only a finished ballot must keep,
    /// such as the fewest approvals); empty when it can.
    public var finishProblems: [Problem] { limitProblems(finished: true) }

    private mutating func mark(_ option: ItemID, _ value: Int) {
        let index = marks.firstIndex { $0.option == option }
        switch vote.ballotKind {
        case .points:
            if let index { marks[index].value += value } else { marks.append(OptionValue(option, value)) }
            marks.removeAll { $0.value <= 0 }
        case .scores:
            if let index { marks[index].value = value } else { marks.append(OptionValue(option, value)) }
        case .approvals:
            if index == nil { marks.append(OptionValue(option, 1)) }
        case .ranking:
            break
        }
    }

    private func limitProblems(finished: Bool) -> [Problem] {
        var problems: [Problem] = []
        switch vote.method {
        case .dots(let total, let perOption), .cumulative(let total, let perOption, _):
            let placed = marks.reduce(0) { $0 + $1.value }
            if placed > total { problems.append(.tooManyPoints(placed: placed, allowed: total)) }
            if let perOption {
                for mark in marks where mark.value > perOption { problems.append(.tooManyOnOption(mark.option, placed: mark.value, allowed: perOption)) }
            }
            if finished, case .cumulative(_, _, true) = vote.method, placed < total { problems.append(.pointsLeft(total - placed)) }
        case .approval(let minimum, let maximum):
            if let maximum, marks.count > maximum { problems.append(.tooManyApprovals(marked: marks.count, allowed: maximum)) }
            if finished, let minimum, !marks.isEmpty, marks.count < minimum { problems.append(.tooFewApprovals(marked: marks.count, needed: minimum)) }
        case .score(let minimum, let maximum):
            for mark in marks where !(minimum...maximum).contains(mark.value) {
                problems.append(.scoreOutOfRange(mark.option, score: mark.value, minimum: minimum, maximum: maximum))
            }
        case .ranked(let length, let ties):
            let ranked = ranking.reduce(0) { $0 + $1.count }
            if let length, ranked > length { problems.append(.rankingTooLong(ranked: ranked, allowed: length)) }
            if !ties, ranking.contains(where: { $0.count > 1 }) { problems.append(.tiesNotAllowed) }
        case .budget:
            if let spent, spent.cost > spent.limit { problems.append(.overBudget(cost: spent.cost, limit: spent.limit)) }
        }
        return problems
    }

    /// The option a word names: its number on the ballot, or its id.
    private func option(_ word: String) -> ItemID? {
        let trimmed = word.trimmingSpaces
        if let number = Int(trimmed), number >= 1, number <= vote.options.count { return vote.options[number - 1] }
        return vote.options.first { $0.rawValue.lowercased() == trimmed.lowercased() }
    }
}
