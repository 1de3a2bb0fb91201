import Foundation
import Testing

/// The `workshop` executable was not found beside the tests; `swift build` makes it.
struct MissingBinary: Error, CustomStringConvertible {
    var description: String { "the workshop executable was not built; run 'swift build' first" }
}

/// End-to-end runs of the real `workshop` executable, as a user's shell would start it.
@Suite("The workshop binary")
struct BinaryTests {
    /// The built executable: beside the test bundle in the build folder.
    static let binary: URL? = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("workshop"),
            Bundle.main.bundleURL.appendingPathComponent("workshop"),
            Sandbox.packageRoot.appendingPathComponent(".build/debug/workshop"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    private func launch(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        guard let binary = Self.binary else { throw MissingBinary() }
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    @Test("--help goes to standard output, exit 0")
    func help() throws {
        let result = try launch(["--help"], in: Sandbox.packageRoot)
        #expect(result.status == 0)
        #expect(result.output.contains("Usage:"))
        #expect(result.errors.isEmpty)
    }

    @Test("An unknown command goes to standard error with usage, exit 64")
    func unknownCommand() throws {
        let result = try launch(["frobnicate"], in: Sandbox.packageRoot)
        #expect(result.status == 64)
        #expect(result.output.isEmpty)
        #expect(result.errors.hasPrefix("workshop: error: unknown command 'frobnicate'\nUsage:"))
    }

    @Test("The main job on the example writes the exports; piped output has no colour; a second run changes nothing")
    func mainJob() throws {
        let sandbox = try Sandbox()
        let first = try launch(["run"], in: sandbox.root)
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output.contains("Coesfeld 12.0"))
        #expect(first.output.contains("8.16 million EUR (subsidy 5.31, own share 2.86)"))
        #expect(first.output.contains("\u{1B}[") == false)
        #expect(sandbox.exists("Exports/coesfeld-12/project-list.csv"))
        #expect(sandbox.exists("Exports/coesfeld-12/briefs/P28.md"))
        // Byte for byte what is committed in the repository.
        let committed = try Data(contentsOf: Sandbox.packageRoot.appendingPathComponent("Exports/coesfeld-12/project-list.csv"))
        #expect(try Data(contentsOf: sandbox.root.appendingPathComponent("Exports/coesfeld-12/project-list.csv")) == committed)
        let second = try launch(["run"], in: sandbox.root)
        #expect(second.output.contains("(0 changed,"))
    }

    @Test("Bad data: every problem on standard error, exit 65, nothing written")
    func badData() throws {
        let sandbox = try Sandbox()
        try sandbox.write("{\"projects\": [{\"id\": \"P1\"}]}\n", to: "Workshops/coesfeld-12/projects.json")
        let result = try launch(["run"], in: sandbox.root)
        #expect(result.status == 65)
        #expect(result.errors.contains("Workshops/coesfeld-12/projects.json:1:15: error: project P1 is missing \"title\""))
        #expect(sandbox.exists("Exports") == false)
    }
}
