import Foundation
import Testing

@testable import WorkshopKit

@Suite("The stamp: the state a document was made from, never the clock")
struct ExportStampTests {
    /// The exports of the Coesfeld example as `workshop run` makes them, from its files.
    static func coesfeldExports(files: [WorkspaceFile: [UInt8]]? = nil) throws -> [String: [UInt8]] {
        let files = try files ?? Fixtures.coesfeldFiles()
        let workspace = try #require(WorkspaceDecoder.decode(id: "coesfeld-12", files: files, folder: "w").workspace)
        let evaluation = Evaluation(workspace)
        return Dictionary(uniqueKeysWithValues: ExportSet.render(evaluation, stamp: ExportStamp(evaluation, files: files)).map { ($0.path, $0.bytes) })
    }

    @Test("Coesfeld: the committee taking note of the 2023 status report (14.09.2023) is the latest record; the hash is coreutils' sha256sum of the files")
    func coesfeld() throws {
        let evaluation = Evaluation(try Fixtures.coesfeld())
        let stamp = ExportStamp(evaluation, files: try Fixtures.coesfeldFiles())
        #expect(stamp.day == Day("2023-09-14"))
        // The same hash from coreutils, as the README says to check it.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "LC_ALL=C ls *.json *.csv | xargs sha256sum | sha256sum | cut -c1-12"]
        process.currentDirectoryURL = Fixtures.coesfeldFolder
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(stamp.hash == text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(ExportStamp(evaluation).hash == nil)
        // What `workshop run` stamps: each file hashed as the store reads it, the logs while they stream.
        let store = WorkspaceStore(folder: Fixtures.coesfeldFolder, shownAs: "Workshops/coesfeld-12")
        let loaded = try store.load(hashing: true)
        #expect(loaded.digests == (try Fixtures.coesfeldFiles()).mapValues { SHA256.hex($0) })
        #expect(ExportStamp(evaluation, digests: loaded.digests).hash == stamp.hash)
        #expect(try store.load().digests.isEmpty)
    }

    @Test("The README's example stamp is the one the Coesfeld exports carry")
    func readmeExample() throws {
        let readme = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
            .replacingOccurrences(of: "\n", with: " ")
        let index = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Exports/coesfeld-12/index.md"), encoding: .utf8)
        let stampLine = try #require(index.split(separator: "\n").first { $0.hasPrefix("Stand: ") })
        let words = stampLine.replacingOccurrences(of: "\u{00A0}", with: " ")
        #expect(readme.contains("`\(words)`"), "README should show the stamp as `\(words)`")
    }

    @Test("Plans do not date a workspace; decisions, workshops, submissions and the logs do")
    func records() throws {
        var workspace = Fixtures.small()
        workspace.process.phases = [Phase(id: "p", name: "Umsetzung", start: Day("2021-01-01"), end: Day("2030-12-31"))]
        workspace.projects[0].end = Day("2029-12-31")
        workspace.fundingCalls = [FundingCall(id: "call", name: "Call", subsidyRate: Hundredths(65), deadline: Day("2031-03-14"))]
        #expect(ExportStamp(Evaluation(workspace)).day == Day("2020-02-19"))  // the workshop
        workspace.prioritisation.overrides = [PriorityOverride(project: "P2", group: 1, reason: "r", decidedBy: "AK", date: try #require(Day("2020-08-25")))]
        #expect(ExportStamp(Evaluation(workspace)).day == Day("2020-08-25"))
        workspace.applications = [FundingApplication(id: "a", call: "call", title: "A", items: [], submitted: Day("2021-03-01"))]
        #expect(ExportStamp(Evaluation(workspace)).day == Day("2021-03-01"))
        // A timestamp counts by the day it was written in, in its own time zone.
        workspace.ballots.append(Ballot(vote: "dots", id: "B3", voter: nil, content: .abstain, recordedAt: Timestamp("2021-11-05T23:30:00-01:00")))
        #expect(ExportStamp(Evaluation(workspace)).day == Day("2021-11-05"))
        // Every record of the ballot log counts, a void or a closing too.
        workspace.ballots.apply(.close(vote: "dots", note: "", recordedAt: Timestamp("2021-11-06")))
        #expect(ExportStamp(Evaluation(workspace)).day == Day("2021-11-06"))
        workspace.ratings.append(Rating(rater: "R1", item: "I-2", criterion: "growth", score: 3, recordedAt: Timestamp("2022-01-02T08:00:00Z")))
        workspace.status = [StatusEntry(project: "P1", date: try #require(Day("2021-12-31")), state: .running, note: "")]
        #expect(ExportStamp(Evaluation(workspace)).day == Day("2022-01-02"))
        #expect(ExportStamp(Evaluation(Workspace(id: "x", process: ParticipationProcess(title: "x")))).day == nil)
    }

    @Test("The same workspace gives the same documents, byte for byte, render after render")
    func deterministic() throws {
        let first = try Self.coesfeldExports()
        let second = try Self.coesfeldExports()
        for path in ["report.html", "workbook.xlsx", "paper.docx", "index.md"] {
            #expect(first[path] != nil && first[path] == second[path], "\(path)")
        }
    }

    @Test("A changed workspace changes the stamp in every document, and the date of every ZIP entry")
    func changed() throws {
        var files = try Fixtures.coesfeldFiles()
        let before = try Self.coesfeldExports(files: files)

        // A rating recorded later: same dates in the records but the logs, different bytes.
        let ratings = try #require(files[.ratings])
        let tail = LogTail.find(.ratings, in: .bytes(ratings), recordsStart: LogKind.ratings.header.count)
        var log = LogBuilder(.ratings, after: tail.lastSeq, chain: tail.chain)
        log.append([Rating(rater: "AK-01", item: "I-MO-01", criterion: "wachstum", score: 4, recordedAt: Timestamp("2024-02-01T10:00:00+01:00"))])
        files[.ratings] = ratings + log.bytes
        let after = try Self.coesfeldExports(files: files)
        let oldHash = try #require(ExportStamp(Evaluation(try Fixtures.coesfeld()), files: try Fixtures.coesfeldFiles()).hash)
        for path in ["report.html", "workbook.xlsx", "paper.docx", "index.md", "project-list.md", "budget.md"] {
            #expect(before[path] != after[path], "\(path) did not change")
        }
        let html = String(decoding: try #require(after["report.html"]), as: UTF8.self)
        #expect(html.contains("Stand: 01.02.2024"))
        #expect(!html.contains(oldHash))
        for path in ["workbook.xlsx", "paper.docx"] {
            let zip = try ZipReader(try #require(after[path]))
            #expect(zip.entries.allSatisfy { $0.dosDate == 44 << 9 | 2 << 5 | 1 }, "\(path) entries are not dated 2024-02-01")
            #expect(try zip.text("docProps/core.xml").contains("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2024-02-01T00:00:00Z</dcterms:modified>"))
        }
        let index = String(decoding: try #require(after["index.md"]), as: UTF8.self)
        #expect(index.split(separator: "\n")[1].hasPrefix("Stand: 01.02.2024 · Arbeitsstand "))
    }
}
