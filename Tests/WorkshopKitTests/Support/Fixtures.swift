import Foundation
import Testing

@testable import WorkshopKit

/// Paths and workspaces shared by the tests.
enum Fixtures {
    /// The package's root folder: the nearest folder above this file holding Package.swift.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url = url.deletingLastPathComponent()
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    static let coesfeldFolder = packageRoot.appendingPathComponent("Workshops/coesfeld-12")
    static let coesfeldExports = packageRoot.appendingPathComponent("Exports/coesfeld-12")

    /// The embedded example, loaded and checked.
    static func coesfeld() throws -> Workspace {
        let result = try WorkspaceStore(folder: coesfeldFolder, shownAs: "Workshops/coesfeld-12").load()
        let workspace = try #require(result.workspace, "the Coesfeld example has errors: \(result.diagnostics.sorted)")
        return workspace
    }

    /// The files of the embedded example, for tests that break one of them.
    static func coesfeldFiles() throws -> [WorkspaceFile: [UInt8]] {
        try WorkspaceStore(folder: coesfeldFolder, shownAs: "Workshops/coesfeld-12").readFiles()
    }

    /// A small workspace: two themes, three ideas, two projects, two raters, four criteria, one dot vote.
    static func small(language: Language = .english) -> Workspace {
        let scale = Scale(minimum: 1, maximum: 5)
        var workspace = Workspace(
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
            votes: [Vote(id: "dots", title: "Dot vote", method: .dots, options: ["P1", "P2"], dotsPerVoter: 3, maximumPerOption: 2)])
        func rate(_ rater: ParticipantID, _ item: ItemID, _ scores: [CriterionID: Int]) {
            for (criterion, score) in scores.sorted(by: { $0.key < $1.key }) {
                workspace.ratings.append(Rating(rater: rater, item: item, criterion: criterion, score: score))
            }
        }
        rate("R1", "I-1", ["growth": 5, "image": 4, "networks": 4, "staff": 3])
        rate("R2", "I-1", ["growth": 3, "image": 4, "networks": 4, "staff": 5])
        rate("R1", "P2", ["growth": 2, "image": 2, "networks": 3, "staff": 2])
        workspace.ballots = [
            Ballot(vote: "dots", id: "B1", voter: "R1", choices: [.init(item: "P1", points: 2), .init(item: "P2", points: 1)]),
            Ballot(vote: "dots", id: "B2", voter: "R2", choices: [.init(item: "P1", points: 1)]),
        ]
        return workspace
    }

    /// Every file of `workspace` as `WorkspaceEncoder` writes it.
    static func files(of workspace: Workspace) -> [WorkspaceFile: [UInt8]] {
        Dictionary(uniqueKeysWithValues: WorkspaceFile.allCases.map { ($0, Array(WorkspaceEncoder.text(of: $0, in: workspace).utf8)) })
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
