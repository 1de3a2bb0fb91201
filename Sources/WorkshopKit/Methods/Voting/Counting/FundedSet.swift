/// The projects a budget rule funds, in the order it chose them, and the money.
public struct FundedSet: Sendable, Hashable {
    public var selected: [Int]
    public var cost: Rational
    public var budget: Rational

    public init(selected: [Int], cost: Rational, budget: Rational) {
        self.selected = selected
        self.cost = cost
        self.budget = budget
    }

    /// The money not spent.
    public var left: Rational { budget - cost }
}
