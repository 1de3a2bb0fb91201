/// The priority group a project ends up in, and why.
public struct PriorityAssignment: Sendable, Hashable {
    public var project: ProjectID
    /// The group that counts: the override's when there is one, else the rule's.
    public var group: Int
    /// The group the rule gives.
    public var ruleGroup: Int
    /// Which step of the rule matched (0-based); `nil` when none did.
    public var ruleStep: Int?
    /// The recorded decision that set the group, if any.
    public var override: PriorityOverride?
    /// The values the rule compared, in hundredths; `nil` where the project has no such value.
    public var measures: [PriorityStep.Measure: Int]

    public var isOverridden: Bool { override != nil && override?.group != ruleGroup }
}
