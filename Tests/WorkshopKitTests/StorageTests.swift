import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

@testable import WorkshopKit

@Suite("Workspace folders on disk")
struct StorageTests {
    @Test("A created workspace loads back; saving writes only what changed")
    func createLoadSave() throws {
        let folder = try TemporaryFolder()
        let store = WorkspaceStore(folder: folder.url.appendingPathComponent("demo"), shownAs: "demo")
        var workspace = Fixtures.small()
        workspace.id = "demo"
        try store.create(workspace)
        #expect(throws: StorageError.self) { try store.create(workspace) }
        let loaded = try #require(try store.load().workspace)
        #expect(loaded.ideas == workspace.ideas)

        let ideasFile = store.url(.ideas)
        let before = try FileManager.default.attributesOfItem(atPath: store.url(.projects).path)[.modificationDate] as? Date
        workspace.ideas.append(Idea(id: "I-4", title: "New", theme: "economy"))
        try store.save(workspace, files: [.ideas, .projects])
        #expect(try String(contentsOf: ideasFile, encoding: .utf8).contains("\"I-4\""))
        let after = try FileManager.default.attributesOfItem(atPath: store.url(.projects).path)[.modificationDate] as? Date
        #expect(before == after, "projects.json did not change and must not be rewritten")
    }

    @Test("Appending to a log writes the header first and every line whole")
    func appendLog() throws {
        let folder = try TemporaryFolder()
        let store = WorkspaceStore(folder: folder.url, shownAs: "w")
        try store.append([Rating(rater: "R1", item: "I-1", criterion: "a", score: 3, recordedAt: "2020-08-18T10:00:00Z")])
        try store.append([Rating(rater: "R2", item: "I-1", criterion: "a", score: 4), Rating(rater: "R2", item: "I-1", criterion: "b", score: 5)])
        #expect(try folder.read("ratings.csv") == "rater,item,criterion,score,recorded_at\nR1,I-1,a,3,2020-08-18T10:00:00Z\nR2,I-1,a,4,\nR2,I-1,b,5,\n")
    }

    @Test("A log whose last line was cut off is not appended to")
    func truncatedLog() throws {
        let folder = try TemporaryFolder()
        try folder.write("rater,item,criterion,score\nR1,I-1,a,", to: "ratings.csv")
        let store = WorkspaceStore(folder: folder.url, shownAs: "w")
        #expect {
            try store.append([Rating(rater: "R1", item: "I-1", criterion: "a", score: 3)])
        } throws: { error in
            (error as? StorageError)?.reason.contains("cut off") == true
        }
        #expect(try folder.read("ratings.csv") == "rater,item,criterion,score\nR1,I-1,a,")
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

    @Test("The workspace lock is exclusive between holders and released on request")
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
}
