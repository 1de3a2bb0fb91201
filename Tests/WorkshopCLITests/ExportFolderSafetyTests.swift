import Foundation
import Testing
import WorkshopCLI
import WorkshopKit

/// Exports stay in their folder: nothing written or removed through a symbolic link, and an
/// `--out` that is not a folder is refused with what it is.
@Suite("Export folders are safe")
struct ExportFolderSafetyTests {
    static let w = "Workshops/coesfeld-12"

    @Test("A symbolic link inside the export folder is refused; nothing is written or removed through it")
    func linkInsideExportFolderIsRefused() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.run("run", Self.w, "--out", "X").status == 0)
        // A file elsewhere that the folder's manifest lists under briefs/: the stale-file removal must not reach it.
        let elsewhere = sandbox.root.appendingPathComponent("elsewhere")
        try FileManager.default.moveItem(at: sandbox.root.appendingPathComponent("X/briefs"), to: elsewhere)
        try FileManager.default.createSymbolicLink(atPath: sandbox.root.appendingPathComponent("X/briefs").path, withDestinationPath: elsewhere.path)
        let before = try sandbox.snapshot("elsewhere")
        let outcome = sandbox.run("run", Self.w, "--out", "X")
        #expect(outcome.status == 74)
        #expect(outcome.errors.contains("X/briefs: is a symbolic link; nothing is written through a link"), "\(outcome.errors)")
        #expect(try sandbox.snapshot("elsewhere") == before)
    }

    @Test("--out at a file, a device, a link or a dangling link gets a clear error", arguments: [
        ("file", "is a file, not a folder; name a folder"),
        ("/dev/null", "/dev/null: is a device, not a folder; name a folder"),
        ("dangling", "dangling: is a symbolic link to nothing; nothing is written through a link"),
        ("link", "link: is a symbolic link; nothing is written through a link"),
    ])
    func outThatIsNoFolderIsRefused(_ out: String, _ message: String) throws {
        let sandbox = try Sandbox()
        try sandbox.write("keep", to: "file")
        try FileManager.default.createSymbolicLink(atPath: sandbox.root.appendingPathComponent("dangling").path, withDestinationPath: "/nonexistent/x")
        try FileManager.default.createDirectory(at: sandbox.root.appendingPathComponent("real"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: sandbox.root.appendingPathComponent("link").path, withDestinationPath: "real")
        let outcome = sandbox.run("export", Self.w, "--out", out)
        #expect(outcome.status == 74)
        #expect(outcome.errors.contains(message), "\(outcome.errors)")
        #expect(!outcome.errors.contains("NSCocoaErrorDomain") && !outcome.errors.contains("couldn’t") && !outcome.errors.contains("couldn't"))
        #expect(try sandbox.read("file") == "keep")
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.root.appendingPathComponent("real").path).isEmpty)
    }

    @Test("A new workspace under a dangling link names the link in plain words")
    func newUnderDanglingLink() throws {
        let sandbox = try Sandbox()
        try FileManager.default.createSymbolicLink(atPath: sandbox.root.appendingPathComponent("gone").path, withDestinationPath: "/nonexistent/x")
        let outcome = sandbox.run("new", "gone/ws", "--title", "X")
        #expect(outcome.status == 74)
        #expect(outcome.errors.contains("cannot be created: a symbolic link to nothing has that name"), "\(outcome.errors)")
        #expect(!outcome.errors.contains("same name already exists"))
    }
}
