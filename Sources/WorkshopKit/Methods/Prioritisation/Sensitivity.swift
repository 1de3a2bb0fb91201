/// How stable the priority groups are: for each project, the smallest change of one weight or
/// one threshold of the rule that moves it to another group, and whether it can move when
/// every weight varies by ±20 %.
///
/// Definitions, all exact (rationals; no floating point decides a group):
/// - **One weight.** A criterion's weight takes another value on criteria.json's grid
///   (0.01…1000 in steps of 0.01), all other weights unchanged. For each rated criterion and
///   each direction the nearest such weight that gives the project another rule group is
///   reported; one hundredth closer to the current weight gives the current group. A group
///   score is a weighted mean, so it moves monotonically toward the criterion's mean as its
///   weight grows; the group can only change where the printed score crosses a threshold of
///   the rule, and the crossing weight is solved for directly (then checked exactly on the grid).
/// - **One threshold.** A minimum of one rule step takes another value, all else unchanged:
///   raising a minimum the project meets to one hundredth above its value (one vote for
///   votes), or lowering one it misses to its value. Reported where that changes the group.
/// - **The band.** Every weight varies independently anywhere between −20 % and +20 % of
///   itself (a box, not a grid of corners). The group scores' lowest and highest values are
///   found exactly at the box's corners in O(*n*²) per score rather than 3ⁿ or 2ⁿ corners
///   (3¹² = 531 441 per project for the 12 Coesfeld criteria); since relevance and potential
///   depend on disjoint weights, every combination of their ranges is reachable, and the
///   groups are read off at the rule's thresholds inside those ranges.
///
/// ```swift
/// let sensitivity = Sensitivity(Evaluation(workspace))
/// if let change = sensitivity.projects["P1"]?.smallestWeightChange { print(change.criterion, change.to) }
/// ```
public struct Sensitivity: Sendable {
    /// How far every weight varies in the band, in percent of itself.
    public let bandPercent: Int
    public let projects: [ProjectID: ProjectSensitivity]

    /// The weights criteria.json accepts, in hundredths.
    static let weightRange = 1...100_000

    /// - Parameter bandPercent: the band's half-width in percent, 0…99 (default 20).
    public init(_ evaluation: Evaluation, bandPercent: Int = 20) {
        let bandPercent = min(99, max(0, bandPercent))
        self.bandPercent = bandPercent
        let workspace = evaluation.workspace
        let prioritiser = Prioritiser(workspace.prioritisation)
        var projects: [ProjectID: ProjectSensitivity] = [:]
        for project in workspace.projects {
            guard let assignment = evaluation.priorities[project.id] else { continue }
            let statistics = evaluation.projectScores[project.id]?.criteria ?? [:]
            let analysis = Analysis(
                prioritiser: prioritiser, measures: assignment.measures, ruleGroup: assignment.ruleGroup,
                scores: [
                    .relevance: WeightedScore(.relevance, criteria: workspace.criteria, statistics: statistics),
                    .potential: WeightedScore(.potential, criteria: workspace.criteria, statistics: statistics),
                ])
            projects[project.id] = ProjectSensitivity(
                project: project.id, ruleGroup: assignment.ruleGroup, weightChanges: analysis.weightChanges(),
                thresholdChanges: analysis.thresholdChanges(), band: analysis.band(percent: bandPercent))
        }
        self.projects = projects
    }

    /// The projects whose group can change within the band, in the order of `list`.
    public func movingWithinBand(_ list: [Project]) -> [ProjectID] {
        list.map(\.id).filter { projects[$0]?.movesWithinBand == true }
    }

    /// One project's analysis.
    private struct Analysis {
        let prioritiser: Prioritiser
        let measures: [PriorityStep.Measure: Int]
        let ruleGroup: Int
        let scores: [CriterionGroup: WeightedScore?]

        private var rule: [PriorityStep] { prioritiser.prioritisation.rule }

        private func measure(_ group: CriterionGroup) -> PriorityStep.Measure {
            switch group {
            case .relevance: .relevance
            case .potential: .potential
            }
        }

        /// The rule group with `value` (hundredths) in place of the project's score on `measure`.
        private func group(_ measure: PriorityStep.Measure, at value: Int) -> Int {
            var changed = measures
            changed[measure] = value
            return prioritiser.ruleGroup(for: changed).group
        }

        /// The distinct minimums the rule sets on a measure, ascending.
        private func thresholds(_ measure: PriorityStep.Measure) -> [Int] {
            Array(Set(rule.compactMap { $0.minimums[measure]?.value })).sorted()
        }

        func weightChanges() -> [ProjectSensitivity.WeightChange] {
            var changes: [ProjectSensitivity.WeightChange] = []
            for criterionGroup in CriterionGroup.allCases {
                guard let score = scores[criterionGroup] ?? nil, score.terms.count >= 2 else { continue }
                let measure = measure(criterionGroup)
                let thresholds = thresholds(measure)
                let weights = score.terms.map(\.weight)
                for (index, term) in score.terms.enumerated() {
                    var raise: ProjectSensitivity.WeightChange?
                    var lower: ProjectSensitivity.WeightChange?
                    for threshold in thresholds {
                        guard let weight = crossing(score, weights, index, threshold) else { continue }
                        var changed = weights
                        changed[index] = weight
                        let newGroup = group(measure, at: WeightedScore.printed(score.value(weights: changed)))
                        guard newGroup != ruleGroup else { continue }
                        let change = ProjectSensitivity.WeightChange(
                            criterion: term.criterion, from: Hundredths(hundredths: term.weight), to: Hundredths(hundredths: weight),
                            group: newGroup)
                        if weight > term.weight {
                            if raise.map({ weight < $0.to.value }) ?? true { raise = change }
                        } else if lower.map({ weight > $0.to.value }) ?? true {
                            lower = change
                        }
                    }
                    changes += [raise, lower].compactMap { $0 }
                }
            }
            return changes
        }

        /// The grid weight nearest the current one at which the printed score of `score` moves to
        /// the other side of `threshold` when only weight `index` changes; `nil` when no weight in
        /// 0.01…1000 does.
        ///
        /// With A, B the weighted sum and total weight of the other criteria and m this criterion's
        /// mean, the score is (A + w·m)/(B + w), monotone in w; it equals the rounding boundary
        /// τ = (threshold − ½)/100 at w = (τ·B − A)/(m − τ).
        private func crossing(_ score: WeightedScore, _ weights: [Int], _ index: Int, _ threshold: Int) -> Int? {
            let current = weights[index]
            let isAbove = WeightedScore.printed(score.value(weights: weights)) >= threshold
            let mean = score.terms[index].mean
            let boundary = Rational(2 * threshold - 1, 200)
            guard mean != boundary else { return nil }  // the score tends to m and never crosses τ
            var otherSum = Rational.zero
            var otherTotal = 0
            for (offset, term) in score.terms.enumerated() where offset != index {
                otherSum += Rational(weights[offset]) * term.mean
                otherTotal += weights[offset]
            }
            let solution = (boundary * Rational(otherTotal) - otherSum) / (mean - boundary)
            func flips(_ weight: Int) -> Bool {
                guard Sensitivity.weightRange.contains(weight) else { return false }
                var changed = weights
                changed[index] = weight
                return (WeightedScore.printed(score.value(weights: changed)) >= threshold) != isAbove
            }
            // The first grid weight past the boundary, on whichever side of the current weight it lies;
            // one step further when the boundary itself rounds to the current side.
            guard solution.signum > 0 else { return nil }
            if solution > Rational(current) {
                guard let first = solution.ceiling.intValue else { return nil }
                let start = first == current ? first + 1 : first
                return [start, start + 1].first(where: flips)
            } else {
                guard let first = solution.floor.intValue else { return nil }
                let start = first == current ? first - 1 : first
                return [start, start - 1].first(where: flips)
            }
        }

        func thresholdChanges() -> [ProjectSensitivity.ThresholdChange] {
            var changes: [ProjectSensitivity.ThresholdChange] = []
            for (stepIndex, step) in rule.enumerated() {
                for (measure, minimum) in step.orderedMinimums {
                    guard let value = measures[measure] else { continue }
                    let unit = measure == .votes ? 100 : 1
                    let target = value >= minimum.value ? value + unit : value
                    var changedRule = rule
                    changedRule[stepIndex].minimums[measure] = Hundredths(hundredths: target)
                    let changedPrioritiser = Prioritiser(Prioritisation(rule: changedRule))
                    let newGroup = changedPrioritiser.ruleGroup(for: measures).group
                    guard newGroup != ruleGroup else { continue }
                    changes.append(
                        ProjectSensitivity.ThresholdChange(
                            step: stepIndex, measure: measure, from: minimum, to: Hundredths(hundredths: target), group: newGroup))
                }
            }
            return changes
        }

        func band(percent: Int) -> ProjectSensitivity.Band {
            func reach(_ criterionGroup: CriterionGroup) -> ClosedRange<Int>? {
                guard let score = scores[criterionGroup] ?? nil else { return nil }
                let (lowest, highest) = score.range(percent: percent)
                return WeightedScore.printed(lowest)...WeightedScore.printed(highest)
            }
            let relevance = reach(.relevance)
            let potential = reach(.potential)
            // The rule's group changes only at its thresholds: try the lowest value and every
            // threshold inside each range.
            func candidates(_ measure: PriorityStep.Measure, _ range: ClosedRange<Int>?) -> [Int?] {
                guard let range else { return [nil] }
                return [range.lowerBound] + thresholds(measure).filter { $0 > range.lowerBound && $0 <= range.upperBound }
            }
            var groups = Set<Int>()
            for r in candidates(.relevance, relevance) {
                for p in candidates(.potential, potential) {
                    var changed = measures
                    changed[.relevance] = r
                    changed[.potential] = p
                    groups.insert(prioritiser.ruleGroup(for: changed).group)
                }
            }
            return ProjectSensitivity.Band(percent: percent, relevance: relevance, potential: potential, groups: groups.sorted())
        }
    }
}
