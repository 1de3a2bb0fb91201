import Foundation
import Synchronization
import Testing

#if canImport(Glibc)
import Glibc
#endif

@testable import WorkshopKit

/// A write seam that lets `limit` bytes through in all, then fails like a full disk.
final class FillingDisk: Sendable {
    private let written = Mutex(0)
    let limit: Int

    init(limit: Int) { self.limit = limit }

    var seam: WriteSeam {
        WriteSeam { descriptor, bytes in
            let allowed = self.written.withLock { written -> Int in
                let allowed = min(bytes.count, self.limit - written)
                written += max(allowed, 0)
                return allowed
            }
            guard allowed > 0 else {
                errno = ENOSPC
                return -1
            }
            return write(descriptor, bytes.baseAddress, allowed)
        }
    }
}

/// Changes to a workspace on disk, through the library's transactions.
@Suite("Transactions on a workspace folder")
struct TransactionTests {
    private let here = SourceLocation(file: "test")

    private func ballot(_ voter: VoterID, _ content: BallotContent = .points([OptionValue("P1", 1)])) -> Located<Ballot> {
        Located(Ballot(vote: "dots", id: .unassigned, voter: voter, content: content), at: here)
    }

    private func rating(_ rater: ParticipantID, _ score: Int?) -> Located<Rating> {
        Located(Rating(rater: rater, item: "I-1", criterion: "growth", score: score), at: here)
    }

    private func check(_ store: WorkspaceStore) throws -> WorkspaceDecoder.Result { try store.load() }

    @Test("A disk that fills up halfway through a batch leaves the log as it was, and says so in plain words")
    func diskFull() throws {
        let folder = try TemporaryFolder()
        var store = try Fixtures.store(in: folder)
        try store.record(ratings: [rating("R1", 3)])
        let before = try folder.read("w/ratings.csv")
        store.writeSeam = FillingDisk(limit: 40).seam
        #expect {
            try store.record(ratings: [rating("R1", 4), rating("R2", 5), rating("R2", nil)])
        } throws: { error in
            guard case .storage(let storage)? = error as? WorkspaceError else { return false }
            return storage.reason.hasPrefix("cannot be written (the disk is full); nothing was recorded, the log is as it was")
        }
        #expect(try folder.read("w/ratings.csv") == before)
        #expect(try check(store).diagnostics.isEmpty)
    }

    @Test("A ballot batch that fails to reach the disk changes neither the log nor the index")
    func diskFullBallots() throws {
        let folder = try TemporaryFolder()
        var store = try Fixtures.store(in: folder)
        try store.record(ballots: [ballot("R1")])
        let log = try folder.read("w/ballots.csv")
        store.writeSeam = FillingDisk(limit: 10).seam
        #expect(throws: WorkspaceError.self) { try store.record(ballots: [ballot("R2")]) }
        #expect(try folder.read("w/ballots.csv") == log)
        store.writeSeam = .system
        // R2 did not vote: the index does not think so either.
        #expect(try store.record(ballots: [ballot("R2")]).map(\.id) == ["B000003"])
    }

    @Test("One ballot per voter, ballot ids once per vote, the vote's rules: across batches and within one")
    func ballotChecks() throws {
        let folder = try TemporaryFolder()
        let store = try Fixtures.store(in: folder)
        let first = try store.record(ballots: [ballot("R1", .points([OptionValue("P1", 2)]))])
        #expect(first.map(\.id) == ["B000002"])
        #expect(try folder.read("w/ballots.csv").contains("\n1,open,dots,,,,sha256:"))
        #expect {
            try store.record(ballots: [ballot("R1"), ballot("R2", .points([OptionValue("P1", 3)]))])
        } throws: { error in
            guard case .invalid(let diagnostics)? = error as? WorkspaceError else { return false }
            let messages = diagnostics.sorted.map(\.message)
            return messages.contains("voter R1 already voted in dots (w/ballots.csv:4); one ballot per voter")
                && messages.contains("ballot B000004 of vote dots: 3 dots on P1 but at most 2 may go to one option")
        }
        let given = Located(Ballot(vote: "dots", id: "B000002", voter: "R2", content: .abstain), at: here)
        #expect(throws: WorkspaceError.self) { try store.record(ballots: [given]) }
        #expect(try store.load().workspace?.ballots.count == 1)
    }

    @Test("A vote's definition is frozen once it opens: a later change to it in votes.json is refused")
    func frozen() throws {
        let folder = try TemporaryFolder()
        let store = try Fixtures.store(in: folder)
        try store.record(ballots: [ballot("R1")])
        try store.change([.votes]) { workspace throws(WorkspaceError) in workspace.votes[0].method = .dots(perVoter: 9, perOption: 2) }
        #expect {
            try store.record(ballots: [ballot("R2")])
        } throws: { error in
            guard case .invalid(let diagnostics)? = error as? WorkspaceError else { return false }
            return diagnostics.all.first?.message.hasPrefix("votes.json has changed vote dots since it opened (w/ballots.csv:3)") == true
        }
        #expect(try check(store).diagnostics.hasErrors)
    }

    @Test("Void and close: records, not deletions; a closed vote takes no more ballots")
    func voidAndClose() throws {
        let folder = try TemporaryFolder()
        let store = try Fixtures.store(in: folder)
        try store.record(ballots: [ballot("R1")])
        let voided = try store.void("B000002", in: "dots", reason: "doppelt abgegeben", at: Timestamp("2020-08-25T15:11:09Z"))
        #expect(voided.seqs == 3...3)
        #expect(throws: WorkspaceError.self) { try store.void("B000002", in: "dots", reason: "again", at: nil) }
        #expect(throws: WorkspaceError.self) { try store.void("B9", in: "dots", reason: "none", at: nil) }
        try store.close("dots", note: "Abstimmung beendet", at: nil)
        #expect {
            try store.record(ballots: [ballot("R2")])
        } throws: { error in
            guard case .invalid(let diagnostics)? = error as? WorkspaceError else { return false }
            return diagnostics.all.first?.message == "vote dots was closed (w/ballots.csv:6); it takes no more ballots"
        }
        let log = try folder.read("w/ballots.csv")
        #expect(log.contains("\n3,void,dots,B000002,,,doppelt abgegeben,2020-08-25T15:11:09Z,"))
        #expect(log.contains("\n4,close,dots,,,,Abstimmung beendet,,"))
        let workspace = try #require(try check(store).workspace)
        #expect(workspace.ballots.count == 0 && workspace.ballots.isClosed("dots"))
    }

    @Test("A vote without ballots opens and closes in one batch")
    func closeUnopened() throws {
        let folder = try TemporaryFolder()
        let store = try Fixtures.store(in: folder)
        let receipt = try store.close("dots", note: "", at: nil)
        #expect(receipt.seqs == 1...2)
        #expect(try check(store).diagnostics.isEmpty)
    }

    @Test("The ballot index: missing, damaged, behind or stale, it is rebuilt or caught up, and answers rightly")
    func index() throws {
        let folder = try TemporaryFolder()
        let store = try Fixtures.store(in: folder)
        try store.record(ballots: [ballot("R1")])
        #expect(store.housekeeping().isEmpty)
        let index = folder.url.appendingPathComponent("w/.index/ballots.idx")

        try FileManager.default.removeItem(at: index)
        #expect(store.housekeeping().all.map(\.message).first?.hasPrefix("the ballot index is missing") == true)
        #expect(throws: WorkspaceError.self) { try store.record(ballots: [ballot("R1")]) }
        #expect(FileManager.default.fileExists(atPath: index.path))

        try Data("garbage".utf8).write(to: index)
        #expect(store.housekeeping().all.first?.message.hasPrefix("the ballot index is stale: its header is damaged") == true)
        #expect(throws: WorkspaceError.self) { try store.record(ballots: [ballot("R1")]) }

        // A batch written past the index (as after a crash between the log and the index).
        let text = try folder.read("w/ballots.csv")
        let last = try #require(text.split(separator: "\n").last)
        var next = LogBuilder(.ballots, after: Int(last.prefix { $0 != "," })!, chain: Array(last.split(separator: ",").last!.utf8))
        next.append([.ballot(Ballot(vote: "dots", id: "X", voter: "R2", content: .abstain))])
        for index in 0..<69 { next.append([.ballot(Ballot(vote: "dots", id: BallotID("Y\(index)"), voter: VoterID("Z\(index)"), content: .abstain))]) }
        try folder.write(text + String(decoding: next.bytes, as: UTF8.self), to: "w/ballots.csv")
        #expect(store.housekeeping().all.first?.message.hasPrefix("the ballot index is 70 records behind the log") == true)
        #expect {
            try store.record(ballots: [ballot("R2")])
        } throws: { error in
            guard case .invalid(let diagnostics)? = error as? WorkspaceError else { return false }
            return diagnostics.all.first?.message.hasPrefix("voter R2 already voted in dots (w/ballots.csv:5)") == true
        }
        #expect(store.housekeeping().isEmpty)

        // A log rewritten under the index (here: a new log of other ballots) makes it stale.
        var other = LogBuilder(.ballots)
        other.append([.open(vote: "dots", definition: Fixtures.small().votes[0].definitionHash, recordedAt: nil), .ballot(Ballot(vote: "dots", id: "Y", voter: "R2", content: .abstain))])
        try folder.write(String(decoding: other.bytes, as: UTF8.self), to: "w/ballots.csv")
        #expect(store.housekeeping().all.first?.message.contains("stale") == true)
        #expect(try store.record(ballots: [ballot("R1")]).map(\.id) == ["B000003"])
        #expect(throws: WorkspaceError.self) { try store.record(ballots: [ballot("R2")]) }
    }

    @Test("A rewrite keeps the file's permissions and, where allowed, its owner")
    func permissions() throws {
        let folder = try TemporaryFolder()
        let store = try Fixtures.store(in: folder)
        let ideas = store.url(.ideas).path
        chmod(ideas, 0o600)
        let root = geteuid() == 0
        if root { chown(ideas, 12_345, 23_456) }
        try store.change([.ideas]) { workspace throws(WorkspaceError) in
            workspace.ideas.append(Idea(id: workspace.nextIdeaID(), title: "Neu", theme: "economy"))
        }
        var status = stat()
        stat(ideas, &status)
        #expect(status.st_mode & 0o7777 == 0o600)
        if root { #expect(status.st_uid == 12_345 && status.st_gid == 23_456) }
        #expect(try folder.read("w/ideas.json").contains("\"I-4\""))
    }

    @Test("A workspace file that is a symbolic link is refused: nothing is written through it")
    func symlinks() throws {
        let folder = try TemporaryFolder()
        let store = try Fixtures.store(in: folder)
        let outside = folder.url.appendingPathComponent("outside.csv")
        try Data(LogKind.ratings.header).write(to: outside)
        try FileManager.default.removeItem(at: store.url(.ratings))
        try FileManager.default.createSymbolicLink(at: store.url(.ratings), withDestinationURL: outside)
        #expect {
            try store.record(ratings: [rating("R1", 3)])
        } throws: { error in
            guard case .storage(let storage)? = error as? WorkspaceError else { return false }
            return storage.reason.hasPrefix("is a symbolic link")
        }
        #expect(try Data(contentsOf: outside) == Data(LogKind.ratings.header))
        #expect(throws: StorageError.self) { try store.load() }

        let ideasOutside = folder.url.appendingPathComponent("ideas.json")
        try Data(WorkspaceEncoder.text(of: .ideas, in: Fixtures.small()).utf8).write(to: ideasOutside)
        try FileManager.default.removeItem(at: store.url(.ideas))
        try FileManager.default.createSymbolicLink(at: store.url(.ideas), withDestinationURL: ideasOutside)
        let before = try Data(contentsOf: ideasOutside)
        #expect(throws: WorkspaceError.self) {
            try store.change([.ideas]) { workspace throws(WorkspaceError) in workspace.ideas.removeAll() }
        }
        #expect(try Data(contentsOf: ideasOutside) == before)
        #expect(FileSystem.isSymbolicLink(store.url(.ideas)))
    }

    @Test("Leftover temporary files are reported by a check and removed by the next change")
    func leftovers() throws {
        let folder = try TemporaryFolder()
        let store = try Fixtures.store(in: folder)
        try folder.write("half", to: "w/.ideas.json.workshop-tmp-4242-abc")
        try folder.write("old", to: "w/.dat.nosync3a1f.tmp")
        try folder.write("mine", to: "w/notes.txt")
        let warnings = store.housekeeping().all
        #expect(warnings.map(\.location.file) == ["w/.dat.nosync3a1f.tmp", "w/.ideas.json.workshop-tmp-4242-abc"])
        #expect(warnings.allSatisfy { $0.severity == .warning })
        try store.change([.participants]) { workspace throws(WorkspaceError) in
            workspace.participants.append(Participant(id: "R3", name: "Rater 3", role: "AK"))
        }
        #expect(store.leftoverTemporaryFiles().isEmpty)
        #expect(try folder.read("w/notes.txt") == "mine")
    }

    @Test("An uncommitted tail is shown by the repair plan and cut off by the repair; committed records stay")
    func repair() throws {
        let folder = try TemporaryFolder()
        let store = try Fixtures.store(in: folder)
        try store.record(ratings: [rating("R1", 3), rating("R2", 4)])
        let committed = try folder.read("w/ratings.csv")
        try folder.write(committed + "3,R1,I-1,image,4,,,,\n4,R1,I-1,netw", to: "w/ratings.csv")
        let plan = try store.repairPlan()
        #expect(plan.tails.map(\.lines) == [2])
        #expect(plan.tails.first?.firstLine == 5)
        #expect(plan.tails.first?.text == "3,R1,I-1,image,4,,,,\n4,R1,I-1,netw")
        #expect(try folder.read("w/ratings.csv") != committed)
        try store.repair(plan)
        #expect(try folder.read("w/ratings.csv") == committed)
        #expect(try store.repairPlan().isEmpty)
        try store.record(ratings: [rating("R1", 5)])
        #expect(try check(store).diagnostics.isEmpty)
    }

    @Test("Erasing a participant removes name, partner and attributes; the logs still verify and still name the id")
    func erase() throws {
        let folder = try TemporaryFolder()
        var workspace = Fixtures.small()
        workspace.participants[0].partner = "north"
        workspace.participants[0].attributes = ["district": "Lette", "age": "30-44"]
        let store = try Fixtures.store(in: folder, workspace)
        try store.record(ratings: [rating("R1", 3)])
        try store.record(ballots: [ballot("R1")])
        let logs = (try folder.read("w/ratings.csv"), try folder.read("w/ballots.csv"))
        try store.change([.participants]) { workspace throws(WorkspaceError) in
            workspace.participants[0] = workspace.participants[0].erasing(on: Day("2024-05-01")!)
        }
        let participants = try folder.read("w/participants.json")
        #expect(!participants.contains("Rater 1") && !participants.contains("Lette") && !participants.contains("north"))
        #expect(participants.contains("\"erased\": \"2024-05-01\""))
        #expect((try folder.read("w/ratings.csv"), try folder.read("w/ballots.csv")) == logs)
        let result = try check(store)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.sorted)")
        #expect(result.workspace?.ratings.recordCount == 1)
    }

    @Test("Upgrade rewrites format-1 logs as format 2, one batch per line, the same records; a second upgrade does nothing")
    func upgrade() throws {
        let folder = try TemporaryFolder()
        let store = try Fixtures.store(in: folder)
        try folder.write("rater,item,criterion,score,recorded_at\nR1,I-1,growth,4,2020-08-18T10:12:00+02:00\nR2,I-1,growth,2,\n", to: "w/ratings.csv")
        try folder.write("vote,ballot,voter,choices,recorded_at\ndots,B001,R1,P1:2 P2,2020-08-25T15:11:00+02:00\n", to: "w/ballots.csv")
        let before = try #require(try check(store).workspace)
        #expect(throws: WorkspaceError.self) { try store.record(ratings: [rating("R1", 3)]) }
        let report = try store.upgrade()
        #expect(report == ["w/ratings.csv: 2 records rewritten in format 2, one batch per line of format 1", "w/ballots.csv: 2 records rewritten in format 2, one batch per line of format 1"])
        let after = try check(store)
        #expect(after.diagnostics.isEmpty, "\(after.diagnostics.sorted)")
        #expect(after.workspace?.ratings == before.ratings && after.workspace?.ballots == before.ballots)
        let lines = try folder.read("w/ratings.csv").split(separator: "\n")
        #expect(lines[2].hasPrefix("1,R1,I-1,growth,4,,,2020-08-18T10:12:00+02:00,") && lines[2].count == 46 + 64)
        #expect(try store.upgrade() == ["w/ratings.csv is in format 2 already", "w/ballots.csv is in format 2 already"])
        try store.record(ratings: [rating("R1", 3)])
    }

    @Test("A change that breaks a reference is refused as a whole, without pointing at lines not on disk")
    func refusedChange() throws {
        let folder = try TemporaryFolder()
        let store = try Fixtures.store(in: folder)
        let before = try folder.read("w/ideas.json")
        #expect {
            try store.change([.ideas]) { workspace throws(WorkspaceError) in workspace.ideas[0].theme = "nowhere" }
        } throws: { error in
            guard case .invalid(let diagnostics)? = error as? WorkspaceError else { return false }
            return diagnostics.all.first?.location == SourceLocation(file: "w/ideas.json")
                && diagnostics.all.first?.message.hasPrefix("not changed, since the change would be invalid: idea I-1: unknown theme 'nowhere'") == true
        }
        #expect(try folder.read("w/ideas.json") == before)
    }
}
