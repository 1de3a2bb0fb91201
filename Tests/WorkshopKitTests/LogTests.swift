import Foundation
import TestSupport
import Testing

@testable import WorkshopKit

/// The logs in format 2: their framing, the chain, the committed tail, the readers.
@Suite("Logs in format 2")
struct LogTests {
    private func decode(_ files: [WorkspaceFile: [UInt8]], tokens: [VoteID: [UInt8]] = [:]) -> WorkspaceDecoder.Result {
        WorkspaceDecoder.decode(id: "test", files: files, folder: "W", tokens: tokens)
    }

    /// The small workspace's files with a rating log of 20 one-rating batches.
    private func twentyRatings() -> [WorkspaceFile: [UInt8]] {
        let scores = [1, 2, 3, 4, 5]
        let ratings = (0..<20).map { Rating(rater: $0 % 2 == 0 ? "R1" : "R2", item: $0 < 10 ? "I-1" : "P2", criterion: ["growth", "image", "networks", "staff"][$0 % 4], score: scores[$0 % 5]) }
        return Fixtures.files(of: Fixtures.small(), ratings: ratings)
    }

    private func lines(_ bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    private func joined(_ lines: [String]) -> [UInt8] { Array(lines.joined(separator: "\n").utf8) }

    @Test("The chain: the first batch hashes the header's hash and its bytes up to the comma before the chain value; each next batch the previous chain value")
    func chainDefinition() throws {
        var log = LogBuilder(.ratings)
        log.append([Rating(rater: "R1", item: "I-1", criterion: "growth", score: 3), Rating(rater: "R2", item: "I-1", criterion: "growth", score: nil)])
        log.append([Rating(rater: "R1", item: "I-1", criterion: "image", score: 4)])
        let text = lines(log.bytes)
        let header = text[0] + "\n" + text[1] + "\n"
        let genesis = SHA256.hex(Array(header.utf8))
        let firstBatch = text[2] + "\n" + text[3].dropLast(64)
        #expect(text[2] == "1,R1,I-1,growth,3,,,,")
        #expect(String(text[3].suffix(64)) == SHA256.hex(Array((genesis + firstBatch).utf8)))
        let second = String(text[4].dropLast(64))
        #expect(String(text[4].suffix(64)) == SHA256.hex(Array((String(text[3].suffix(64)) + second).utf8)))
        #expect(text.last == "")  // the log ends with a line end
    }

    @Test("A sound log reads back, in any chunk size the file is read in, and its digest is the file's SHA-256")
    func chunks() throws {
        let files = twentyRatings()
        let whole = try #require(decode(files).workspace)
        #expect(whole.ratings.recordCount == 20)
        let folder = try TemporaryFolder()
        try Data(try #require(files[.ratings])).write(to: folder.url.appendingPathComponent("ratings.csv"))
        let descriptor = open(folder.url.appendingPathComponent("ratings.csv").path, O_RDONLY)
        defer { close(descriptor) }
        let length = try #require(files[.ratings]).count
        for chunk in [1, 7, 64, 1000] {
            var walk = LogWalk(.ratings, source: .file(descriptor: descriptor, length: length), path: "W/ratings.csv", hashesFile: true)
            walk.chunk = chunk
            var reader = RatingsLogReader(context: LogContext(Fixtures.small()))
            let start = LogKind.ratings.header.count
            try reader.read(&walk, recordsStart: start)
            #expect(walk.problems.all.isEmpty, "chunk \(chunk): \(walk.problems.all.sorted)")
            #expect(reader.set == whole.ratings, "chunk \(chunk)")
            #expect(walk.fileDigest == SHA256.hex(try #require(files[.ratings])), "chunk \(chunk)")
        }
    }

    @Test("Tampering is found at the record altered: the first, a middle and the last", arguments: [3, 12, 22])
    func tampering(_ line: Int) throws {
        var files = twentyRatings()
        var text = lines(try #require(files[.ratings]))
        // Another score, the chain value left as it was.
        var fields = text[line - 1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[4] = fields[4] == "1" ? "2" : "1"
        text[line - 1] = fields.joined(separator: ",")
        files[.ratings] = joined(text)
        let errors = decode(files).diagnostics.sorted.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.location == SourceLocation(file: "W/ratings.csv", line: line, column: 9))
        #expect(errors.first?.message.hasPrefix("the chain value does not match: this record was altered") == true)
    }

    @Test("A removed record is a gap in seq; an inserted one a repeat", arguments: [3, 12, 21])
    func removedAndInserted(_ line: Int) throws {
        let files = twentyRatings()
        var text = lines(try #require(files[.ratings]))
        let removed = text.remove(at: line - 1)
        var without = files
        without[.ratings] = joined(text)
        let gap = decode(without).diagnostics.sorted.filter { $0.severity == .error }
        let seq = line - 2
        if seq < 20 {
            #expect(gap.first?.description == "W/ratings.csv:\(line):1: error: seq jumps from \(seq - 1) to \(seq + 1): record \(seq) is missing (removed from the log)")
        }
        // The same record written twice, once more after itself.
        text.insert(removed, at: line - 1)
        text.insert(removed, at: line)
        var inserted = files
        inserted[.ratings] = joined(text)
        let repeats = decode(inserted).diagnostics.sorted.filter { $0.severity == .error }
        #expect(repeats.first?.description.hasPrefix("W/ratings.csv:\(line + 1):1: error: seq \(seq) comes after \(seq): this record was inserted or moved") == true)
    }

    @Test("Records after the last chain value are an uncommitted tail: reported with their lines, never counted")
    func uncommittedTail() throws {
        var files = twentyRatings()
        var text = try #require(files[.ratings])
        text += Array("21,R1,P2,growth,1,,,,\n22,R1,P2,ima".utf8)
        files[.ratings] = text
        let result = decode(files)
        let workspace = try #require(result.workspace)
        #expect(workspace.ratings.recordCount == 20)
        #expect(result.diagnostics.all.map(\.description) == [
            "W/ratings.csv:23: warning: 2 records at the end (lines 23–24) were never committed (a write was interrupted); they are not counted, and the next append is refused until 'workshop repair' removes them"
        ])
        let source = LogSource.bytes(text)
        let tail = LogTail.find(.ratings, in: source, recordsStart: LogKind.ratings.header.count)
        #expect(tail.lastSeq == 20 && tail.hasUncommittedTail && tail.length - tail.committedEnd == 34)
    }

    @Test("Logs not in format 2 are named with what happened and what to do", arguments: [
        ("# workshop ratings log, format 2\nseq;rater;item;criterion;score;channel;comment;recorded_at;chain\n", "its column header is separated by ';' (a spreadsheet re-saved it)"),
        ("rater;item;criterion;score;recorded_at\nAK-01;I-1;growth;3;\n", "is separated by ';', not ',': a spreadsheet re-saved it"),
        ("# workshop ratings log, format 2\nseq,item,rater,criterion,score,channel,comment,recorded_at,chain\n", "its columns are in another order"),
        ("# workshop ratings log, format 2\r\nseq,rater,item,criterion,score,channel,comment,recorded_at,chain\r\n", "has CRLF line ends"),
        ("\u{FEFF}# workshop ratings log, format 2\nseq,rater,item,criterion,score,channel,comment,recorded_at,chain\n", "starts with a byte order mark"),
        ("# workshop ballots log, format 2\nseq,kind,vote,ballot,voter,content,note,recorded_at,chain\n", "holds the ballots log"),
        ("# workshop ratings log, format 3\n", "a format this version of workshop does not know"),
        ("when,who\n", "does not start with '# workshop ratings log, format 2'"),
    ])
    func foreign(_ text: String, _ expected: String) throws {
        var files = Fixtures.files(of: Fixtures.small())
        files[.ratings] = Array(text.utf8)
        let errors = decode(files).diagnostics.sorted.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.location == SourceLocation(file: "W/ratings.csv", line: 1))
        #expect(errors.first?.message.contains(expected) == true, "\(errors)")
    }

    @Test("Every record is checked: ids, references, scores, channels, times")
    func ratingProblems() {
        var log = LogBuilder(.ratings)
        log.append([
            Rating(rater: "R1", item: "I-1", criterion: "growth", score: 9),
            Rating(rater: "R9", item: "I-1", criterion: "growth", score: 3),
            Rating(rater: "R1", item: "I-9", criterion: "grwth", score: 3),
        ])
        let text = String(decoding: log.bytes, as: UTF8.self)
        var files = Fixtures.files(of: Fixtures.small())
        files[.ratings] = Array(text.utf8)
        let messages = decode(files).diagnostics.sorted.map(\.description)
        #expect(messages.contains("W/ratings.csv:3:5: error: score '9' is outside 1…5, the scale of criterion growth"))
        #expect(messages.contains { $0.hasPrefix("W/ratings.csv:4:2: error: rating: unknown participant 'R9'") })
        #expect(messages.contains { $0.hasPrefix("W/ratings.csv:5:3: error: rating: unknown item 'I-9'; did you mean 'I-1'?") })
        #expect(messages.contains { $0.hasPrefix("W/ratings.csv:5:4: error: rating: unknown criterion 'grwth'; did you mean 'growth'?") })
    }

    @Test("The ballot log: open, ballots, a void, close; the counts follow, the rules are the vote's")
    func ballotLog() throws {
        let workspace = Fixtures.small()
        let vote = try #require(workspace.votes.first)
        var log = LogBuilder(.ballots)
        log.append([.open(vote: "dots", definition: vote.definitionHash, recordedAt: nil), .ballot(Fixtures.smallBallots[0])])
        log.append([.ballot(Fixtures.smallBallots[1])])
        log.append([.void(vote: "dots", ballot: "B1", reason: "doppelt abgegeben", recordedAt: nil)])
        log.append([.close(vote: "dots", note: "Ende", recordedAt: nil)])
        var files = Fixtures.files(of: workspace)
        files[.ballots] = log.bytes
        let result = decode(files)
        let decoded = try #require(result.workspace, "\(result.diagnostics.sorted)")
        #expect(decoded.ballots.count == 1)
        #expect(decoded.ballots.isClosed("dots"))
        #expect(Evaluation(decoded).voteResults.first?.points == ["P1": 1, "P2": 0])

        // After the close, a ballot is an error; so is voiding a ballot twice, or one never recorded.
        log.append([.ballot(Ballot(vote: "dots", id: "B3", voter: "R1", content: .points([OptionValue("P2", 1)])))])
        log.append([.void(vote: "dots", ballot: "B1", reason: "nochmal", recordedAt: nil), .void(vote: "dots", ballot: "B9", reason: "x", recordedAt: nil)])
        files[.ballots] = log.bytes
        let messages = decode(files).diagnostics.sorted.map(\.description)
        #expect(messages.contains { $0.hasPrefix("W/ballots.csv:8:2: error: ballot B3 of vote dots comes after the vote was closed (W/ballots.csv:7)") })
        #expect(messages.contains { $0.hasPrefix("W/ballots.csv:8:5: error: voter R1 already voted in dots (W/ballots.csv:4)") })
        #expect(messages.contains("W/ballots.csv:9:4: error: ballot B1 of vote dots was voided already (W/ballots.csv:6)"))
        #expect(messages.contains("W/ballots.csv:10:4: error: void names ballot B9 of vote dots, which is not recorded before it"))
    }

    @Test("Ballots of every kind are checked by their vote's rules, fast path and messages alike")
    func ballotKinds() throws {
        var workspace = Fixtures.small()
        workspace.votes = [
            Vote(id: "rank", title: "R", method: .ranked(length: 2, ties: false), options: ["P1", "P2", "I-1"], voters: .anonymous),
            Vote(id: "score", title: "S", method: .score(minimum: 0, maximum: 5), options: ["P1", "P2"], voters: .anonymous),
        ]
        let ballots: [Ballot] = [
            Ballot(vote: "rank", id: "1", voter: nil, content: .ranking([["P2"], ["P1"]])),
            Ballot(vote: "rank", id: "2", voter: nil, content: .ranking([["P2", "P1"]])),
            Ballot(vote: "rank", id: "3", voter: nil, content: .ranking([["P2"], ["P1"], ["I-1"]])),
            Ballot(vote: "score", id: "1", voter: nil, content: .scores([OptionValue("P1", 5), OptionValue("P2", 0)])),
            Ballot(vote: "score", id: "2", voter: nil, content: .scores([OptionValue("P1", 6)])),
            Ballot(vote: "score", id: "3", voter: "R1", content: .abstain),
        ]
        let result = decode(Fixtures.files(of: workspace, ballots: ballots))
        let messages = result.diagnostics.sorted.map(\.description)
        #expect(messages == [
            "W/ballots.csv:5:6: error: ballot 2 of vote rank: P2=P1 are tied, but this vote allows no ties; give each option its own place",
            "W/ballots.csv:6:6: error: ballot 3 of vote rank: 3 options ranked but at most 2 may be",
            "W/ballots.csv:9:6: error: ballot 2 of vote score: P1:6 is outside the scores 0…5 this vote allows",
            "W/ballots.csv:10:5: error: ballot 3 of vote score: the vote is anonymous, so a ballot names no voter; leave the voter empty",
        ])
    }

    @Test("The fast check of canonical ballot text accepts exactly what BallotNotation and BallotRules accept")
    func fastPathAgrees() {
        let votes: [Vote] = [
            Vote(id: "d", title: "D", method: .dots(perVoter: 4, perOption: 2), options: ["A", "B", "C"]),
            Vote(id: "c", title: "C", method: .cumulative(points: 5, perOption: nil, useAll: true), options: ["A", "B", "C"]),
            Vote(id: "a", title: "A", method: .approval(minimum: 1, maximum: 2), options: ["A", "B", "C"]),
            Vote(id: "s", title: "S", method: .score(minimum: -1, maximum: 3), options: ["A", "B", "C"]),
            Vote(id: "r", title: "R", method: .ranked(length: 2, ties: false), options: ["A", "B", "C"]),
            Vote(id: "t", title: "T", method: .ranked(length: nil, ties: true), options: ["A", "B", "C"]),
            Vote(id: "b", title: "B", method: .budget(limit: Money(euros: 10), costs: ["A": Money(euros: 6), "B": Money(euros: 4), "C": Money(euros: 5)]), options: ["A", "B", "C"]),
        ]
        let tokens = ["A", "B", "C", "D", "A:2", "B:3", "C:-1", "A:0", "B:1", "x y", ""]
        var generator = SplitMix(seed: 19)
        for vote in votes {
            let costs: [ItemID: Money] = if case .budget(_, let given) = vote.method { given } else { [:] }
            var rules = CompiledBallotRules(vote: vote, costs: costs)
            var set = BallotSet()
            var options: [Int32] = []
            var values: [Int32] = []
            for _ in 0..<400 {
                let count = Int.random(in: 1...4, using: &generator)
                let separators = vote.ballotKind == .ranking ? [",", "="] : [" "]
                var text = tokens.randomElement(using: &generator)!
                for _ in 1..<count { text += separators.randomElement(using: &generator)! + tokens.randomElement(using: &generator)! }
                let fast = text.utf8.withContiguousStorageIfAvailable { rules.accept(UnsafeRawBufferPointer($0), set: &set, options: &options, values: &values) } ?? nil
                let slow: Bool =
                    switch BallotNotation.parse(text, as: vote.ballotKind) {
                    case .success(let content): BallotRules.problems(with: content, in: vote).isEmpty
                    case .failure: false
                    }
                // The fast path may leave a good ballot to the slow one, never accept a bad one.
                if fast != nil { #expect(slow, "vote \(vote.id): '\(text)' accepted by the fast path only") }
                if slow && BallotNotation.text(try! BallotNotation.parse(text, as: vote.ballotKind).get()) == text {
                    #expect(fast != nil, "vote \(vote.id): canonical '\(text)' left to the slow path")
                }
            }
        }
    }

    @Test("A frozen definition: changing a vote after it opened is an error naming both hashes")
    func frozenDefinition() throws {
        var workspace = Fixtures.small()
        let files = Fixtures.files(of: workspace)
        workspace.votes[0].method = .dots(perVoter: 4, perOption: 2)
        var changed = files
        changed[.votes] = Array(WorkspaceEncoder.text(of: .votes, in: workspace).utf8)
        let errors = decode(changed).diagnostics.sorted.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.location == SourceLocation(file: "W/ballots.csv", line: 3, column: 7))
        #expect(errors.first?.message.hasPrefix("votes.json has changed vote dots since it opened here") == true)
        // A new title is a description, not part of the definition.
        workspace = Fixtures.small()
        workspace.votes[0].title = "Punktabfrage"
        changed[.votes] = Array(WorkspaceEncoder.text(of: .votes, in: workspace).utf8)
        #expect(decode(changed).diagnostics.hasErrors == false)
    }

    @Test("Token votes: a ballot's token must be in tokens/<vote>.txt, plain or as its SHA-256; each token votes once")
    func tokens() throws {
        var workspace = Fixtures.small()
        workspace.votes = [Vote(id: "kiosk", title: "Kiosk", method: .approval(minimum: nil, maximum: 1), options: ["P1", "P2"], voters: .tokens)]
        let ballots = [
            Ballot(vote: "kiosk", id: "1", voter: "T-7KQ2-M9XD", content: .approvals(["P1"])),
            Ballot(vote: "kiosk", id: "2", voter: "T-AAAA-BBBB", content: .approvals(["P2"])),
            Ballot(vote: "kiosk", id: "3", voter: "T-NOPE-NOPE", content: .approvals(["P2"])),
            Ballot(vote: "kiosk", id: "4", voter: "T-7KQ2-M9XD", content: .approvals(["P2"])),
        ]
        let list = "# issued 2020-08-25\nT-7KQ2-M9XD\nsha256:\(SHA256.hex(Array("T-AAAA-BBBB".utf8)))\n"
        let result = decode(Fixtures.files(of: workspace, ballots: ballots), tokens: ["kiosk": Array(list.utf8)])
        let messages = result.diagnostics.sorted.map(\.description)
        #expect(messages == [
            "W/ballots.csv:6:5: error: ballot 3 of vote kiosk: voter T-NOPE-NOPE is not a token of this vote (tokens/kiosk.txt)",
            "W/ballots.csv:7:5: error: voter T-7KQ2-M9XD already voted in kiosk (W/ballots.csv:4); one ballot per voter",
        ])
    }

    @Test("A format-1 log is read, with a warning to upgrade it")
    func legacy() throws {
        var files = Fixtures.files(of: Fixtures.small())
        files[.ratings] = Array("rater,item,criterion,score,recorded_at\nR1,I-1,growth,4,2020-08-18T10:12:00+02:00\n".utf8)
        let result = decode(files)
        #expect(try #require(result.workspace).ratings.recordCount == 1)
        #expect(result.diagnostics.all.map(\.severity) == [.warning])
    }

    @Test("A ballot timestamped more finely than its vote keeps is warned about")
    func finerTimestamps() throws {
        var workspace = Fixtures.small()
        workspace.votes[0].timestamps = .day
        var ballots = Fixtures.smallBallots
        ballots[1].recordedAt = Timestamp("2020-08-25T15:11:09+02:00")
        let result = decode(Fixtures.files(of: workspace, ballots: ballots))
        #expect(result.diagnostics.all.map(\.description) == [
            "W/ballots.csv:5:8: warning: ballot B2 of vote dots is timestamped to the second, finer than the vote keeps (day); a fine time beside each ballot can link voters to ballots"
        ])
    }
}
