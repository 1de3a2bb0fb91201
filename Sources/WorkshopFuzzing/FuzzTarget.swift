import Foundation
import WorkshopKit

/// A parser the fuzzers drive: each takes any bytes and must answer with a value or a precise
/// error, never a crash, a trap or a hang. One `fuzz-NAME` executable per case (see `Scripts/fuzz`).
public enum FuzzTarget: String, CaseIterable, Sendable {
    case json
    case csv
    case workspace
    case ballotNotation = "ballot-notation"
    case pb
    case preflib
    case ideaSheet = "idea-sheet"
    case ideaList = "idea-list"
    case scoringSheet = "scoring-sheet"
    case formExport = "form-export"
    case ratingsLog = "ratings-log"
    case ballotsLog = "ballots-log"
    case ballotCSV = "ballot-csv"
    case briefTemplate = "brief-template"
    case platforms

    /// Runs the parser on `bytes`; the result is thrown away, only a crash counts.
    public func run(_ bytes: [UInt8]) {
        switch self {
        case .json:
            _ = try? JSONParser.parse(bytes)
        case .csv:
            for reader in [CSVReader(), CSVReader(separator: UInt8(ascii: ";"), encoding: .windows1252, requiresRectangularShape: false)] {
                _ = try? reader.read(bytes, file: "fuzz.csv")
            }
        case .workspace:
            // The input split at form feeds into the workspace's files, in their order.
            let parts = bytes.split(separator: 0x0C, omittingEmptySubsequences: false)
            let files = Dictionary(uniqueKeysWithValues: zip(WorkspaceFile.allCases, parts.map(Array.init)))
            _ = WorkspaceDecoder.decode(id: FuzzExample.id, files: files, folder: "W")
        case .ballotNotation:
            let text = String(decoding: bytes, as: UTF8.self)
            for kind in BallotKind.allCases { _ = BallotNotation.parse(text, as: kind) }
        case .pb:
            _ = try? BallotFileReader.read(bytes: bytes, file: "fuzz.pb", options: .init(format: .pabulib))
        case .preflib:
            _ = try? BallotFileReader.read(bytes: bytes, file: "fuzz.soi", options: .init(format: .preflib))
        case .ballotCSV:
            _ = try? BallotFileReader.read(bytes: bytes, file: "fuzz.csv", options: .init(format: .notation))
        case .ideaSheet:
            guard let text = try? TextDecoder.string(bytes, encoding: .utf8) else { return }
            _ = IdeaSheet.parse(text, file: "fuzz.md")
        case .ideaList:
            _ = try? IdeaList.read(bytes, file: "fuzz.csv")
        case .scoringSheet:
            _ = try? ScoringSheet.read(bytes, file: "fuzz.csv", workspace: FuzzExample.workspace)
        case .formExport:
            _ = try? FormExport.read(bytes, file: "fuzz.csv", workspace: FuzzExample.workspace)
        case .ratingsLog:
            _ = WorkspaceDecoder.checkLog(.ratings, bytes, against: FuzzExample.definitions, folder: "W")
        case .ballotsLog:
            _ = WorkspaceDecoder.checkLog(.ballots, bytes, against: FuzzExample.definitions, folder: "W")
            _ = try? BallotFileReader.read(bytes: bytes, file: "ballots.csv", options: .init(format: .ballotLog))
        case .briefTemplate:
            guard let text = try? TextDecoder.string(bytes, encoding: .utf8) else { return }
            _ = BriefTemplate.parse(text, file: "brief-template.md")
        case .platforms:
            let reader = CSVReader()
            _ = try? DecidimProposals.read(csv: bytes, file: "fuzz.csv", reader: reader, language: .german)
            _ = try? DecidimProposals.read(json: bytes, file: "fuzz.json", language: .german)
            _ = try? ConsulProposals.read(csv: bytes, file: "fuzz.csv", reader: reader, language: .german)
        }
    }

    /// The fixtures a target starts from: files under `Tests/WorkshopKitTests/Fixtures` with these endings.
    public var seedEndings: [String] {
        switch self {
        case .json, .platforms: ["json", "csv"]
        case .workspace, .ratingsLog, .ballotsLog, .ballotCSV, .csv, .ideaList, .scoringSheet, .formExport: ["csv", "json"]
        case .ballotNotation: ["csv", "txt"]
        case .pb: ["pb"]
        case .preflib: ["soi", "soc", "toc", "toi"]
        case .ideaSheet, .briefTemplate: ["md", "txt"]
        }
    }
}

/// The embedded example, read once from the package the fuzzers were built from: the
/// workspace sheets and logs are read against.
enum FuzzExample {
    static let id = ProcessID("coesfeld-12")
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Workshops/coesfeld-12")

    /// The definitions (no logs), decoded once: the logs are checked against them.
    static let definitions: Workspace = {
        var files: [WorkspaceFile: [UInt8]] = [:]
        for file in WorkspaceFile.allCases where !file.isLog {
            if let bytes = try? FileSystem.read(folder.appendingPathComponent(file.rawValue), shownAs: file.rawValue) { files[file] = bytes }
        }
        guard let workspace = WorkspaceDecoder.decode(id: id, files: files, folder: "W").workspace else {
            fatalError("the embedded example's definitions at \(folder.path) do not decode")
        }
        return workspace
    }()

    static let workspace: Workspace = {
        let store = WorkspaceStore(folder: folder, shownAs: "W")
        guard let workspace = (try? store.load())?.workspace else { fatalError("the embedded example at \(folder.path) cannot be read") }
        return workspace
    }()
}
