import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

@testable import WorkshopKit

@Suite("Workspace folders on disk")
struct StorageTests {
    @Test("A created workspace loads back; a change writes only the files that changed")
    func createLoadChange() throws {
        let folder = try TemporaryFolder()
        let store = WorkspaceStore(folder: folder.url.appendingPathComponent("demo"), shownAs: "demo")
        var workspace = Fixtures.small()
        workspace.id = "demo"
        try store.create(workspace)
        #expect(throws: StorageError.self) { try store.create(workspace) }
        let loaded = try #require(try store.load().workspace)
        #expect(loaded.ideas == workspace.ideas)
        // The logs start with their two header lines and nothing else.
        #expect(try folder.read("demo/ratings.csv") == String(decoding: LogKind.ratings.header, as: UTF8.self))

        let ideasFile = store.url(.ideas)
        let before = try FileManager.default.attributesOfItem(atPath: store.url(.projects).path)[.modificationDate] as? Date
        try store.change([.ideas, .projects]) { workspace throws(WorkspaceError) in
            workspace.ideas.append(Idea(id: "I-4", title: "New", theme: "economy"))
        }
        #expect(try String(contentsOf: ideasFile, encoding: .utf8).contains("\"I-4\""))
        let after = try FileManager.default.attributesOfItem(atPath: store.url(.projects).path)[.modificationDate] as? Date
        #expect(before == after, "projects.json did not change and must not be rewritten")
    }

    @Test("Recording ratings writes the header first, then numbered, chained batches, each record whole")
    func appendLog() throws {
        let folder = try TemporaryFolder()
        let store = try Fixtures.store(in: folder)
        let time = try #require(Timestamp("2020-08-18T10:00:00Z"))
        let first = try store.record(ratings: [Located(Rating(rater: "R1", item: "I-1", criterion: "growth", score: 3, recordedAt: time), at: SourceLocation(file: "t"))])
        let second = try store.record(ratings: [
            Located(Rating(rater: "R2", item: "I-1", criterion: "growth", score: 4, channel: .sheet), at: SourceLocation(file: "t")),
            Located(Rating(rater: "R2", item: "I-1", criterion: "image", score: nil, comment: "kenne ich nicht"), at: SourceLocation(file: "t")),
        ])
        #expect(first.seqs == 1...1 && second.seqs == 2...3)
        var expected = LogBuilder(.ratings)
        expected.append([Rating(rater: "R1", item: "I-1", criterion: "growth", score: 3, recordedAt: time)])
        expected.append([
            Rating(rater: "R2", item: "I-1", criterion: "growth", score: 4, channel: .sheet),
            Rating(rater: "R2", item: "I-1", criterion: "image", score: nil, comment: "kenne ich nicht"),
        ])
        let log = try folder.read("w/ratings.csv")
        #expect(log == String(decoding: expected.bytes, as: UTF8.self))
        let lines = log.split(separator: "\n")
        #expect(lines[0] == "# workshop ratings log, format 2")
        #expect(lines[1] == "seq,rater,item,criterion,score,channel,comment,recorded_at,chain")
        #expect(lines[2].hasPrefix("1,R1,I-1,growth,3,,,2020-08-18T10:00:00Z,") && lines[2].count == 41 + 64)
        // Only a batch's last record carries the chain value.
        #expect(lines[3] == "2,R2,I-1,growth,4,sheet,,,")
        #expect(lines[4].hasPrefix("3,R2,I-1,image,?,,kenne ich nicht,,"))
    }

    @Test("Loading tells its progress through the logs on the calling thread, ending at their total size")
    func loadProgress() throws {
        let store = WorkspaceStore(folder: Fixtures.coesfeldFolder, shownAs: "coesfeld-12")
        let logs = try ["ratings.csv", "ballots.csv"].reduce(0) { total, name in
            total + (try FileManager.default.attributesOfItem(atPath: Fixtures.coesfeldFolder.appendingPathComponent(name).path)[.size] as? Int ?? 0)
        }
        let caller = pthread_self()
        for checkOnly in [false, true] {
            var reports: [(Int, Int)] = []
            var elsewhere = false
            _ = try store.load(checkOnly: checkOnly) { done, total in
                if pthread_equal(pthread_self(), caller) == 0 { elsewhere = true }
                reports.append((done, total))
            }
            #expect(!elsewhere)
            #expect(reports.allSatisfy { $0.1 == logs })
            #expect(zip(reports, reports.dropFirst()).allSatisfy { $0.0 <= $1.0 }, "progress never goes back")
            // Only the bytes after each log's two header lines are walked record by record.
            #expect((reports.last?.0 ?? 0) > logs / 2 && (reports.last?.0 ?? 0) <= logs)
        }
    }

    @Test("A log whose last line was cut off is not appended to, and says what to run")
    func truncatedLog() throws {
        let folder = try TemporaryFolder()
        let store = try Fixtures.store(in: folder)
        var log = LogBuilder(.ratings)
        log.append([Rating(rater: "R1", item: "I-1", criterion: "growth", score: 3)])
        let torn = String(decoding: log.bytes, as: UTF8.self) + "2,R1,I-1,gro"
        try folder.write(torn, to: "w/ratings.csv")
        #expect {
            try store.record(ratings: [Located(Rating(rater: "R1", item: "I-1", criterion: "growth", score: 3), at: SourceLocation(file: "t"))])
        } throws: { error in
            guard case .invalid(let diagnostics)? = error as? WorkspaceError else { return false }
            return diagnostics.all.first?.message.contains("never committed") == true
                && diagnostics.all.first?.message.contains("workshop repair w") == true
        }
        #expect(try folder.read("w/ratings.csv") == torn)
    }

    @Test("A missing workspace folder is reported as missing input")
    func missingFolder() {
        let store = WorkspaceStore(folder: URL(fileURLWithPath: "/nonexistent/workspace"), shownAs: "nowhere")
        #expect(throws: StorageError(.missing, path: "nowhere", reason: "no such workspace folder")) {
            try store.load()
        }
    }

    @Test("A new workspace never overwrites a file already in its folder")
    func createRefusesExistingFiles() throws {
        let folder = try TemporaryFolder()
        try folder.write("rater,item,criterion,score\nR1,I-1,a,3\n", to: "ratings.csv")
        let store = WorkspaceStore(folder: folder.url, shownAs: "w")
        #expect(throws: StorageError(.exists, path: "w/ratings.csv", reason: "exists already; a new workspace needs a folder without workspace files")) {
            try store.create(Fixtures.small())
        }
        #expect(try folder.read("ratings.csv") == "rater,item,criterion,score\nR1,I-1,a,3\n")
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("process.json").path) == false)
    }

    @Test("The workspace lock is exclusive between holders and released on request or at the end of its scope")
    func lock() throws {
        let folder = try TemporaryFolder()
        let store = WorkspaceStore(folder: folder.url, shownAs: "w")
        let first = try store.lock()
        // A second descriptor on the same folder cannot take the lock while the first holds it.
        let probe = open(folder.url.path, O_RDONLY)
        defer { close(probe) }
        #expect(flock(probe, LOCK_EX | LOCK_NB) != 0)
        first.release()
        #expect(flock(probe, LOCK_EX | LOCK_NB) == 0)
        flock(probe, LOCK_UN)
        do {
            let scoped = try store.lock()
            _ = scoped
            #expect(flock(probe, LOCK_EX | LOCK_NB) != 0)
        }
        #expect(flock(probe, LOCK_EX | LOCK_NB) == 0)
    }

    @Test("A manifest that is not the toolkit's never deletes anything")
    func foreignManifest() throws {
        let folder = try TemporaryFolder()
        try folder.write("disc image", to: "debian.iso")
        try folder.write("old brief", to: "briefs/P9.md")
        let manifest = "\(SHA256.hex(Array("disc image".utf8)))  debian.iso\n\(SHA256.hex(Array("edited".utf8)))  briefs/P9.md\n"
        try folder.write(manifest, to: "SHA256SUMS")
        let summary = try ExportWriter(folder: folder.url, shownAs: "out").write(ExportSet.render(Evaluation(Fixtures.small())))
        #expect(summary.removed.isEmpty)
        #expect(try folder.read("debian.iso") == "disc image")
        // Listed under briefs/, but edited since (its checksum differs): kept.
        #expect(try folder.read("briefs/P9.md") == "old brief")
    }

    @Test("Export writing: unchanged files stay, stale files from the last manifest go, other files are left alone")
    func exportWriter() throws {
        let folder = try TemporaryFolder()
        let writer = ExportWriter(folder: folder.url, shownAs: "out")
        var workspace = Fixtures.small()
        let first = try writer.write(ExportSet.render(Evaluation(workspace)))
        #expect(first.written.contains("briefs/P2.md"))
        try folder.write("mine", to: "notes.txt")

        workspace.projects.removeAll { $0.id == "P2" }
        let second = try writer.write(ExportSet.render(Evaluation(workspace)))
        #expect(second.removed == ["briefs/P2.md"])
        #expect(second.unchanged.contains("briefs/P1.md"))
        #expect(second.written.contains("project-list.md"))
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("briefs/P2.md").path) == false)
        #expect(try folder.read("notes.txt") == "mine")

        let third = try writer.write(ExportSet.render(Evaluation(workspace)))
        #expect(third.written.isEmpty)
        #expect(third.removed.isEmpty)
    }

    @Test("Exports written a file at a time are the rendered files, byte for byte; a large file streamed is replaced only when it differs")
    func exportWrittenInPlace() throws {
        let evaluation = Evaluation(try Fixtures.coesfeld())
        let files = ExportSet.render(evaluation)
        let folder = try TemporaryFolder()
        let writer = ExportWriter(folder: folder.url, shownAs: "out")
        let first = try ExportSet.write(evaluation, to: writer)
        #expect(first.files == files.count)
        #expect(Set(first.summary.written) == Set(files.map(\.path)))
        for file in files {
            #expect(try Data(contentsOf: folder.url.appendingPathComponent(file.path)) == Data(file.bytes), "\(file.path)")
        }
        let second = try ExportSet.write(evaluation, to: writer)
        #expect(second.summary.written.isEmpty)
        #expect(second.summary.unchanged.count == files.count)

        // The web page (written as it is rendered) with other bytes of the same length is written again.
        let page = try #require(files.first { $0.path == HTMLReportWriter.path })
        try folder.write(String(repeating: "x", count: page.bytes.count), to: HTMLReportWriter.path)
        let third = try ExportSet.write(evaluation, to: writer)
        #expect(third.summary.written == [HTMLReportWriter.path])
        #expect(try Data(contentsOf: folder.url.appendingPathComponent(HTMLReportWriter.path)) == Data(page.bytes))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { FileSystem.isTemporaryName($0) }
        #expect(leftovers.isEmpty)
    }
}
