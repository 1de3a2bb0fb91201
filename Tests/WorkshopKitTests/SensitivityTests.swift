import Foundation
import TestSupport
import Testing

@testable import WorkshopKit

@Suite("Sensitivity of the priority groups")
struct SensitivityTests {
    /// Two relevance criteria a and b (weight 1 each, 1…5), one potential criterion p; the rule:
    /// group 1 from relevance 3.50, else group 2. Each project is rated once per criterion.
    private func workspace(_ projects: [(ProjectID, a: Int, b: Int)], weightB: Int = 100, threshold: Int = 350) -> Workspace {
        let scale = Scale(minimum: 1, maximum: 5)
        var workspace = Workspace(
            id: "hand", process: ParticipationProcess(title: "Hand", themes: [Theme(id: "t", name: "T")]),
            participants: [Participant(id: "R1", name: "R1", role: "AK")],
            criteria: [
                Criterion(id: "a", group: .relevance, name: "A", scale: scale),
                Criterion(id: "b", group: .relevance, name: "B", weight: Hundredths(hundredths: weightB), scale: scale),
                Criterion(id: "p", group: .potential, name: "P", scale: scale),
            ],
            projects: projects.map { Project(id: $0.0, title: $0.0.rawValue, theme: "t") },
            prioritisation: Prioritisation(rule: [
                PriorityStep(group: 1, minimums: [.relevance: Hundredths(hundredths: threshold)]),
                PriorityStep(group: 2, minimums: [:]),
            ]))
        for (project, a, b) in projects {
            workspace.ratings.append(Rating(rater: "R1", item: ItemID(project), criterion: "a", score: a))
            workspace.ratings.append(Rating(rater: "R1", item: ItemID(project), criterion: "b", score: b))
            workspace.ratings.append(Rating(rater: "R1", item: ItemID(project), criterion: "p", score: 3))
        }
        return workspace
    }

    private func change(_ criterion: CriterionID, _ from: Int, _ to: Int, group: Int) -> ProjectSensitivity.WeightChange {
        .init(criterion: criterion, from: Hundredths(hundredths: from), to: Hundredths(hundredths: to), group: group)
    }

    @Test("A project on the threshold: a to 0.98 or b to 1.03 moves it; 0.99 and 1.02 do not")
    func onTheThreshold() throws {
        // a = 4, b = 3: R = (4w + 3)/(w + 1) = 3.50 exactly, printed 3.50, group 1.
        // Lowering a: R < 3.495 when 0.505·w < 0.495, w < 0.9802 → 0.98 gives 6.92/1.98 = 3.4949… → 3.49;
        //   0.99 gives 6.96/1.99 = 3.4975 → 3.50.
        // Raising b: R = (4 + 3w)/(1 + w) < 3.495 when w > 0.505/0.495 = 1.0202 → 1.03 gives 3.4926 → 3.49;
        //   1.02 gives 7.06/2.02 = 3.49505 → 3.50.
        let sensitivity = try #require(Sensitivity(Evaluation(workspace([("P1", 4, 3)]))).projects["P1"])
        #expect(sensitivity.ruleGroup == 1)
        #expect(sensitivity.weightChanges == [change("a", 100, 98, group: 2), change("b", 100, 103, group: 2)])
        // By factor, 1/0.98 = 1.0204 is smaller than 1.03.
        #expect(sensitivity.smallestWeightChange == change("a", 100, 98, group: 2))
        #expect(sensitivity.smallestWeightChange?.percent == -2)
        #expect(
            sensitivity.thresholdChanges == [
                .init(step: 0, measure: .relevance, from: Hundredths(hundredths: 350), to: Hundredths(hundredths: 351), group: 2)
            ])
        // ±20 %: lowest (0.8·4 + 1.2·3)/2 = 3.40, highest (1.2·4 + 0.8·3)/2 = 3.60.
        #expect(sensitivity.band.relevance == 340...360)
        #expect(sensitivity.band.groups == [1, 2])
        #expect(sensitivity.movesWithinBand)
    }

    @Test("Smallest by factor, not by percent: a to 4.95 (×4.95) beats b to 0.20 (÷5, −80 %)")
    func factorNotPercent() throws {
        // a = 4, b = 1: R = 2.50, group 2. Raising a: (4w + 1)/(w + 1) ≥ 3.495 when w ≥ 2.495/0.505 = 4.9406
        //   → 4.95 gives 20.8/5.95 = 3.4958 → 3.50; 4.94 gives 20.76/5.94 = 3.4949… → 3.49.
        // Lowering b: (4 + w)/(1 + w) ≥ 3.495 when w ≤ 0.505/2.495 = 0.2024 → 0.20 gives 4.2/1.2 = 3.50; 0.21 gives 3.479.
        let sensitivity = try #require(Sensitivity(Evaluation(workspace([("P1", 4, 1)]))).projects["P1"])
        #expect(sensitivity.ruleGroup == 2)
        #expect(sensitivity.weightChanges == [change("a", 100, 495, group: 1), change("b", 100, 20, group: 1)])
        #expect(sensitivity.smallestWeightChange == change("a", 100, 495, group: 1))
        #expect(sensitivity.smallestWeightChange?.percent == 395)
        #expect(sensitivity.thresholdChanges.map(\.to) == [Hundredths(hundredths: 250)])
        #expect(sensitivity.movesWithinBand == false)
    }

    @Test("×1.25 and ÷1.25 count as the same change; ×1.2 is smaller than ÷1.25")
    func factors() {
        #expect(change("a", 100, 125, group: 1).factorOrder(change("b", 125, 100, group: 1)) == 0)
        #expect(change("a", 100, 120, group: 1).factorOrder(change("b", 125, 100, group: 1)) < 0)
        #expect(change("a", 100, 80, group: 1).factorOrder(change("b", 100, 120, group: 1)) > 0)  // ÷1.25 > ×1.2
    }

    @Test("No weight within 0.01…1000 reaches the threshold; a project rated on one criterion has no weight to move")
    func outOfReach() throws {
        // a = 4, b = 1 with b weighing 10, threshold 4.00: a would need (3.995·10 − 10)/0.005 = 5990 > 1000.
        let far = try #require(Sensitivity(Evaluation(workspace([("P1", 4, 1)], weightB: 1000, threshold: 400))).projects["P1"])
        #expect(far.weightChanges.filter { $0.criterion == "a" }.isEmpty)
        // Lowering b alone: (4 + w)/(1 + w) ≥ 3.995 needs w ≤ 0.005/2.995 < 0.01.
        #expect(far.weightChanges.isEmpty)
        #expect(far.smallestWeightChange == nil)

        var single = workspace([("P1", 5, 5)])
        single.ratings = RatingSet(single.ratings.ratings.filter { $0.criterion != "b" })
        let alone = try #require(Sensitivity(Evaluation(single)).projects["P1"])
        #expect(alone.weightChanges.isEmpty)
        #expect(alone.band.relevance == 500...500)
        #expect(alone.band.groups == [1])
    }

    @Test("Thresholds: raising a minimum the project meets, lowering one it misses, votes in whole votes")
    func thresholds() throws {
        var workspace = workspace([("P1", 4, 3)])
        workspace.prioritisation = Prioritisation(rule: [
            PriorityStep(group: 1, minimums: [.relevance: Hundredths(hundredths: 300), .votes: Hundredths(3)]),
            PriorityStep(group: 2, minimums: [.potential: Hundredths(hundredths: 300)]),
            PriorityStep(group: 3, minimums: [:]),
        ])
        workspace.votes = [Vote(id: "v", title: "V", method: .dots(perVoter: 2, perOption: 2), options: ["P1"])]
        workspace.ballots = [Ballot(vote: "v", id: "B1", voter: "R1", content: .points([OptionValue("P1", 2)]))]
        let sensitivity = try #require(Sensitivity(Evaluation(workspace)).projects["P1"])
        // R 3.50, P 3.00, 2 votes: step 1 fails on votes only, step 2 gives group 2.
        #expect(sensitivity.ruleGroup == 2)
        #expect(
            sensitivity.thresholdChanges == [
                .init(step: 0, measure: .votes, from: Hundredths(3), to: Hundredths(2), group: 1),
                .init(step: 1, measure: .potential, from: Hundredths(hundredths: 300), to: Hundredths(hundredths: 301), group: 3),
            ])
        // Votes are not a score: the smallest score threshold is potential's.
        #expect(sensitivity.smallestThresholdChange?.measure == .potential)
    }

    @Test("The band's extremes are the extremes over every corner, by brute force", arguments: 0..<40)
    func bandAgainstCorners(seed: Int) throws {
        var generator = SplitMix(seed: UInt64(seed))
        let count = 2 + Int(generator.next() % 5)
        var statistics: [CriterionID: CriterionStatistics] = [:]
        var criteria: [Criterion] = []
        for index in 0..<count {
            let id = CriterionID("c\(index)")
            criteria.append(
                Criterion(
                    id: id, group: .relevance, name: id.rawValue, weight: Hundredths(hundredths: 1 + Int(generator.next() % 300)),
                    scale: Scale(minimum: 1, maximum: 5)))
            statistics[id] = CriterionStatistics(criterion: id, scores: (0..<(1 + Int(generator.next() % 4))).map { _ in 1 + Int(generator.next() % 5) })
        }
        let score = try #require(WeightedScore(.relevance, criteria: criteria, statistics: statistics))
        var lowest: Rational?
        var highest: Rational?
        for corner in 0..<(1 << count) {
            let weights = score.terms.enumerated().map { index, term in term.weight * (corner & (1 << index) != 0 ? 120 : 80) }
            let value = score.value(weights: weights)
            if lowest.map({ value < $0 }) ?? true { lowest = value }
            if highest.map({ value > $0 }) ?? true { highest = value }
        }
        let range = score.range(percent: 20)
        #expect(range.lowest == lowest)
        #expect(range.highest == highest)
    }

    @Test("Coesfeld: each reported weight change moves the project; one hundredth less does not")
    func coesfeldWeights() throws {
        let workspace = try Fixtures.coesfeld()
        let evaluation = Evaluation(workspace)
        let sensitivity = Sensitivity(evaluation)
        #expect(sensitivity.projects.count == 28)
        var checked = 0
        for project in workspace.projects {
            let analysis = try #require(sensitivity.projects[project.id])
            // The exact scores print as the evaluation's.
            let score = try #require(evaluation.projectScores[project.id])
            let relevance = try #require(WeightedScore(.relevance, criteria: workspace.criteria, statistics: score.criteria))
            #expect(WeightedScore.printed(relevance.value) == score.relevance?.hundredths)
            for change in analysis.weightChanges {
                func ruleGroup(weight: Int) throws -> Int {
                    var changed = workspace
                    let index = try #require(changed.criteria.firstIndex { $0.id == change.criterion })
                    changed.criteria[index].weight = Hundredths(hundredths: weight)
                    return try #require(Evaluation(changed).priorities[project.id]).ruleGroup
                }
                let step = change.to > change.from ? -1 : 1
                #expect(try ruleGroup(weight: change.to.value) == change.group, "\(project.id) \(change)")
                #expect(try ruleGroup(weight: change.to.value + step) == analysis.ruleGroup, "\(project.id) \(change)")
                checked += 1
            }
        }
        #expect(checked > 20)
    }

    @Test("Coesfeld: each reported threshold change moves the project; one step less does not")
    func coesfeldThresholds() throws {
        let workspace = try Fixtures.coesfeld()
        let sensitivity = Sensitivity(Evaluation(workspace))
        for project in workspace.projects {
            let analysis = try #require(sensitivity.projects[project.id])
            #expect(analysis.thresholdChanges.isEmpty == false, "\(project.id)")
            for change in analysis.thresholdChanges {
                func ruleGroup(_ value: Int) throws -> Int {
                    var changed = workspace
                    changed.prioritisation.rule[change.step].minimums[change.measure] = Hundredths(hundredths: value)
                    return try #require(Evaluation(changed).priorities[project.id]).ruleGroup
                }
                let unit = change.measure == .votes ? 100 : 1
                #expect(try ruleGroup(change.to.value) == change.group)
                #expect(try ruleGroup(change.to.value + (change.to > change.from ? -unit : unit)) == analysis.ruleGroup)
            }
        }
    }

    @Test("Coesfeld within ±20 %: P7 and P13 can move, the other 26 cannot")
    func coesfeldBand() throws {
        let evaluation = Evaluation(try Fixtures.coesfeld())
        let sensitivity = Sensitivity(evaluation)
        #expect(sensitivity.movingWithinBand(evaluation.consolidatedList) == ["P13", "P7"])
        // P7: relevance 3.00 on the threshold of group II, 2.97…3.03 within the band.
        #expect(sensitivity.projects["P7"]?.band.relevance == 297...303)
        #expect(sensitivity.projects["P7"]?.band.groups == [2, 3])
    }
}
