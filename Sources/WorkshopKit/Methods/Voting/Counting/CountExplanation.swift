/// How a rule reached its outcome, so a council can read why an option won or a project was
/// funded: one case per kind of count. Options are indices into the profile's options.
public enum CountExplanation: Sendable {
    /// What was added up per option (tallies, plurality, Borda).
    case totals(Totals)
    /// The pairwise contests and the rule's table built on them (Schulze, Copeland, minimax, pairwise).
    case pairwise(Pairwise)
    /// Instant-runoff, round by round.
    case runoff([RunoffRound])
    /// A greedy budget rule, project by project.
    case greedy(Greedy)
    /// The Method of Equal Shares: who paid what, and why the rest was not funded.
    case equalShares(EqualSharesDetails)

    public struct Totals: Sendable {
        /// How a ballot gives points: "each approval counts 1", "3-2-1 by place", …
        public var convention: String
        /// One row per option, in option order.
        public var rows: [Row]

        public struct Row: Sendable, Hashable {
            public var option: Int
            public var total: Rational
            /// Ballots that gave the option anything (named it, ranked it, scored it).
            public var ballots: Int
            /// The mean of the values given, where that means something (scores).
            public var mean: Rational?
        }
    }

    public struct Pairwise: Sendable {
        /// How ballots enter the contests: "unranked options tie below every ranked one", …
        public var convention: String
        public var matrix: PairwiseMatrix
        /// The option that beats every other option head to head, if there is one.
        public var condorcetWinner: Int?
        public var table: Table

        /// The contests of `matrix` and the rule's table; `comparesOnlyNamed` for pairwise
        /// comparisons, where a ballot says nothing about options it does not name.
        init(_ matrix: PairwiseMatrix, comparesOnlyNamed: Bool = false, table: Table) {
            convention = comparesOnlyNamed ? "a ballot compares only the options it names" : "unranked options tie below every ranked one"
            self.matrix = matrix
            condorcetWinner = matrix.condorcetWinner
            self.table = table
        }

        public enum Table: Sendable {
            /// Schulze: the strength of the strongest path from each option to each other one
            /// (row-major, `size × size`), links weighed by winning votes.
            case strongestPaths([Int])
            /// Copeland: head-to-head wins, ties and losses per option.
            case copeland(wins: [Int], ties: [Int], losses: [Int])
            /// Minimax: per option its largest defeat by margin (negative when it beats everyone)
            /// and the options that inflict it.
            case minimax(largestDefeat: [Int], by: [[Int]])
        }
    }

    /// One round of instant-runoff.
    public struct RunoffRound: Sendable, Hashable {
        /// Votes of each continuing option, in option order; a ballot whose first continuing
        /// place ties several options gives each an equal share.
        public var votes: [OptionVotes]
        /// Ballots with no continuing option left.
        public var exhausted: Int
        /// Options eliminated after this round (several when tied for fewest votes).
        public var eliminated: [Int]
        /// Options elected in this round (several only when all continuing options tie).
        public var elected: [Int]

        public struct OptionVotes: Sendable, Hashable {
            public var option: Int
            public var votes: Rational
        }
    }

    public struct Greedy: Sendable {
        /// What a project's support is: approvals, points, place points, per cost.
        public var support: String
        public var steps: [GreedyStep]
    }

    /// A greedy rule's decision on one project, in the order it looked at them.
    public struct GreedyStep: Sendable, Hashable {
        public var option: Int
        public var support: Rational
        public var cost: Rational
        public var decision: Decision

        public enum Decision: Sendable, Hashable {
            /// Funded; `left` is the money left afterwards.
            case funded(left: Rational)
            /// Costs more than the `left` money at that point.
            case doesNotFit(left: Rational)
            /// Support below the threshold.
            case belowThreshold(Rational)
            /// Nobody supports it: never funded.
            case unsupported
            /// Not looked at: the rule stopped at the first project that did not fit.
            case notReached
        }
    }

    public struct EqualSharesDetails: Sendable {
        /// Each voter's share of the budget in the run whose outcome was taken.
        public var budgetPerVoter: Rational
        /// How many times one unit was added to every voter's share (mes-complete).
        public var increments: Int
        /// Projects that cost nothing and have support: funded first.
        public var free: [Int]
        /// Each project Equal Shares funded, in order, and who paid for it.
        public var rounds: [EqualSharesRound]
        /// Projects whose supporters could no longer pay for them.
        public var shortfalls: [Shortfall]
        /// Projects nobody supports.
        public var unsupported: [Int]
        /// mes-complete: the greedy completion on what was left.
        public var completion: [GreedyStep]

        public struct Shortfall: Sendable, Hashable {
            public var option: Int
            public var cost: Rational
            /// What its supporters had left together when it dropped out.
            public var supportersHad: Rational
        }
    }

    /// One project funded by Equal Shares: its supporters split the cost equally, and those
    /// with less than an equal share left pay all they have.
    public struct EqualSharesRound: Sendable, Hashable {
        public var option: Int
        public var cost: Rational
        /// Voters who support it.
        public var supporters: Int
        /// Voters who paid the full equal share.
        public var paidInFull: Int
        /// The share each of them paid.
        public var payment: Rational
        /// Voters who had less than the share and paid all they had left.
        public var paidAllTheyHad: Int
        /// What those voters paid together.
        public var paidByThem: Rational
        /// The price per unit of utility (payment ÷ cost with cost utilities): the smallest of
        /// all projects in this round, which is why this project was chosen.
        public var price: Rational
    }
}
