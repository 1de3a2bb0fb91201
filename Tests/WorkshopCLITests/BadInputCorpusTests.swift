import Foundation
import Testing
import WorkshopCLI
import WorkshopKit

/// One case of the bad-input corpus (`Fixtures/bad-input/cases.tsv`): a fixture placed into a
/// copy of the example, a command, and the one precise message and status it must give.
struct BadInputCase: CustomTestStringConvertible, Sendable {
    var fixture: String
    /// `W/FILE` replaces a workspace file; `FILE` is put beside the workspace as an input.
    var placement: String
    var arguments: [String]
    var status: Int32
    var message: String

    var testDescription: String { fixture }

    static let folder = Sandbox.packageRoot.appendingPathComponent("Tests/WorkshopCLITests/Fixtures/bad-input")

    /// The cases, one per line: fixture, placement, arguments (space separated; W is the
    /// workspace, FILE the placed input), status, message; tab separated, `#` starts a comment.
    static let all: [BadInputCase] = {
        guard let text = try? String(contentsOf: folder.appendingPathComponent("cases.tsv"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5, let status = Int32(fields[3]) else { return nil }
            return BadInputCase(fixture: fields[0], placement: fields[1], arguments: fields[2].split(separator: " ").map(String.init), status: status, message: fields[4])
        }
    }()
}

/// Every bad input a clerk's tools or a hostile user can make: refused with one precise
/// message (file, line, column, the value, what is allowed), a sysexits status, and every
/// workspace file unchanged (by hash).
@Suite("The bad-input corpus")
struct BadInputCorpusTests {
    static let w = "Workshops/coesfeld-12"

    @Test("The corpus is read whole: every fixture has a case, every case a fixture")
    func corpusIsComplete() throws {
        let fixtures = Set(try FileManager.default.contentsOfDirectory(atPath: BadInputCase.folder.path)).subtracting(["cases.tsv"])
        #expect(BadInputCase.all.count >= 20)
        #expect(Set(BadInputCase.all.map(\.fixture)) == fixtures)
    }

    @Test("Each bad input gives its one message and status, and changes no workspace file", arguments: BadInputCase.all)
    func badInput(_ item: BadInputCase) throws {
        let sandbox = try Sandbox()
        let bytes = try Data(contentsOf: BadInputCase.folder.appendingPathComponent(item.fixture))
        let placed = item.placement.hasPrefix("W/") ? "\(Self.w)/\(item.placement.dropFirst(2))" : item.placement
        try bytes.write(to: sandbox.root.appendingPathComponent(placed))
        let before = try sandbox.digests("Workshops")
        let arguments = item.arguments.map { $0 == "W" ? Self.w : $0 == "FILE" ? placed : $0 }
        let outcome = sandbox.run(arguments: arguments)
        #expect(outcome.status == item.status, "\(outcome.errors)")
        let errors = outcome.errors.split(separator: "\n").filter { $0.contains("error:") }
        #expect(errors.count == 1, "\(outcome.errors)")
        #expect(errors.first.map { $0.contains(item.message) } == true, "\(outcome.errors)")
        #expect(try sandbox.digests("Workshops") == before)
    }

    @Test("A huge one-line file and a file of NUL bytes are refused, not read into a crash")
    func hugeAndBinaryInputs() throws {
        let sandbox = try Sandbox()
        let before = try sandbox.digests("Workshops")
        try Data(("rater,item,criterion,score\r\n" + String(repeating: "A", count: 8_000_000)).utf8).write(to: sandbox.root.appendingPathComponent("huge.csv"))
        try Data(count: 100_000).write(to: sandbox.root.appendingPathComponent("nul.csv"))
        for file in ["huge.csv", "nul.csv"] {
            let outcome = sandbox.run("rate", Self.w, "--from", file)
            #expect(outcome.status == 65, "\(file): \(outcome.errors.prefix(300))")
            #expect(outcome.errors.contains("\(file):"), "\(outcome.errors.prefix(300))")
            #expect(outcome.errors.utf8.count < 4_000)
        }
        #expect(try sandbox.digests("Workshops") == before)
    }

    @Test("An idea list in each encoding a clerk's tools write gives the same idea", arguments: [
        ("ideas-utf-8.csv", []), ("ideas-utf-8-bom.csv", []), ("ideas-utf-16-le.csv", []), ("ideas-utf-16-be.csv", []),
        ("ideas-windows-1252.csv", ["--encoding", "windows-1252"]),
    ])
    func encodings(_ file: String, _ options: [String]) throws {
        let sandbox = try Sandbox()
        let source = Sandbox.packageRoot.appendingPathComponent("Tests/WorkshopCLITests/Fixtures/encodings/\(file)")
        try FileManager.default.copyItem(at: source, to: sandbox.root.appendingPathComponent(file))
        let outcome = sandbox.run(arguments: ["add-idea", Self.w, "--from", file, "--format", "list"] + options)
        #expect(outcome.status == 0, "\(outcome.errors)")
        let ideas = try sandbox.read("\(Self.w)/ideas.json")
        #expect(ideas.contains("\"title\": \"Radwege für Pendler\""))
        #expect(ideas.contains("\"benefit\": \"Weniger Stau, mehr Grün – €\""))
    }

    @Test("Windows-1252 read as UTF-8 is named, with the line and the character it would be")
    func windows1252Named() throws {
        let sandbox = try Sandbox()
        let source = Sandbox.packageRoot.appendingPathComponent("Tests/WorkshopCLITests/Fixtures/encodings/ideas-windows-1252.csv")
        try FileManager.default.copyItem(at: source, to: sandbox.root.appendingPathComponent("in.csv"))
        let outcome = sandbox.run("add-idea", Self.w, "--from", "in.csv", "--format", "list")
        #expect(outcome.status == 65)
        #expect(outcome.errors.contains("in.csv:2:"), "\(outcome.errors)")
        #expect(outcome.errors.contains("'ü' in Windows-1252"), "\(outcome.errors)")
    }

    @Test("A workspace file saved as UTF-16 (with its byte order mark) is read as such", arguments: [true, false])
    func utf16JSON(_ littleEndian: Bool) throws {
        let sandbox = try Sandbox()
        let path = "\(Self.w)/process.json"
        let text = try sandbox.read(path)
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 { bytes += littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        try Data(bytes).write(to: sandbox.root.appendingPathComponent(path))
        let outcome = sandbox.run("check", Self.w)
        #expect(outcome.status == 0, "\(outcome.errors)")
    }
}

extension Sandbox {
    /// The SHA-256 of every file under `path`, hidden ones included.
    func digests(_ path: String) throws -> [String: String] {
        try snapshot(path).mapValues { SHA256.hex([UInt8]($0)) }
    }
}
