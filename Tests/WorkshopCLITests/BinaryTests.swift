import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

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

    /// Runs the binary to its end. Output goes to files, not pipes, so a large output cannot
    /// block the child while the test waits for it.
    static func launch(
        _ arguments: [String], in folder: URL, environment: [String: String] = [:], input: String? = nil
    ) throws -> (status: Int32, output: String, errors: String) {
        guard let binary = Self.binary else { throw MissingBinary() }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("workshop-launch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out")
        let errURL = scratch.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let output = try FileHandle(forWritingTo: outURL)
        let errors = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = output
        process.standardError = errors
        if let input {
            let inURL = scratch.appendingPathComponent("in")
            try Data(input.utf8).write(to: inURL)
            process.standardInput = try FileHandle(forReadingFrom: inURL)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        process.waitUntilExit()
        try output.close()
        try errors.close()
        return (
            process.terminationStatus, String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
        )
    }

    @Test("--help goes to standard output, exit 0")
    func help() throws {
        let result = try Self.launch(["--help"], in: Sandbox.packageRoot)
        #expect(result.status == 0)
        #expect(result.output.contains("Usage:"))
        #expect(result.errors.isEmpty)
    }

    @Test("An unknown command goes to standard error with usage, exit 64")
    func unknownCommand() throws {
        let result = try Self.launch(["frobnicate"], in: Sandbox.packageRoot)
        #expect(result.status == 64)
        #expect(result.output.isEmpty)
        #expect(result.errors.hasPrefix("workshop: error: unknown command 'frobnicate'\nUsage:"))
    }

    @Test("The main job on the example writes the exports; piped output has no colour; a second run changes nothing")
    func mainJob() throws {
        let sandbox = try Sandbox()
        let first = try Self.launch(["run"], in: sandbox.root)
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output.contains("Coesfeld 12.0"))
        #expect(first.output.contains("8.16 million EUR (subsidy 5.31, own share 2.86)"))
        #expect(first.output.contains("\u{1B}[") == false)
        #expect(sandbox.exists("Exports/coesfeld-12/project-list.csv"))
        #expect(sandbox.exists("Exports/coesfeld-12/briefs/P28.md"))
        let documents = ["report.html", "workbook.xlsx", "paper.docx"]
        let firstBytes = try documents.map { try Data(contentsOf: sandbox.root.appendingPathComponent("Exports/coesfeld-12/\($0)")) }
        #expect(firstBytes.allSatisfy { $0.count > 10_000 })
        // Byte for byte what another process made and committed: the manifest covers every file.
        let committed = try Data(contentsOf: Sandbox.packageRoot.appendingPathComponent("Exports/coesfeld-12/SHA256SUMS"))
        #expect(try Data(contentsOf: sandbox.root.appendingPathComponent("Exports/coesfeld-12/SHA256SUMS")) == committed)
        let second = try Self.launch(["run"], in: sandbox.root)
        #expect(second.output.contains("(0 changed,"))
        // Run after run, in another process, the very same bytes (no clock in the ZIP entries).
        try FileManager.default.removeItem(at: sandbox.root.appendingPathComponent("Exports"))
        #expect(try Self.launch(["run"], in: sandbox.root).status == 0)
        #expect(try documents.map { try Data(contentsOf: sandbox.root.appendingPathComponent("Exports/coesfeld-12/\($0)")) } == firstBytes)
    }

    @Test("count: the same file gives the same JSON bytes from every process, naming the input's SHA-256")
    func countAcrossProcesses() throws {
        let file = Sandbox.packageRoot.appendingPathComponent("Tests/WorkshopKitTests/Fixtures/testdata/pabulib/Poland_Krakow_2024_Nowa_Huta.pb").path
        let first = try Self.launch(["count", file, "--rule", "mes", "--format", "json"], in: Sandbox.packageRoot)
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.errors.isEmpty)
        #expect(first.output.contains("\"input_sha256\": \"ad0cd0c6b078c3affad9704c327223dc6dfb41f280058e2a38024bacfca22378\""))
        let second = try Self.launch(["count", file, "--rule", "mes", "--format", "json"], in: Sandbox.packageRoot)
        #expect(second.output == first.output)
        let missing = try Self.launch(["count", "no-such-file.pb"], in: Sandbox.packageRoot)
        #expect(missing.status == 66)
        #expect(missing.errors.contains("no-such-file.pb: no such file"))
    }

    @Test("Diagnostics come in the same order from every process")
    func diagnosticsAcrossProcesses() throws {
        let sandbox = try Sandbox()
        try sandbox.write(
            "{\"rule\": [{\"group\": 1, \"minimums\": {\"votes\": 3, \"relevance\": 3, \"potential\": 3}}, {\"group\": 2, \"minimums\": {}}]}",
            to: "Workshops/coesfeld-12/prioritisation.json")
        try sandbox.write("{\"criteria\": []}", to: "Workshops/coesfeld-12/criteria.json")
        let first = try Self.launch(["check"], in: sandbox.root)
        #expect(first.errors.contains("warning:"))
        for _ in 0..<3 {
            #expect(try Self.launch(["check"], in: sandbox.root).errors == first.errors)
        }
    }

    @Test("Kiosks voting at the same time: the lock lets exactly one ballot per voter through")
    func concurrentVotes() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.run("add-participant", "Workshops/coesfeld-12", "--id", "AK-11", "--name", "Kiosk voter", "--role", "AK").status == 0)
        let processes = try (0..<6).map { _ -> Process in
            let process = Process()
            guard let binary = Self.binary else { throw MissingBinary() }
            process.executableURL = binary
            process.arguments = ["vote", "Workshops/coesfeld-12", "--vote", "punkte-2020-08-25", "--voter", "AK-11", "P1"]
            process.currentDirectoryURL = sandbox.root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            return process
        }
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        let statuses = processes.map(\.terminationStatus).sorted()
        #expect(statuses == [0, 65, 65, 65, 65, 65])
        let log = try sandbox.read("Workshops/coesfeld-12/ballots.csv")
        #expect(log.split(separator: "\n").filter { $0.contains(",AK-11,") }.count == 1)
        #expect(try Self.launch(["check"], in: sandbox.root).status == 0)
    }

    @Test("Bad data: every problem on standard error, exit 65, nothing written")
    func badData() throws {
        let sandbox = try Sandbox()
        try sandbox.write("{\"projects\": [{\"id\": \"P1\"}]}\n", to: "Workshops/coesfeld-12/projects.json")
        let result = try Self.launch(["run"], in: sandbox.root)
        #expect(result.status == 65)
        #expect(result.errors.contains("Workshops/coesfeld-12/projects.json:1:15: error: project P1 is missing \"title\""))
        #expect(sandbox.exists("Exports") == false)
    }

    @Test("Ctrl-C during a large import leaves the log as it was or holding the whole import, never a part", arguments: [0.05, -1])
    func interruptedImport(_ delay: Double) throws {
        guard let binary = Self.binary else { throw MissingBinary() }
        let sandbox = try Sandbox()
        let criteria = try #require(
            (try JSONSerialization.jsonObject(with: Data(sandbox.read("Workshops/coesfeld-12/criteria.json").utf8)) as? [String: Any])?["criteria"] as? [[String: Any]]
        ).compactMap { $0["id"] as? String }
        var rows = "rater,item,criterion,score\n"
        let count = 60_000
        for index in 0..<count {
            rows += "AK-\(String(format: "%02d", index % 10 + 1)),P\(index / 12 % 28 + 1),\(criteria[index % criteria.count]),\(index % 5 + 1)\n"
        }
        try sandbox.write(rows, to: "big.csv")
        let logURL = sandbox.root.appendingPathComponent("Workshops/coesfeld-12/ratings.csv")
        let before = try Data(contentsOf: logURL)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["rate", "Workshops/coesfeld-12", "--from", "big.csv"]
        process.currentDirectoryURL = sandbox.root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        if delay >= 0 {
            Thread.sleep(forTimeInterval: delay)
        } else {
            // Wait until the batch starts to reach the log: the signal then comes mid-write.
            while process.isRunning, (try? FileManager.default.attributesOfItem(atPath: logURL.path)[.size] as? Int) ?? 0 <= before.count {
                usleep(100)
            }
        }
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        let after = try Data(contentsOf: logURL)
        let check = try Self.launch(["check", "Workshops/coesfeld-12"], in: sandbox.root)
        // No warning, no error: at most the note that the ballot index is yet to be built.
        #expect(check.status == 0 && !check.errors.contains("warning") && !check.errors.contains("error"), "\(check.errors)")
        if after != before {
            // The whole import: every line, committed.
            #expect(after.starts(with: before))
            #expect(check.output.contains("\(2377 + count) ratings"), "\(check.output)")
        } else {
            #expect(check.output.contains("2377 ratings"))
        }
    }
}
