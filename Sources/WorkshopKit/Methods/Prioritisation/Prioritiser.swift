/// Sorts projects into priority groups by the workspace's stated rule, then applies overrides.
///
/// The rule is a list of steps; a project goes to the group of the first step whose every
/// minimum it meets. Scores are compared as printed (two decimals), so what a reader sees
/// in the project list is what was compared. A project without a score on a measure does
/// not meet a minimum on it. An override replaces the rule's group and is shown with its
/// reason, who decided and when.
public struct Prioritiser: Sendable {
    public let prioritisation: Prioritisation

    public init(_ prioritisation: Prioritisation) {
        self.prioritisation = prioritisation
    }

    /// Assigns one project.
    /// - Parameters:
    ///   - score: the project's pooled score.
    ///   - votes: the points the project and its ideas received in all votes.
    public func assign(_ project: ProjectID, score: ItemScore, votes: Int) -> PriorityAssignment {
        var measures: [PriorityStep.Measure: Int] = [:]
        measures[.relevance] = score.relevance?.hundredths
        measures[.potential] = score.potential?.hundredths
        measures[.votes] = votes * 100
        let (ruleGroup, stepIndex) = ruleGroup(for: measures)
        let override = prioritisation.overrides.first { $0.project == project }
        return PriorityAssignment(
            project: project, group: override?.group ?? ruleGroup, ruleGroup: ruleGroup, ruleStep: stepIndex,
            override: override, measures: measures)
    }

    /// The group the rule gives for these values (in hundredths, as `PriorityAssignment.measures`),
    /// and which step gave it.
    public func ruleGroup(for measures: [PriorityStep.Measure: Int]) -> (group: Int, step: Int?) {
        // A rule always ends with a step without minimums (the workspace check sees to it); a
        // rule built in code without one puts the projects no step takes into its last group.
        let stepIndex = prioritisation.rule.firstIndex { step in
            step.minimums.allSatisfy { measure, minimum in
                guard let value = measures[measure] else { return false }
                return value >= minimum.value
            }
        }
        return (stepIndex.map { prioritisation.rule[$0].group } ?? prioritisation.rule.last?.group ?? 1, stepIndex)
    }
}
