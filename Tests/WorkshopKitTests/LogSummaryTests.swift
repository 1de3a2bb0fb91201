import Foundation
import TestSupport
import Testing

@testable import WorkshopKit

/// The logs' summaries in `.index/`: a read with one gives what a read without one gives, on
/// many generated workspaces, after appends, and when the summary, a definition or the log
/// itself changed underneath it.
@Suite("Log summaries in .index/")
struct LogSummaryTests {
    private let here = SourceLocation(file: "test")

    /// The small workspace with 30 raters and voters, and a second, anonymous approval vote.
    private var workspace: Workspace {
        var workspace = Fixtures.small()
        workspace.participants = (1...30).map { Participant(id: ParticipantID("R\($0)"), name: "Rater \($0)", role: "AK") }
        workspace.votes.append(Vote(id: "yes", title: "Approval", method: .approval(minimum: nil, maximum: nil), options: ["P1", "P2"], voters: .anonymous))
        return workspace
    }

    /// Random ratings (corrections, don't-knows, comments and times among them) and ballots of both votes.
    private func logs(seed: UInt64) -> (ratings: [Rating], ballots: [Ballot]) {
        var random = SplitMix(seed: seed)
        let items: [ItemID] = ["I-1", "I-2", "I-3", "P1", "P2"]
        let criteria: [CriterionID] = ["growth", "image", "networks", "staff"]
        let ratings = (0..<Int.random(in: 1...300, using: &random)).map { _ in
            Rating(
                rater: ParticipantID("R\(Int.random(in: 1...30, using: &random))"), item: items.randomElement(using: &random)!,
                criterion: criteria.randomElement(using: &random)!, score: Int.random(in: 0...5, using: &random) == 0 ? nil : Int.random(in: 1...5, using: &random),
                channel: .command, comment: Bool.random(using: &random) ? "" : ["gut", "zu teuer, aber wichtig", "ÄÖÜ ß"].randomElement(using: &random)!,
                recordedAt: Bool.random(using: &random) ? nil : Timestamp("2020-08-\(10 + Int.random(in: 0...9, using: &random))"))
        }
        var ballots: [Ballot] = []
        for voter in (1...30).shuffled(using: &random).prefix(Int.random(in: 0...30, using: &random)) {
            let content: BallotContent = Bool.random(using: &random) ? .abstain : .points([OptionValue("P1", Int.random(in: 1...2, using: &random)), OptionValue("P2", 1)])
            ballots.append(Ballot(vote: "dots", id: BallotID("D\(voter)"), voter: VoterID("R\(voter)"), content: content))
        }
        for number in 0..<Int.random(in: 0...40, using: &random) {
            let options: [ItemID] = [["P1"], ["P2"], ["P1", "P2"]].randomElement(using: &random)!
            ballots.append(Ballot(vote: "yes", id: BallotID("A\(number)"), voter: nil, content: .approvals(options)))
        }
        return (ratings, ballots.shuffled(using: &random))
    }

    /// The workspace with these logs on disk, a store that never summarises, and one that always does.
    private func stores(in folder: TemporaryFolder, seed: UInt64) throws -> (plain: WorkspaceStore, summarising: WorkspaceStore) {
        var plain = try Fixtures.store(in: folder, workspace)
        let (ratings, ballots) = logs(seed: seed)
        let files = Fixtures.files(of: workspace, ratings: ratings, ballots: ballots)
        for kind in LogKind.allCases { try Data(try #require(files[kind.file])).write(to: plain.url(kind.file)) }
        var summarising = plain
        plain.summaryThreshold = .max
        summarising.summaryThreshold = 0
        return (plain, summarising)
    }

    private func summaryURL(_ store: WorkspaceStore, _ kind: LogKind) -> URL { store.url(LogSummary.relativePath(kind)) }

    /// Everything a read gives: diagnostics, digests, seals, and the sets down to their bytes.
    private func expectSame(_ read: WorkspaceDecoder.Result, _ reference: WorkspaceDecoder.Result, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(read.diagnostics.sorted.map(\.description) == reference.diagnostics.sorted.map(\.description), sourceLocation: sourceLocation)
        #expect(read.digests == reference.digests, sourceLocation: sourceLocation)
        #expect(read.seals == reference.seals, sourceLocation: sourceLocation)
        #expect((read.workspace == nil) == (reference.workspace == nil), sourceLocation: sourceLocation)
        guard let workspace = read.workspace, let expected = reference.workspace else { return }
        #expect(workspace.ratings == expected.ratings && workspace.ballots == expected.ballots, sourceLocation: sourceLocation)
        let seal = LogSeal(sha256: "", bytes: 0, chain: nil)
        let bytes = { (workspace: Workspace) in
            LogSummary(kind: .ratings, fingerprint: [], seal: seal, ratings: workspace.ratings, ballots: nil).bytes
                + LogSummary(kind: .ballots, fingerprint: [], seal: seal, ratings: nil, ballots: workspace.ballots).bytes
        }
        #expect(bytes(workspace) == bytes(expected), sourceLocation: sourceLocation)
        #expect(workspace.ratings.comments(on: ["I-1", "I-2", "I-3", "P1", "P2"]) == expected.ratings.comments(on: ["I-1", "I-2", "I-3", "P1", "P2"]), sourceLocation: sourceLocation)
        #expect(workspace.ratings.lastRecorded == expected.ratings.lastRecorded && workspace.ballots.lastRecorded == expected.ballots.lastRecorded, sourceLocation: sourceLocation)
    }

    @Test("Reads with and without the summaries agree on 40 generated workspaces, before and after appends", arguments: 1...40)
    func sameResults(seed: Int) throws {
        let folder = try TemporaryFolder()
        let (plain, summarising) = try stores(in: folder, seed: UInt64(seed))
        let reference = try plain.load(hashing: true)
        #expect(reference.workspace != nil, "\(reference.diagnostics.sorted)")
        expectSame(try summarising.load(hashing: true), reference)
        for kind in LogKind.allCases { #expect(FileManager.default.fileExists(atPath: summaryURL(summarising, kind).path)) }
        expectSame(try summarising.load(hashing: true), reference)
        expectSame(try summarising.load(), try plain.load())

        // Appends after the summary was made: the next read reads the log again.
        _ = try summarising.record(ratings: [Located(Rating(rater: "R3", item: "P2", criterion: "staff", score: 4, comment: "neu"), at: here)])
        _ = try summarising.record(ballots: [Located(Ballot(vote: "yes", id: .unassigned, voter: nil, content: .approvals(["P2"])), at: here)])
        let appended = try plain.load(hashing: true)
        expectSame(try summarising.load(hashing: true), appended)
        expectSame(try summarising.load(hashing: true), appended)
        #expect(appended.workspace?.ratings.recordCount == (reference.workspace?.ratings.recordCount ?? 0) + 1)
    }

    @Test("A summary that fits is used; one made from other bytes, or damaged, or cut short is not")
    func usedOnlyWhenItFits() throws {
        let folder = try TemporaryFolder()
        let (plain, summarising) = try stores(in: folder, seed: 99)
        let reference = try plain.load(hashing: true)
        _ = try summarising.load(hashing: true)

        // A summary doctored soundly (its own hash made again) shows through: it is what the read used.
        let url = summaryURL(summarising, .ratings)
        let original = [UInt8](try Data(contentsOf: url))
        var doctored = try #require(LogSummary(.ratings, bytes: original))
        doctored.ratings?.record(rater: 0, item: 0, criterion: 0, score: 1)
        try Data(doctored.bytes).write(to: url)
        let fooled = try summarising.load(hashing: true)
        #expect(fooled.workspace?.ratings.recordCount == (reference.workspace?.ratings.recordCount ?? 0) + 1)

        // Damaged or cut short: ignored, and written again.
        for broken in [Array(original.prefix(original.count / 2)), original.enumerated().map { $0.offset == original.count / 2 ? $0.element ^ 1 : $0.element }, []] {
            try Data(broken).write(to: url)
            expectSame(try summarising.load(hashing: true), reference)
            #expect(LogSummary(.ratings, bytes: [UInt8](try Data(contentsOf: url))) != nil)
        }

        // The log changed in its middle, same length, same last chain value: the doctored
        // summary is not used, and the read reports the broken chain as a read without one does.
        try Data(doctored.bytes).write(to: url)
        var log = [UInt8](try Data(contentsOf: summarising.url(.ratings)))
        let third = try #require(log.indices.filter { log[$0] == 0x0A }.dropFirst(2).first)
        let comma = try #require(log[(third + 1)...].firstIndex(of: 0x2C))
        log[comma - 1] = log[comma - 1] == 0x31 ? 0x32 : 0x31
        try Data(log).write(to: summarising.url(.ratings))
        let tampered = try plain.load(hashing: true)
        #expect(tampered.diagnostics.hasErrors)
        expectSame(try summarising.load(hashing: true), tampered)
    }

    @Test("A token list's problems are reported on every read; a changed token list makes the ballot log be read again")
    func tokenLists() throws {
        let folder = try TemporaryFolder()
        var withTokens = workspace
        withTokens.votes.append(Vote(id: "tok", title: "Tokens", method: .approval(minimum: nil, maximum: nil), options: ["P1", "P2"], voters: .tokens))
        var plain = try Fixtures.store(in: folder, withTokens)
        let ballots = (1...20).map { Ballot(vote: "tok", id: BallotID("K\($0)"), voter: VoterID("T-\(1000 + $0)"), content: .approvals(["P2"])) }
        let files = Fixtures.files(of: withTokens, ratings: logs(seed: 3).ratings, ballots: ballots)
        for kind in LogKind.allCases { try Data(try #require(files[kind.file])).write(to: plain.url(kind.file)) }
        var summarising = plain
        plain.summaryThreshold = .max
        summarising.summaryThreshold = 0
        let tokens = (1001...1030).map { "T-\($0)" }.joined(separator: "\n")

        for list in [tokens + "\nnot a token!\n", tokens + "\n", tokens + "\n# the last ten\n", (1001...1010).map { "T-\($0)" }.joined(separator: "\n")] {
            try folder.write(list, to: "w/tokens/tok.txt")
            let reference = try plain.load(hashing: true)
            for _ in 1...3 { expectSame(try summarising.load(hashing: true), reference) }
        }
        try FileManager.default.removeItem(at: summarising.url("tokens/tok.txt"))
        let missing = try plain.load(hashing: true)
        #expect(missing.diagnostics.contains { $0.message.contains("tokens/tok.txt is missing") })
        for _ in 1...3 { expectSame(try summarising.load(hashing: true), missing) }
    }

    @Test("A changed definition file, a cut log and a check all read every record")
    func readAgain() throws {
        let folder = try TemporaryFolder()
        let (plain, summarising) = try stores(in: folder, seed: 7)
        _ = try summarising.load()

        // A criterion's scale narrowed: ratings of 4 and 5 on it are now errors.
        var criteria = workspace.criteria
        criteria[0].scale = Scale(minimum: 1, maximum: 3)
        var changed = workspace
        changed.criteria = criteria
        try Data(WorkspaceEncoder.text(of: .criteria, in: changed).utf8).write(to: plain.url(.criteria))
        let narrowed = try plain.load(hashing: true)
        #expect(narrowed.diagnostics.hasErrors)
        expectSame(try summarising.load(hashing: true), narrowed)
        try Data(WorkspaceEncoder.text(of: .criteria, in: workspace).utf8).write(to: plain.url(.criteria))
        _ = try summarising.load()

        // The ballot log cut in its last line: the torn tail is reported and not counted.
        let ballots = [UInt8](try Data(contentsOf: plain.url(.ballots)))
        try Data(ballots.dropLast(5)).write(to: plain.url(.ballots))
        let cut = try plain.load(hashing: true)
        #expect(!cut.diagnostics.isEmpty)
        expectSame(try summarising.load(hashing: true), cut)

        // `check` neither uses nor writes a summary.
        try FileManager.default.removeItem(at: summarising.url(".index"))
        expectSame(try summarising.load(checkOnly: true), try plain.load(checkOnly: true))
        #expect(!FileManager.default.fileExists(atPath: summaryURL(summarising, .ratings).path))
    }
}
