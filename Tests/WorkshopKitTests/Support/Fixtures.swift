import Foundation
import TestSupport
import Testing

@testable import WorkshopKit

/// Paths and workspaces shared by the tests.
enum Fixtures {
    static var packageRoot: URL { TestSupport.packageRoot }

    static let coesfeldFolder = packageRoot.appendingPathComponent("Workshops/coesfeld-12")
    static let coesfeldExports = packageRoot.appendingPathComponent("Exports/coesfeld-12")

    /// The embedded example, loaded and checked.
    static func coesfeld() throws -> Workspace {
        let result = try WorkspaceStore(folder: coesfeldFolder, shownAs: "Workshops/coesfeld-12").load()
        let workspace = try #require(result.workspace, "the Coesfeld example has errors: \(result.diagnostics.sorted)")
        return workspace
    }

    /// The files of the embedded example, logs included, for tests that break one of them.
    static func coesfeldFiles() throws -> [WorkspaceFile: [UInt8]] {
        var files: [WorkspaceFile: [UInt8]] = [:]
        for file in WorkspaceFile.allCases {
            files[file] = [UInt8](try Data(contentsOf: coesfeldFolder.appendingPathComponent(file.rawValue)))
        }
        return files
    }

    /// A small workspace: two themes, three ideas, two projects, two raters, four criteria, one dot vote.
    static func small(language: Language = .english) -> Workspace {
        let scale = Scale(minimum: 1, maximum: 5)
        let workspace = Workspace(
            id: "small",
            process: ParticipationProcess(
                title: "Small process", language: language, csvProfile: .standard,
                partners: [Partner(id: "north", name: "North", kind: .town)],
                themes: [Theme(id: "mobility", name: "Mobility"), Theme(id: "economy", name: "Economy")]),
            participants: [
                Participant(id: "R1", name: "Rater 1", role: "AK"), Participant(id: "R2", name: "Rater 2", role: "AK"),
            ],
            workshops: [Workshop(id: "ws1", title: "Mobility workshop", theme: "mobility", date: Day("2020-02-19"), format: .presence, participantCount: 30)],
            criteria: [
                Criterion(id: "growth", group: .relevance, name: "Growth", weight: Hundredths(hundredths: 200), scale: scale),
                Criterion(id: "image", group: .relevance, name: "Image", scale: scale),
                Criterion(id: "networks", group: .potential, name: "Networks", scale: scale),
                Criterion(id: "staff", group: .potential, name: "Staff", scale: scale),
            ],
            ideas: [
                Idea(id: "I-1", title: "Bike sharing", theme: "mobility", benefit: "Fewer cars", challenges: "Vandalism", workshop: "ws1"),
                Idea(id: "I-2", title: "Mobility hubs", theme: "mobility", workshop: "ws1"),
                Idea(id: "I-3", title: "Coworking", theme: "economy", origin: "online form"),
            ],
            projects: [
                Project(id: "P1", title: "Share and ride", theme: "mobility", ideas: ["I-1", "I-2"]),
                Project(id: "P2", title: "Work near home", theme: "economy", ideas: ["I-3"]),
            ],
            votes: [Vote(id: "dots", title: "Dot vote", method: .dots(perVoter: 3, perOption: 2), options: ["P1", "P2"])],
            ratings: RatingSet(smallRatings), ballots: BallotSet(smallBallots))
        return workspace
    }

    /// The small workspace's rating log.
    static let smallRatings: [Rating] = {
        var ratings: [Rating] = []
        func rate(_ rater: ParticipantID, _ item: ItemID, _ scores: [CriterionID: Int]) {
            for (criterion, score) in scores.sorted(by: { $0.key < $1.key }) {
                ratings.append(Rating(rater: rater, item: item, criterion: criterion, score: score))
            }
        }
        rate("R1", "I-1", ["growth": 5, "image": 4, "networks": 4, "staff": 3])
        rate("R2", "I-1", ["growth": 3, "image": 4, "networks": 4, "staff": 5])
        rate("R1", "P2", ["growth": 2, "image": 2, "networks": 3, "staff": 2])
        return ratings
    }()

    /// The small workspace's ballots.
    static let smallBallots: [Ballot] = [
        Ballot(vote: "dots", id: "B1", voter: "R1", content: .points([OptionValue("P1", 2), OptionValue("P2", 1)])),
        Ballot(vote: "dots", id: "B2", voter: "R2", content: .points([OptionValue("P1", 1)])),
    ]

    /// The small workspace on disk in `folder/w` (its logs empty), and its store.
    static func store(in folder: TemporaryFolder, _ workspace: Workspace = small()) throws -> WorkspaceStore {
        var workspace = workspace
        workspace.id = "w"
        let store = WorkspaceStore(folder: folder.url.appendingPathComponent("w"), shownAs: "w")
        try store.create(workspace)
        return store
    }

    /// Every file of `workspace` as `WorkspaceEncoder` writes it, with logs in format 2 holding
    /// `ratings` and `ballots` (the small workspace's by default).
    static func files(of workspace: Workspace, ratings: [Rating] = smallRatings, ballots: [Ballot] = smallBallots) -> [WorkspaceFile: [UInt8]] {
        var files = Dictionary(uniqueKeysWithValues: WorkspaceFile.allCases.map { ($0, Array(WorkspaceEncoder.text(of: $0, in: workspace).utf8)) })
        files[.ratings] = log(ratings)
        files[.ballots] = log(ballots, votes: workspace.votes)
        return files
    }

    /// A rating log in format 2, one batch per rating.
    static func log(_ ratings: [Rating]) -> [UInt8] {
        var log = LogBuilder(.ratings)
        for rating in ratings { log.append([rating]) }
        return log.bytes
    }

    /// A ballot log in format 2, one batch per ballot; a vote's first ballot shares its batch
    /// with the vote's open record.
    static func log(_ ballots: [Ballot], votes: [Vote]) -> [UInt8] {
        var log = LogBuilder(.ballots)
        var opened = Set<VoteID>()
        for ballot in ballots {
            var batch: [BallotRecord] = []
            if opened.insert(ballot.vote).inserted, let vote = votes.first(where: { $0.id == ballot.vote }) {
                batch.append(.open(vote: vote.id, definition: vote.definitionHash, recordedAt: nil))
            }
            batch.append(.ballot(ballot))
            log.append(batch)
        }
        return log.bytes
    }
}

/// A fresh folder under the system's temporary folder, removed when the test ends.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("workshopkit-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func write(_ text: String, to path: String) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    func read(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: url.appendingPathComponent(path)), as: UTF8.self)
    }
}
