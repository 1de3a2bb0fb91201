/// The outcome of a count: one case per kind of result.
public enum CountOutcome: Sendable {
    /// A total per option (indexed like the profile's options); more is better.
    case scores([Rational])
    /// A ranking, best first; each element is a group of options tied at that place.
    case ranking([[Int]])
    /// The projects a budget rule funds.
    case funded(FundedSet)
}
