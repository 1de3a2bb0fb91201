import Foundation
import Testing

@testable import WorkshopKit

@Suite("Ranking projects and ideas by one score")
struct RankingOrderTests {
    @Test("Highest first; equal printed values share a rank and keep the list's order; unrated last without rank")
    func ties() throws {
        var workspace = Fixtures.small()
        workspace.projects.append(Project(id: "P3", title: "Unrated", theme: "economy"))
        workspace.projects.append(Project(id: "P4", title: "Same as P2", theme: "economy"))
        for criterion: CriterionID in ["growth", "image", "networks", "staff"] {
            let p2 = workspace.ratings.ratings.first { $0.item == "P2" && $0.criterion == criterion }
            workspace.ratings.append(Rating(rater: "R1", item: "P4", criterion: criterion, score: try #require(p2).score))
        }
        let evaluation = Evaluation(workspace)
        // P1 relevance (2 × 4 + 4)/3 = 4.00; P2 and P4 (2 × 2 + 2)/3 = 2.00; P3 none.
        let ranking = Ranking.projects(evaluation, by: .relevance)
        #expect(ranking.entries.map(\.item) == ["P1", "P2", "P4", "P3"])
        #expect(ranking.entries.map(\.rank) == [1, 2, 2, nil])
        #expect(ranking.entries.map(\.value) == [400, 200, 200, nil])

        // Votes: P1 3 points, P2 1, P3 and P4 none; zero points is a value and ranked.
        let votes = Ranking.projects(evaluation, by: .votes)
        #expect(votes.entries.map(\.item) == ["P1", "P2", "P3", "P4"])
        #expect(votes.entries.map(\.rank) == [1, 2, 3, 3])
        #expect(votes.entries.first?.value == 300)
    }

    @Test("combined is the mean of the exact relevance and potential, rounded once")
    func combined() throws {
        let evaluation = Evaluation(Fixtures.small())
        let entry = try #require(Ranking.projects(evaluation, by: .combined).entries.first { $0.item == "P1" })
        let score = try #require(evaluation.projectScores["P1"])
        let relevance = try #require(score.relevance?.value)
        let potential = try #require(score.potential?.value)
        #expect(entry.value == DecimalRounding.hundredths((relevance + potential) / 2))
        // I-2 and I-3 have no ratings: ranked ideas are I-1 only, the other two come last.
        let ideas = Ranking.ideas(evaluation, by: .combined)
        #expect(ideas.entries.map(\.rank) == [1, nil, nil])
    }
}
