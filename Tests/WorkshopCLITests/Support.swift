import Foundation
import Testing
import TestSupport
import WorkshopCLI
import WorkshopKit

/// A console that keeps what was written.
final class RecordingConsole: Console {
    var output = ""
    var errors = ""
    let outputIsTerminal: Bool
    let errorIsTerminal: Bool
    let inputIsTerminal = false
    /// Standard input, line by line.
    var input: [String]

    init(terminal: Bool = false, input: [String] = []) {
        outputIsTerminal = terminal
        errorIsTerminal = terminal
        self.input = input
    }

    func out(_ text: String) { output += text }
    func err(_ text: String) { errors += text }
    func readLine() -> String? { input.isEmpty ? nil : input.removeFirst() }
}

/// What one run of the command line gave.
struct Outcome {
    var status: Int32
    var output: String
    var errors: String
}

/// A scratch folder holding a copy of the repository's Workshops/ folder, where the CLI runs.
final class Sandbox {
    let root: URL
    var environment: [String: String] = ["SOURCE_DATE_EPOCH": "1598349600"]  // 2020-08-25T10:00:00Z

    static var packageRoot: URL { TestSupport.packageRoot }

    init(withExample: Bool = true) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("workshop-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if withExample {
            try FileManager.default.copyItem(
                at: Self.packageRoot.appendingPathComponent("Workshops"), to: root.appendingPathComponent("Workshops"))
        }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Runs `workshop` with `arguments` in the sandbox, in process.
    @discardableResult
    func run(_ arguments: String..., terminal: Bool = false) -> Outcome { run(arguments: arguments, terminal: terminal) }

    /// Runs `workshop` with an argument list built by the test, and `input` as standard input.
    @discardableResult
    func run(arguments: [String], terminal: Bool = false, input: [String] = []) -> Outcome {
        let console = RecordingConsole(terminal: terminal, input: input)
        let status = WorkshopCLI(arguments: arguments, environment: environment, currentDirectory: root).run(console: console)
        return Outcome(status: status, output: console.output, errors: console.errors)
    }

    func read(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: root.appendingPathComponent(path)), as: UTF8.self)
    }

    func write(_ text: String, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Appends ratings to a log in format 2 as one chained batch, as `workshop rate` would,
    /// but without any check: for tests of what `check` finds.
    func append(ratings: [Rating], to path: String) throws {
        let text = try read(path)
        let last = try #require(text.split(separator: "\n").last)
        let seq = try #require(Int(last.prefix { $0 != "," }))
        var log = LogBuilder(.ratings, after: seq, chain: Array(last.split(separator: ",").last!.utf8))
        log.append(ratings)
        try write(text + String(decoding: log.bytes, as: UTF8.self), to: path)
    }

    /// Adds a vote (a JSON object) to the example's votes.json.
    func addVote(_ json: String) throws {
        let path = "Workshops/coesfeld-12/votes.json"
        let text = try read(path)
        try write(text.replacingOccurrences(of: "\"votes\": [\n", with: "\"votes\": [\n    \(json),\n"), to: path)
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path) }

    /// Every file below `path` with its bytes, to prove a failed command changed nothing. The
    /// ballot index is left out: it is derived data any command may bring up to date.
    func snapshot(_ path: String) throws -> [String: Data] {
        let base = root.appendingPathComponent(path)
        var files: [String: Data] = [:]
        for sub in try FileManager.default.subpathsOfDirectory(atPath: base.path) where !sub.contains(".index/") {
            var isDirectory: ObjCBool = false
            let url = base.appendingPathComponent(sub)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[sub] = try Data(contentsOf: url)
            }
        }
        return files
    }
}
