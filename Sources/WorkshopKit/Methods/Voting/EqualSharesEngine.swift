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
    func run(increment: Int) -> Run {
        let budget = profile.budget ?? .zero
        let voters = profile.voters
        let perVoter = voters == 0 ? Rational.zero : budget / Rational(voters) + Rational(increment)
        var run = Run(rounds: [], shortfalls: [], budgetPerVoter: perVoter, cost: .zero)
        guard voters > 0 else { return run }
        var unit = self.unit
        var cost = costUnits
        // Classes of voters by the money they have left; every ballot starts in class 0.
        var money: [BigInt] = [perVoter.numerator * (unit / perVoter.denominator)]
        var classOf = [BigInt: Int32]()
        classOf[money[0]] = 0
        var ballotClass = [Int32](repeating: 0, count: profile.distinctBallots)
        // The price each project had when last looked at: a lower bound, since money only shrinks.
        var lastPrice = [(numerator: BigInt, denominator: BigInt)](repeating: (1, 1), count: profile.options.count)
        for option in eligible { lastPrice[option] = (1, BigInt(supporterCount[option])) }
        var remaining = eligible
        var histogram = Histogram()

        func cheaper(_ a: (numerator: BigInt, denominator: BigInt), _ b: (numerator: BigInt, denominator: BigInt)) -> Bool {
            a.numerator * b.denominator < b.numerator * a.denominator
        }

        while !remaining.isEmpty {
            remaining.sort { a, b in
                let x = lastPrice[a]
                let y = lastPrice[b]
                if cheaper(x, y) { return true }
                if cheaper(y, x) { return false }
                return profile.precedesByID(a, b)
            }
            var best: (numerator: BigInt, denominator: BigInt)?
            var tied: [Int] = []
            var dropped = Set<Int>()
            for option in remaining {
                if let best, cheaper(best, lastPrice[option]) { break }
                histogram.fill(option, self, ballotClass)
                let available = histogram.total(money)
                if available < cost[option] {
                    dropped.insert(option)
                    run.shortfalls.append(.init(option: option, cost: costs[option], supportersHad: Rational(available, unit)))
                    continue
                }
                let (paidByPoorer, payers) = histogram.split(cost[option], money, supporters: supporterCount[option])
                let price = (numerator: cost[option] - paidByPoorer, denominator: BigInt(payers) * cost[option])
                lastPrice[option] = price
                if let current = best, !cheaper(price, current) {
                    if !cheaper(current, price) { tied.append(option) }
                } else {
                    best = price
                    tied = [option]
                }
            }
            remaining.removeAll { dropped.contains($0) }
            guard let chosen = tied.min(by: { profile.precedesByID($0, $1) }) else { break }

            // Pay for it: a full share each, or all they have when that is less.
            histogram.fill(chosen, self, ballotClass)
            var (paidByPoorer, payers) = histogram.split(cost[chosen], money, supporters: supporterCount[chosen])
            let owed = cost[chosen] - paidByPoorer
            let payerCount = BigInt(payers)
            let divisor = BigInt.gcd(owed, payerCount)
            let scale = payerCount / divisor
            if scale != 1 {
                unit *= scale
                for index in money.indices { money[index] *= scale }
                for index in cost.indices { cost[index] *= scale }
                paidByPoorer *= scale
                classOf = Dictionary(uniqueKeysWithValues: money.enumerated().map { ($1, Int32($0)) })
            }
            let share = owed / divisor
            var newClass = [Int32: Int32]()
            var paidInFull = 0
            var paidAll = 0
            for (moneyClass, voters) in histogram.entries {
                let had = money[Int(moneyClass)]
                let left: BigInt
                if had >= share {
                    left = had - share
                    paidInFull += voters
                } else {
                    left = 0
                    paidAll += voters
                }
                if let existing = classOf[left] {
                    newClass[moneyClass] = existing
                } else {
                    let created = Int32(money.count)
                    money.append(left)
                    classOf[left] = created
                    newClass[moneyClass] = created
                }
            }
            for index in supporterStarts[chosen]..<supporterStarts[chosen + 1] {
                let ballot = Int(supporters[index])
                ballotClass[ballot] = newClass[ballotClass[ballot]] ?? ballotClass[ballot]
            }
            run.rounds.append(
                .init(
                    option: chosen, cost: costs[chosen], supporters: supporterCount[chosen], paidInFull: paidInFull,
                    payment: Rational(share, unit), paidAllTheyHad: paidAll, paidByThem: Rational(paidByPoorer, unit),
                    price: Rational(lastPrice[chosen].numerator, lastPrice[chosen].denominator)))
            run.cost += costs[chosen]
            remaining.removeAll { $0 == chosen }
        }
        return run
    }

    /// How the supporters of one project are spread over the money classes.
    private struct Histogram {
        private var votersIn: [Int] = []
        private var touched: [Int32] = []

        /// The classes touched, with the voters in each.
        var entries: [(moneyClass: Int32, voters: Int)] { touched.map { ($0, votersIn[Int($0)]) } }

        mutating func fill(_ option: Int, _ engine: EqualSharesEngine, _ ballotClass: [Int32]) {
            for moneyClass in touched { votersIn[Int(moneyClass)] = 0 }
            touched.removeAll(keepingCapacity: true)
            let counts = engine.profile.counts
            for index in engine.supporterStarts[option]..<engine.supporterStarts[option + 1] {
                let ballot = Int(engine.supporters[index])
                let moneyClass = Int(ballotClass[ballot])
                if moneyClass >= votersIn.count { votersIn += Array(repeating: 0, count: moneyClass - votersIn.count + 64) }
                if votersIn[moneyClass] == 0 { touched.append(Int32(moneyClass)) }
                votersIn[moneyClass] += counts[ballot]
            }
        }

        /// All the money the supporters have left.
        func total(_ money: [BigInt]) -> BigInt {
            touched.reduce(BigInt(0)) { $0 + BigInt(votersIn[Int($1)]) * money[Int($1)] }
        }

        /// How a cost splits: what the supporters who cannot pay a full share pay (all they
        /// have), and how many supporters then pay equal full shares of the rest.
        /// - Precondition: the supporters have the cost between them.
        mutating func split(_ cost: BigInt, _ money: [BigInt], supporters: Int) -> (paidByPoorer: BigInt, payers: Int) {
            touched.sort { money[Int($0)] < money[Int($1)] }
            var paid: BigInt = 0
            var payers = supporters
            for moneyClass in touched {
                let voters = votersIn[Int(moneyClass)]
                // A full share is (cost − paid) / payers; this class can pay it when share ≤ its money.
                if cost - paid <= BigInt(payers) * money[Int(moneyClass)] { break }
                paid += BigInt(voters) * money[Int(moneyClass)]
                payers -= voters
            }
            return (paid, payers)
        }
    }
}
