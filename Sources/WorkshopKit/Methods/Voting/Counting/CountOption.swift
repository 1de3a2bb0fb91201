/// One option of a count: an idea, a project or a candidate, as the ballots name it.
public struct CountOption: Hashable, Sendable {
    /// The id ballots use. Ids from ballot files are kept as written (`BO.OM.97/24`, `42192`),
    /// so they need not be valid workspace ids.
    public var id: ItemID
    /// A readable name, when the source gives one.
    public var name: String?
    /// What the option costs, for budget rules; exact.
    public var cost: Rational?

    public init(id: ItemID, name: String? = nil, cost: Rational? = nil) {
        self.id = id
        self.name = name
        self.cost = cost
    }
}
