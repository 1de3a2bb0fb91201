/// The arithmetic of the Method of Equal Shares on one profile, prepared once and run for any
/// budget per voter.
///
/// With cost utilities every supporter of a project pays the same share or all they have left,
/// so voters who support the same funded projects always have the same money left. Voters are
/// therefore kept in classes by what they have left, and a project's price is found from the
/// classes of its supporters rather than voter by voter.
///
/// Money is kept exactly as integers over one common denominator: when a share does not divide
/// evenly the denominator is multiplied by what is missing, so no fraction is ever reduced in the
/// loop and every comparison is between integers.
struct EqualSharesEngine {
    let profile: BallotProfile
    /// Each option's cost, exactly.
    let costs: [Rational]
    /// Supported projects that cost nothing, in id order: funded first.
    let free: [Int]
    /// Projects nobody supports.
    let unsupported: [Int]
    /// Supported projects with a cost above zero.
    private let eligible: [Int]
    /// The distinct ballots supporting each option: `supporters[supporterStarts[j]..<supporterStarts[j + 1]]`.
    private let supporterStarts: [Int]
    private let supporters: [Int32]
    /// Voters supporting each option.
    private let supporterCount: [Int]
    /// The common denominator every amount starts with, and the costs over it.
    private let unit: BigInt
    private let costUnits: [BigInt]

    /// One run: the projects funded in order, who paid, and those that dropped out.
    struct Run {
        var rounds: [CountExplanation.EqualSharesRound]
        var shortfalls: [CountExplanation.EqualSharesDetails.Shortfall]
        var budgetPerVoter: Rational
        /// The cost of the funded projects (free ones cost nothing).
        var cost: Rational
    }

    init(_ profile: BallotProfile) {
        self.profile = profile
        let size = profile.options.count
        let costs = profile.options.map { $0.cost ?? .zero }
        self.costs = costs
        var lists = [[Int32]](repeating: [], count: size)
        var counts = [Int](repeating: 0, count: size)
        var ballot: Int32 = 0
        profile.forEachBallot { marks, values, count in
            for position in 0..<marks.count where profile.kind != .scores || values[position] > 0 {
                lists[Int(marks[position])].append(ballot)
                counts[Int(marks[position])] += count
            }
            ballot += 1
        }
        var starts = [0]
        var flat: [Int32] = []
        for list in lists {
            flat.append(contentsOf: list)
            starts.append(flat.count)
        }
        supporterStarts = starts
        supporters = flat
        supporterCount = counts
        let byID = (0..<size).sorted { profile.precedesByID($0, $1) }
        free = byID.filter { counts[$0] > 0 && costs[$0].isZero }
        unsupported = (0..<size).filter { counts[$0] == 0 }
        eligible = byID.filter { counts[$0] > 0 && !costs[$0].isZero }
        // The least common multiple of the denominators of the costs and the budget, times the voters.
        var common: BigInt = 1
        for amount in costs + [profile.budget ?? .zero] {
            common = common / BigInt.gcd(common, amount.denominator) * amount.denominator
        }
        let unit = common * BigInt(max(1, profile.voters))
        self.unit = unit
        costUnits = costs.map { $0.numerator * (unit / $0.denominator) }
    }

    /// Whether no supported project left out of `run` would still fit in the money it leaves.
    func isExhaustive(_ run: Run) -> Bool {
        let left = (profile.budget ?? .zero) - run.cost
        let funded = Set(run.rounds.map(\.option))
        return !eligible.contains { !funded.contains($0) && costs[$0] <= left }
    }

    /// Equal Shares with every voter's share of the budget raised by `increment` units of money.
    ///
    /// Each round looks at projects in the order of the price they had when last looked at (a
    /// lower bound: money only shrinks, so prices only rise), and stops looking once that bound
    /// exceeds the best price found; ties are broken by id.
    /// - Parameter explains: whether to work out who paid what exactly (only the run whose
    ///   outcome is kept needs it).
    func run(increment: Int, explains: Bool = true) -> Run {
        let budget = profile.budget ?? .zero
        let voters = profile.voters
        let perVoter = voters == 0 ? Rational.zero : budget / Rational(voters) + Rational(increment)
        var run = Run(rounds: [], shortfalls: [], budgetPerVoter: perVoter, cost: .zero)
        guard voters > 0 else { return run }
        var state = State(engine: self, perVoter: perVoter, explains: explains)
        // The price each project had when last looked at; projects waiting in a heap by it.
        var lastPrice = [Price](repeating: Price(numerator: 1, denominator: 1), count: profile.options.count)
        for option in eligible { lastPrice[option] = Price(numerator: 1, denominator: BigInt(supporterCount[option])) }
        var waiting = PriceHeap(profile: profile)
        for option in eligible { waiting.push(option, lastPrice) }

        while true {
            var best: Price?
            var tied: [Int] = []
            var looked: [Int] = []
            while let next = waiting.peek, best.map({ !$0.isCheaper(than: lastPrice[next]) }) ?? true {
                waiting.pop(lastPrice)
                guard let split = state.split(next) else {
                    if explains { run.shortfalls.append(.init(option: next, cost: costs[next], supportersHad: state.money(of: next))) }
                    continue
                }
                lastPrice[next] = split.price
                looked.append(next)
                if let current = best, !split.price.isCheaper(than: current) {
                    if !current.isCheaper(than: split.price) { tied.append(next) }
                } else {
                    best = split.price
                    tied = [next]
                }
            }
            guard let chosen = tied.min(by: { profile.precedesByID($0, $1) }) else { break }
            for option in looked where option != chosen { waiting.push(option, lastPrice) }
            var round = state.pay(chosen)
            if explains { round.price = Rational(lastPrice[chosen].numerator, lastPrice[chosen].denominator) }
            run.rounds.append(round)
            run.cost += costs[chosen]
        }
        return run
    }

    /// A price per unit of utility as an unreduced fraction (the denominator is positive).
    struct Price {
        var numerator: BigInt
        var denominator: BigInt

        func isCheaper(than other: Price) -> Bool { numerator * other.denominator < other.numerator * denominator }
    }

    /// Projects by the price they had when last looked at, cheapest first, then by id.
    private struct PriceHeap {
        let profile: BallotProfile
        private var items: [Int] = []

        init(profile: BallotProfile) { self.profile = profile }

        var peek: Int? { items.first }

        private func before(_ a: Int, _ b: Int, _ prices: [Price]) -> Bool {
            if prices[a].isCheaper(than: prices[b]) { return true }
            if prices[b].isCheaper(than: prices[a]) { return false }
            return profile.precedesByID(a, b)
        }

        mutating func push(_ option: Int, _ prices: [Price]) {
            items.append(option)
            var child = items.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard before(items[child], items[parent], prices) else { break }
                items.swapAt(child, parent)
                child = parent
            }
        }

        mutating func pop(_ prices: [Price]) {
            guard let last = items.popLast() else { return }
            guard !items.isEmpty else { return }
            items[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1
                let right = left + 1
                var smallest = parent
                if left < items.count && before(items[left], items[smallest], prices) { smallest = left }
                if right < items.count && before(items[right], items[smallest], prices) { smallest = right }
                if smallest == parent { break }
                items.swapAt(parent, smallest)
                parent = smallest
            }
        }
    }

    /// The money of one run: voters in classes by what they have left, every amount an integer
    /// over one common denominator (`unit`).
    ///
    /// When a share does not divide evenly, the unit is refined (every amount multiplied by what
    /// it lacks). Amounts are refined lazily: a class keeps its value with the epoch it was last
    /// brought up to date in, and is multiplied by the refinements since only when it is next used,
    /// so a round costs in proportion to the classes it touches, not to all of them.
    private struct State {
        let engine: EqualSharesEngine
        var unit: BigInt
        var cost: [BigInt]
        var costEpoch: [Int]
        /// Per class: its value, the epoch it is expressed in, and how many voters it holds.
        var value: [BigInt]
        var epoch: [Int]
        var members: [Int]
        /// `since[e]`: the product of all refinements made after epoch `e`.
        var since: [BigInt] = [1]
        /// The class of voters with no money left.
        var broke: Int?
        /// Live classes (with voters) from the poorest up, and each class's position in that order.
        var order: [Int] = [0]
        var rank: [Int] = [0]
        var ballotClass: [Int32]
        var histogram = Histogram()
        let explains: Bool

        init(engine: EqualSharesEngine, perVoter: Rational, explains: Bool) {
            self.engine = engine
            self.explains = explains
            unit = engine.unit
            cost = engine.costUnits
            costEpoch = Array(repeating: 0, count: engine.costUnits.count)
            value = [perVoter.numerator * (engine.unit / perVoter.denominator)]
            epoch = [0]
            members = [engine.profile.voters]
            ballotClass = Array(repeating: 0, count: engine.profile.distinctBallots)
        }

        var currentEpoch: Int { since.count - 1 }

        /// A class's money in the current unit.
        mutating func money(_ moneyClass: Int) -> BigInt {
            if epoch[moneyClass] != currentEpoch {
                value[moneyClass] *= since[epoch[moneyClass]]
                epoch[moneyClass] = currentEpoch
            }
            return value[moneyClass]
        }

        /// A project's cost in the current unit.
        mutating func cost(_ option: Int) -> BigInt {
            if costEpoch[option] != currentEpoch {
                cost[option] *= since[costEpoch[option]]
                costEpoch[option] = currentEpoch
            }
            return cost[option]
        }

        /// Multiplies every amount by `scale` (lazily: see the type's comment).
        mutating func refine(by scale: BigInt) {
            unit *= scale
            for index in since.indices { since[index] *= scale }
            since.append(1)
        }

        /// How the supporters of `option` would pay for it: what those who cannot pay a full
        /// share pay (all they have), how many then pay equal full shares, and the price per unit
        /// of utility; `nil` when they cannot pay for it at all.
        mutating func split(_ option: Int) -> (paidByPoorer: BigInt, payers: Int, price: Price)? {
            histogram.fill(option, engine, ballotClass, rank)
            let price = cost(option)
            var paid: BigInt = 0
            var payers = engine.supporterCount[option]
            // Classes from the poorest up (by rank, so only the classes looked at are brought up to date).
            for index in 0..<histogram.count {
                let (moneyClass, voters) = histogram[index]
                let has = money(moneyClass)
                // A full share is (cost − paid) / payers; this class and all richer ones can pay it.
                let owed = price - paid
                if owed <= BigInt(payers) * has {
                    return (paid, payers, Price(numerator: owed, denominator: BigInt(payers) * price))
                }
                paid += BigInt(voters) * has
                payers -= voters
            }
            return nil
        }

        /// Drops emptied classes from the order and puts the `created` ones (poorest first, as
        /// they were made from classes taken poorest first) in their places by binary search.
        mutating func reorder(adding created: [Int]) {
            let live = order.filter { members[$0] > 0 }
            // Where each created class goes among the live ones (they come poorest first, so
            // each search starts where the last one ended).
            var positions: [Int] = []
            var lower = 0
            for moneyClass in created where members[moneyClass] > 0 {
                let has = money(moneyClass)
                var upper = live.count
                while lower < upper {
                    let middle = (lower + upper) / 2
                    if money(live[middle]) <= has { lower = middle + 1 } else { upper = middle }
                }
                positions.append(lower)
            }
            var merged: [Int] = []
            merged.reserveCapacity(live.count + positions.count)
            var next = 0
            let added = created.filter { members[$0] > 0 }
            for (index, moneyClass) in live.enumerated() {
                while next < positions.count && positions[next] == index {
                    merged.append(added[next])
                    next += 1
                }
                merged.append(moneyClass)
            }
            merged.append(contentsOf: added[next...])
            for (position, moneyClass) in merged.enumerated() { rank[moneyClass] = position }
            order = merged
        }

        /// All the money the supporters of `option` have left (after `split` returned `nil`).
        mutating func money(of option: Int) -> Rational {
            var total: BigInt = 0
            for index in 0..<histogram.count {
                let (moneyClass, voters) = histogram[index]
                total += BigInt(voters) * money(moneyClass)
            }
            return Rational(total, unit)
        }

        /// Funds `option`: a full share from each supporter who has it, all they have from the others.
        mutating func pay(_ option: Int) -> CountExplanation.EqualSharesRound {
            guard let split = split(option) else { preconditionFailure("paying for a project its supporters cannot afford") }
            var paidByPoorer = split.paidByPoorer
            var owed = cost(option) - paidByPoorer
            // Make the share a whole number of units.
            let payers = BigInt(split.payers)
            let scale = payers / BigInt.gcd(owed, payers)
            if scale != 1 {
                refine(by: scale)
                paidByPoorer *= scale
                owed *= scale
            }
            let share = owed / payers
            var moved: [Int: Int] = [:]
            var created: [Int] = []
            var paidInFull = 0
            var paidAll = 0
            for index in 0..<histogram.count {
                let (moneyClass, voters) = histogram[index]
                let had = money(moneyClass)
                let target: Int
                if had > share {
                    paidInFull += voters
                    target = value.count
                    value.append(had - share)
                    epoch.append(currentEpoch)
                    members.append(0)
                    rank.append(0)
                    created.append(target)
                } else {
                    if had == share { paidInFull += voters } else { paidAll += voters }
                    if let broke {
                        target = broke
                    } else {
                        target = value.count
                        value.append(0)
                        epoch.append(currentEpoch)
                        members.append(0)
                        rank.append(0)
                        broke = target
                        order.insert(target, at: 0)
                    }
                }
                moved[moneyClass] = target
                members[moneyClass] -= voters
                members[target] += voters
            }
            for index in engine.supporterStarts[option]..<engine.supporterStarts[option + 1] {
                let ballot = Int(engine.supporters[index])
                if let target = moved[Int(ballotClass[ballot])] { ballotClass[ballot] = Int32(target) }
            }
            reorder(adding: created)
            return CountExplanation.EqualSharesRound(
                option: option, cost: engine.costs[option], supporters: engine.supporterCount[option], paidInFull: paidInFull,
                payment: explains ? Rational(share, unit) : .zero, paidAllTheyHad: paidAll,
                paidByThem: explains ? Rational(paidByPoorer, unit) : .zero, price: .zero)
        }
    }

    /// How the supporters of one project are spread over the money classes, poorest first.
    private struct Histogram {
        private var votersIn: [Int] = []
        private var touched: [Int] = []

        /// How many classes the supporters are in.
        var count: Int { touched.count }

        /// The `index`-th class from the poorest, and the supporters in it.
        subscript(index: Int) -> (moneyClass: Int, voters: Int) { (touched[index], votersIn[touched[index]]) }

        mutating func fill(_ option: Int, _ engine: EqualSharesEngine, _ ballotClass: [Int32], _ rank: [Int]) {
            for moneyClass in touched { votersIn[moneyClass] = 0 }
            touched.removeAll(keepingCapacity: true)
            let counts = engine.profile.counts
            for index in engine.supporterStarts[option]..<engine.supporterStarts[option + 1] {
                let ballot = Int(engine.supporters[index])
                let moneyClass = Int(ballotClass[ballot])
                if moneyClass >= votersIn.count { votersIn += Array(repeating: 0, count: moneyClass - votersIn.count + 64) }
                if votersIn[moneyClass] == 0 { touched.append(moneyClass) }
                votersIn[moneyClass] += counts[ballot]
            }
            touched.sort { rank[$0] < rank[$1] }
        }
    }
}
