/// A planned cost of a project: investment or operating, in exact cents, optionally for a year.
public struct BudgetLine: Hashable, Sendable {
    public var project: ProjectID
    public var kind: CostKind
    public var amount: Money
    /// The budget year, or `nil` for the whole running time.
    public var year: Int?
    /// What the money is for ("Ausstattung Coworking Spaces").
    public var label: String?

    public init(project: ProjectID, kind: CostKind, amount: Money, year: Int? = nil, label: String? = nil) {
        self.project = project
        self.kind = kind
        self.amount = amount
        self.year = year
        self.label = label
    }
}

/// Investment ("investiv") or operating ("konsumtiv") cost.
public enum CostKind: String, Sendable, CaseIterable, JSONEnum {
    case investment, operating
}
