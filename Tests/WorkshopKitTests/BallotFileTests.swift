import Foundation
import Testing

@testable import WorkshopKit

/// Reading ballot files: pabulib, PrefLib, the toolkit's CSVs, and the streaming underneath.
@Suite("Ballot files")
struct BallotFileTests {
    static func read(_ text: String, file: String, options: BallotFileReader.Options = .init()) throws(BallotFileError) -> BallotFile {
        try BallotFileReader.read(bytes: Array(text.utf8), file: file, options: options)
    }

    /// The diagnostics of a file that must not read.
    static func problems(_ text: String, file: String, options: BallotFileReader.Options = .init(), sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [String] {
        do {
            _ = try read(text, file: file, options: options)
            Issue.record("read without problems", sourceLocation: sourceLocation)
            return []
        } catch {
            guard case .invalid(let invalid) = error else { return ["storage: \(error)"] }
            return invalid.diagnostics.sorted.map(\.description)
        }
    }

    @Test("pabulib quirks: BOM, CRLF, quoted names with ';' and doubled quotes, decimal budget, None, empty trailing fields, ids like BO.OM.97/24")
    func pabulibQuirks() throws {
        let text =
            "\u{FEFF}META\r\nkey;value\r\nbudget;1546168.66\r\nvote_type;ordinal\r\nmax_length;3\r\nrule;greedy\r\nnum_votes;3\r\n"
            + "PROJECTS\r\nproject_id;cost;score;name;selected\r\n"
            + "BO.OM.97/24;200000.5;5;\"Diagnostyka; \"\"II\"\" etap\";1\r\nBO.OM.5/24;1500000;None;None;0\r\nX;1;1;;\r\n"
            + "VOTES\r\nvoter_id;vote;age\r\n1;BO.OM.97/24,BO.OM.5/24,X;;\r\n2; BO.OM.97/24 ;None\r\n3;None;\r\n"
        let file = try Self.read(text, file: "quirks.pb")
        let profile = file.profile
        #expect(profile.kind == .ranking)
        #expect(profile.options.map(\.id.rawValue) == ["BO.OM.97/24", "BO.OM.5/24", "X"])
        #expect(profile.options[0].name == "Diagnostyka; \"II\" etap")
        #expect(profile.options[1].name == nil)
        #expect(profile.options[0].cost == Rational(400001, 2))
        #expect(profile.budget == Rational(154616866, 100))
        #expect(profile.voters == 3 && profile.abstentions == 1)
        #expect(profile.placePoints == 3)
        #expect(profile.namedRule == "greedy")
        #expect(file.officialSelection == [0])
        #expect(file.declaredSupport == [5, nil, 1])
        #expect(file.sha256 == SHA256.hex(Array(text.utf8)))
        // Place points 3-2-1: BO.OM.97/24 gets 3 + 3, BO.OM.5/24 2, X 1.
        let points = try Ballots.count(.points, profile)
        #expect(Ballots.scores(points, profile) == ["BO.OM.97/24": 6, "BO.OM.5/24": 2, "X": 1])
    }

    @Test("pabulib cumulative and scoring votes read their points; choose-1 is approval of one project")
    func pabulibKinds() throws {
        let cumulative = try Self.read(
            "META\nkey;value\nvote_type;cumulative\nbudget;10\nPROJECTS\nproject_id;cost\n1;5\n2;5\nVOTES\nvoter_id;vote;points\n1;1,2;3,2\n2;2;5\n",
            file: "c.pb")
        #expect(cumulative.profile.kind == .points)
        #expect(Ballots.scores(try Ballots.count(.points, cumulative.profile), cumulative.profile) == ["1": 3, "2": 7])
        let choose = try Self.read(
            "META\nkey;value\nvote_type;choose-1\nbudget;10\nPROJECTS\nproject_id;cost\n1;5\n2;5\nVOTES\nvoter_id;vote\n1;1\n2;2\n3;2\n", file: "o.pb")
        #expect(choose.profile.kind == .approvals)
        #expect(Ballots.scores(try Ballots.count(.approval, choose.profile), choose.profile) == ["1": 1, "2": 2])
    }

    @Test("pabulib problems are all reported, each with its line and field")
    func pabulibProblems() {
        let problems = Self.problems(
            """
            META
            key;value
            vote_type;cumulative
            budget;lots
            num_votes;5
            PROJECTS
            project_id;cost
            1;5
            2;five
            1;3
            VOTES
            voter_id;vote;points
            1;1,3;1,1
            2;1,1;1,1
            3;1,2;1
            4;1;0
            """, file: "bad.pb")
        #expect(problems.contains { $0.hasPrefix("bad.pb:4:2: error: META budget 'lots' is not an amount") })
        #expect(problems.contains { $0.hasPrefix("bad.pb:5:2: error: META num_votes says 5, but the file has 4 rows in VOTES") })
        #expect(problems.contains { $0.hasPrefix("bad.pb:9:2: error: cost 'five' of project 2 is not an amount") })
        #expect(problems.contains { $0.hasPrefix("bad.pb:10:1: error: project 1 appears twice (first on line 8)") })
        #expect(problems.contains { $0.hasPrefix("bad.pb:13:2: error: unknown project '3' in this vote") })
        #expect(problems.contains { $0.hasPrefix("bad.pb:14:2: error: project 1 appears twice in this vote") })
        #expect(problems.contains { $0.hasPrefix("bad.pb:15:3: error: the vote names 2 projects but 'points' gives 1 values") })
        #expect(problems.contains { $0.hasPrefix("bad.pb:16:3: error: points '0' for project 1 must be a whole number of at least 1") })
        #expect(problems.count == 8)
    }

    @Test("a quoted value that never closes is reported at the line it starts on")
    func unterminatedQuote() {
        let problems = Self.problems("META\nkey;value\nvote_type;approval\nPROJECTS\nproject_id;cost;name\n1;5;\"open\n", file: "q.pb")
        #expect(problems.first?.hasPrefix("q.pb:6: error: a quoted value starts on this line and is never closed") == true)
    }

    @Test("pabulib: an unknown vote type and a missing section are errors that say what is allowed")
    func pabulibStructure() {
        #expect(
            Self.problems("META\nkey;value\nvote_type;ranked\nPROJECTS\nproject_id;cost\n1;5\nVOTES\nvoter_id;vote\n1;1\n", file: "t.pb").first?
                .contains("vote_type 'ranked' is not known; pabulib vote types are approval, choose-1, cumulative, scoring and ordinal") == true)
        #expect(
            Self.problems("META\nkey;value\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;5\n", file: "t.pb")
                .contains { $0.contains("the file has no VOTES section") })
    }

    @Test("PrefLib: Debian 2002 (.soi) and 2010 (.toc, with ties) read with their names and voter counts")
    func preflibFiles() throws {
        let soi = try BallotFileReader.read(bytes: try TestData.bytes("preflib/00002-00000001.soi"), file: "00002-00000001.soi")
        #expect(soi.profile.voters == 475)
        #expect(soi.profile.distinctBallots == 41)
        #expect(soi.profile.options.map(\.name) == ["Branden Robinson", "Raphael Hertzog", "Bdale Garbee", "None Of The Above"])
        #expect(!soi.profile.hasTies)
        let toc = try BallotFileReader.read(bytes: try TestData.bytes("preflib/00002-00000006.toc"), file: "00002-00000006.toc")
        #expect(toc.profile.voters == 436)
        #expect(toc.profile.hasTies)
        // "7: 1,{2,3,4,5}" is one of its orders.
        let tied = (0..<toc.profile.distinctBallots).map { toc.profile.ballot($0) }.first { $0.count == 7 && $0.content == .ranking([["1"], ["2", "3", "4", "5"]]) }
        #expect(tied != nil)
    }

    @Test("PrefLib problems: out-of-range alternative, incomplete soc order, ties in soi, wrong voter count")
    func preflibProblems() {
        let header = "# DATA TYPE: soc\n# NUMBER ALTERNATIVES: 3\n# NUMBER VOTERS: 4\n"
        let problems = Self.problems(header + "1: 1,2,3\n1: 1,2\n1: 1,4,2\n1: {1,2},3\n", file: "x.soc")
        #expect(problems.contains { $0.hasPrefix("x.soc:5: error: a soc order ranks all 3 alternatives, but this one ranks 2") })
        #expect(problems.contains { $0.hasPrefix("x.soc:6: error: alternative 4 is not between 1 and 3") })
        #expect(problems.contains { $0.hasPrefix("x.soc:7: error: ties ({…}) are not allowed in a soc file") })
        #expect(Self.problems("# DATA TYPE: soc\n# NUMBER ALTERNATIVES: 2000000000\n1: 1\n", file: "z.soc").first?.contains("from 1 to 100000") == true)
        #expect(Self.problems("# DATA TYPE: soi\n# NUMBER ALTERNATIVES: 2\n# NUMBER VOTERS: 3\n1: 1\n1: 2,1\n", file: "y.soi") == [
            "y.soi:3: error: NUMBER VOTERS says 3, but the orders add up to 2 voters"
        ])
    }

    @Test("PrefLib counts that add up past a trillion voters are an error with their line, not an overflow trap (found by fuzz-preflib)")
    func preflibCountsTooLarge() {
        let text = "# DATA TYPE: soi\n# NUMBER ALTERNATIVES: 2\n5: 1,2\n999999999995: 2\n1111111111111111111: 1\n"
        #expect(Self.problems(text, file: "big.soi") == [
            "big.soi:5: error: the count 1111111111111111111 makes the orders add up to more than 1000000000000 voters; is the count wrong?"
        ])
    }

    @Test("a second META, PROJECTS or VOTES section refuses the whole .pb file at the line of the second one (a crash fuzz-pb found started there)")
    func secondSectionRefusesTheFile() {
        let head = "META\nkey;value\nnum_votes;2\nbudget;10\nvote_type;cumulative\nPROJECTS\nproject_id;cost\n1;5\n2;5\n"
        // The crash fuzz-pb found: the second VOTES section had no points column.
        let votesTwice = head + "VOTES\nvoter_id;vote;points\n1;1,2;2,3\nVOTES\nvoter_id;vote\n2;1,2\n"
        #expect(Self.problems(votesTwice, file: "x.pb") == [
            "x.pb:13: error: a second VOTES section (the first is on line 10); a pabulib file has one META, one PROJECTS and one VOTES section, so this file cannot be read"
        ])
        let projectsTwice = head + "PROJECTS\nproject_id;cost\n3;5\nVOTES\nvoter_id;vote;points\n1;1,2;2,3\n"
        #expect(Self.problems(projectsTwice, file: "y.pb").first?.hasPrefix("y.pb:10: error: a second PROJECTS section (the first is on line 6)") == true)
        let metaTwice = head + "META\nkey;value\nbudget;20\n"
        #expect(Self.problems(metaTwice, file: "z.pb").first?.hasPrefix("z.pb:10: error: a second META section (the first is on line 1)") == true)
        // Problems before the second section are still reported with it.
        let both = head.replacingOccurrences(of: "2;5", with: "2;viel") + "VOTES\nvoter_id;vote;points\n1;1;1\nVOTES\n"
        #expect(Self.problems(both, file: "w.pb") == [
            "w.pb:9:2: error: cost 'viel' of project 2 is not an amount; write it as 200000 or 1546168.66",
            "w.pb:13: error: a second VOTES section (the first is on line 10); a pabulib file has one META, one PROJECTS and one VOTES section, so this file cannot be read",
        ])
    }

    @Test("the small .pb seeds of fuzz-pb read, one per vote type, with CRLF, quoted names, decimal budgets and None among them")
    func smallPabulibSeeds() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/pabulib-small")
        var kinds: [String: BallotKind] = [:]
        for name in ["approval", "choose-1", "cumulative", "scoring", "ordinal", "crlf"] {
            let file = try BallotFileReader.read(path: folder.appendingPathComponent("\(name).pb").path, shownAs: "\(name).pb")
            kinds[name] = file.profile.kind
        }
        #expect(kinds == ["approval": .approvals, "choose-1": .approvals, "cumulative": .points, "scoring": .scores, "ordinal": .ranking, "crlf": .approvals])
        let approval = try BallotFileReader.read(path: folder.appendingPathComponent("approval.pb").path, shownAs: "approval.pb")
        #expect(approval.profile.options[1].name == "Spielplatz \"Am Wall\"")
        #expect(approval.profile.abstentions == 1)
        #expect(approval.declaredSupport == [3, 3, 2, nil])
        let crlf = try BallotFileReader.read(path: folder.appendingPathComponent("crlf.pb").path, shownAs: "crlf.pb")
        #expect(crlf.profile.budget == nil)
        #expect(crlf.profile.options[0].name == "Platz \"Mitte\";Nord")
        #expect(crlf.profile.options[0].cost == Rational(2001, 2))
        let cumulative = try BallotFileReader.read(path: folder.appendingPathComponent("cumulative.pb").path, shownAs: "cumulative.pb")
        #expect(cumulative.profile.budget == Rational(154616866, 100))
    }

    @Test("the ballot log ballots.csv: one vote counted, the one asked for when there are several; a voter twice is an error")
    func ballotLog() throws {
        let log = "vote,ballot,voter,choices,recorded_at\npunkte,B1,AK-01,P3:2 P19,\npunkte,B2,AK-02,P19,\nandere,B1,AK-01,P1,\n"
        #expect(Self.problems(log, file: "ballots.csv").first?.contains("holds ballots of 2 votes (andere, punkte); name the one to count with --vote") == true)
        let file = try Self.read(log, file: "ballots.csv", options: .init(vote: "punkte"))
        #expect(file.format == .ballotLog)
        #expect(Ballots.scores(try Ballots.count(.points, file.profile), file.profile) == ["P3": 2, "P19": 2])
        let twice = "vote,ballot,voter,choices\npunkte,B1,AK-01,P3\npunkte,B2,AK-01,P19\n"
        #expect(Self.problems(twice, file: "ballots.csv") == [
            "ballots.csv:3:3: error: voter AK-01 already voted in punkte (ballots.csv:2); one ballot per voter"
        ])
    }

    @Test("A PrefLib file into a workspace vote: alternative k is the vote's k-th option; another number of options, or a name that says otherwise, is refused")
    func prefLibIntoVote() throws {
        // PrefLib 00002-00000001: Debian's 2002 leader election, 475 voters, alternatives 1–4.
        let file = try BallotFileReader.read(bytes: try TestData.bytes("preflib/00002-00000001.soi"), file: "00002-00000001.soi")
        let vote = Vote(id: "leader", title: "Leader", method: .ranked(length: nil, ties: false), options: ["P3", "P1", "P7", "P2"], voters: .anonymous)
        let ballots = try BallotImport.ballots(from: file, for: vote)
        #expect(ballots.count == 475)
        // The file's first order, 60 times "3,1,2,4", is P7 (alternative 3), P3, P1, P2.
        #expect(ballots.prefix(60).allSatisfy { $0.value.content == .ranking([["P7"], ["P3"], ["P1"], ["P2"]]) })
        // Counted in the workspace, the vote has the file's Schulze ranking, option for option.
        let workspace = Workspace(id: "t", process: ParticipationProcess(title: "T"), votes: [vote], ballots: BallotSet(ballots.map(\.value)))
        #expect(VoteResult(vote, in: workspace).result?.ranking == (try Ballots.count(.schulze, file.profile)).ranking)

        let three = Vote(id: "three", title: "Three", method: .ranked(length: nil, ties: false), options: ["P3", "P1", "P7"], voters: .anonymous)
        #expect(throws: WorkspaceError.self) { try BallotImport.ballots(from: file, for: three) }
        do {
            _ = try BallotImport.ballots(from: file, for: three)
        } catch {
            guard case .refused(let reason) = error else { throw error }
            #expect(reason == "00002-00000001.soi has 4 alternatives and vote three has 3 options; PrefLib numbers its alternatives, and alternative k is the vote's k-th option (P3, P1, P7)")
        }
        let named = try Self.read("# DATA TYPE: soc\n# NUMBER ALTERNATIVES: 2\n# ALTERNATIVE NAME 1: P1\n# ALTERNATIVE NAME 2: P3\n1: 1,2\n", file: "named.soc")
        let pair = Vote(id: "pair", title: "Pair", method: .ranked(length: nil, ties: false), options: ["P3", "P1"], voters: .anonymous)
        do {
            _ = try BallotImport.ballots(from: named, for: pair)
            Issue.record("a name that contradicts the order was taken")
        } catch {
            guard case .refused(let reason) = error else { throw error }
            #expect(reason.contains("alternative 1 is named P1, but it stands for the vote's option number 1, P3"))
        }
        let inOrder = Vote(id: "pair", title: "Pair", method: .ranked(length: nil, ties: false), options: ["P1", "P3"], voters: .anonymous)
        #expect(try BallotImport.ballots(from: named, for: inOrder).map(\.value.content) == [.ranking([["P1"], ["P3"]])])
    }

    /// A format-2 ballot log of `records` (kind, vote, ballot, voter, content), one batch each.
    static func log(_ records: [[String]]) -> String {
        var log = LogBuilder(.ballots)
        for record in records { log.appendBatch([record + ["", ""]]) }
        return String(decoding: log.bytes, as: UTF8.self)
    }

    @Test("the ballot log is read in one pass, or two when a late record changes earlier ballots: a void, a value, a ranking, a poster count")
    func ballotLogLearntLate() throws {
        // Bare ids read as approvals until a value shows they are points (one point each).
        let points = try Self.read(
            Self.log([["ballot", "v", "B1", "", "P3 P10"], ["ballot", "v", "B2", "", "abstain"], ["ballot", "v", "B3", "", "P10:2"]]), file: "ballots.csv")
        #expect(points.profile.kind == .points && points.metadata("kind") == "points")
        #expect(points.profile.options.map(\.id) == ["P3", "P10"])
        #expect(Ballots.scores(try Ballots.count(.points, points.profile), points.profile) == ["P3": 1, "P10": 3])
        #expect(points.profile.voters == 3 && points.profile.abstentions == 1)
        let ranked = try Self.read(Self.log([["ballot", "v", "B1", "", "P1"], ["ballot", "v", "B2", "", "P2,P1"]]), file: "ballots.csv")
        #expect(ranked.profile.kind == .ranking && ranked.profile.distinctBallots == 2)
        // A void after its ballot: the ballot, and the vote it alone made, drop out.
        let voided = try Self.read(
            Self.log([
                ["ballot", "alt", "B1", "AK-01", "P9"], ["ballot", "v", "B1", "AK-01", "P1"], ["ballot", "v", "B2", "AK-01", "P2"],
                ["void", "v", "B1", "", ""], ["void", "alt", "B1", "", ""],
            ]), file: "ballots.csv")
        #expect(voided.metadata("vote") == "v" && voided.profile.options.map(\.id) == ["P2"] && voided.profile.voters == 1)
        // A poster count makes the vote's ballots points, and its options count too.
        let posters = try Self.read(
            Self.log([["ballot", "v", "B1", "", "P1 P2"], ["count", "v", "C1", "", "P2:5 P7:3"], ["ballot", "v", "B2", "", "P2"]]), file: "ballots.csv")
        #expect(posters.profile.kind == .points && posters.profile.options.map(\.id) == ["P1", "P2", "P7"])
        #expect(posters.profile.posterPoints == [0, 5, 3] && posters.profile.voters == 2)
        // Every bad ballot of the vote is reported at its line and field, whatever the pass.
        let broken = Self.log([
            ["ballot", "v", "B1", "", "P1:2 P1"], ["ballot", "v", "B2", "", "P2:x"], ["ballot", "v", "B3", "", "P1"], ["ballot", "v", "B4", "", "+P1"],
        ])
        #expect(Self.problems(broken, file: "ballots.csv") == [
            "ballots.csv:3:6: error: option P1 appears twice; give it all its points in one choice, as P1:2",
            "ballots.csv:4:6: error: 'P2:x': points must be a whole number from 1 to 1000000, as in P2:2",
            "ballots.csv:6:6: error: '+P1': item id '+P1' may hold only letters A–Z, digits, '-', '_' and '.', starting with a letter or digit",
        ])
    }

    @Test("the Coesfeld ballot log in format 2 counts as the workspace's vote result; a voided ballot and an uncommitted tail do not count")
    func ballotLogFormat2() throws {
        let path = Fixtures.coesfeldFolder.appendingPathComponent("ballots.csv").path
        let file = try BallotFileReader.read(path: path, shownAs: "ballots.csv")
        #expect(file.format == .ballotLog)
        let evaluation = Evaluation(try Fixtures.coesfeld())
        let tally = try #require(evaluation.voteResults.first)
        let points = try #require(tally.points)
        #expect(file.profile.voters == tally.profile.voters)
        let counted = Ballots.scores(try Ballots.count(.points, file.profile), file.profile)
        #expect(counted == Dictionary(uniqueKeysWithValues: points.map { ($0.key.rawValue, Rational($0.value)) }).filter { counted[$0.key] != nil })
        #expect(counted.values.reduce(Rational.zero, +) == Rational(points.values.reduce(0, +)))

        // Records after the last chain value are not committed: a torn tail does not count.
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lastSeq = try #require(text.split(separator: "\n").last.flatMap { Int($0.prefix { $0 != "," }) })
        let withTail = try Self.read(text + "\(lastSeq + 1),ballot,\(tally.vote.id),B999,,P1:3,,,\n", file: "ballots.csv")
        #expect(withTail.profile.voters == tally.profile.voters)

        // A voided ballot drops out.
        let folder = try TemporaryFolder()
        let copy = folder.url.appendingPathComponent("coesfeld-12")
        try FileManager.default.copyItem(at: Fixtures.coesfeldFolder, to: copy)
        let store = WorkspaceStore(folder: copy, shownAs: "coesfeld-12")
        let firstBallot = try #require(text.split(separator: "\n").first { $0.contains(",ballot,\(tally.vote.id),") })
        _ = try store.void(BallotID(String(firstBallot.split(separator: ",")[3])), in: tally.vote.id, reason: "test", at: nil)
        let voided = try BallotFileReader.read(path: copy.appendingPathComponent("ballots.csv").path, shownAs: "ballots.csv")
        #expect(voided.profile.voters == tally.profile.voters - 1)
    }

    @Test("counting a format-2 ballot log verifies its chain: a committed ballot changed afterwards is refused at its line")
    func ballotLogChainChecked() throws {
        let path = Fixtures.coesfeldFolder.appendingPathComponent("ballots.csv").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let index = try #require(lines.firstIndex { $0.hasPrefix("2,ballot,") })
        #expect(lines[index].contains(",P19:2 P25:2 P26,"))
        lines[index] = lines[index].replacingOccurrences(of: ",P19:2 P25:2 P26,", with: ",P19:2 P25:2 P27,")
        let problems = Self.problems(lines.joined(separator: "\n"), file: "ballots.csv")
        #expect(!problems.isEmpty)
        #expect(problems.contains { $0.hasPrefix("ballots.csv:\(index + 1):") && $0.contains("chain") })
    }

    @Test("a ballot,choices CSV in the notation: the kind is inferred from all rows or given")
    func notationCSV() throws {
        let ranked = try Self.read("ballot,choices\n1,\"P3,P1=P7,P2\"\n2,P1 > P3\n3,abstain\n", file: "ranked.csv")
        #expect(ranked.profile.kind == .ranking)
        #expect(ranked.profile.hasTies)
        #expect(ranked.profile.abstentions == 1)
        #expect(ranked.metadata("kind") == "ranking (inferred)")
        let scores = try Self.read("ballot,choices\n1,P3:4 P19:0\n2,P3:1\n", file: "s.csv")
        #expect(scores.profile.kind == .scores)
        let approvals = try Self.read("ballot,choices\n1,P3 P19\n", file: "a.csv")
        #expect(approvals.profile.kind == .approvals)
        let given = try Self.read("ballot,choices\n1,\"P3,P19\"\n", file: "g.csv", options: .init(kind: .approvals))
        #expect(given.profile.kind == .approvals)
        let problems = Self.problems("ballot,choices\n1,P3:2\n1,P3:x\n", file: "p.csv")
        #expect(problems.contains { $0.hasPrefix("p.csv:3:1: error: ballot '1' appears twice") })
        #expect(problems.contains { $0.hasPrefix("p.csv:3:2: error: 'P3:x': points must be a whole number") })
    }

    @Test("records split across read chunks (CRLF, a CR at a chunk's end, quotes with line breaks) read the same as whole")
    func chunkBoundaries() throws {
        let text = "a;b\r\n\"x\r\ny\";\"q\"\"q\"\r\n\r\nlast;one;\rmac;line\n;\n"
        func records(chunk: Int) throws -> [[String]] {
            let bytes = Array(text.utf8)
            var offset = 0
            var reader = RecordReader(file: "t", separator: UInt8(ascii: ";"), chunkSize: chunk) { target in
                let count = min(target.count, bytes.count - offset, 3)
                for index in 0..<count { target[index] = bytes[offset + index] }
                offset += count
                return count
            }
            var all: [[String]] = []
            while try reader.next() { all.append((0..<reader.fieldCount).map { String(decoding: reader.field($0), as: UTF8.self) }) }
            #expect(try reader.sha256() == SHA256.hex(bytes))
            return all
        }
        let expected = [["a", "b"], ["x\r\ny", "q\"q"], ["last", "one", ""], ["mac", "line"], ["", ""]]
        #expect(try records(chunk: 64) == expected)
        #expect(try records(chunk: 1 << 16) == expected)
    }

    @Test("the profile keeps each distinct ballot once, whatever the order it was written in")
    func distinctBallots() throws {
        let profile = Ballots.profile(.approvals, options: ["A", "B", "C"], [(2, "A B"), (3, "B A"), (1, "C"), (4, "abstain")])
        #expect(profile.distinctBallots == 2)
        #expect(profile.voters == 10 && profile.abstentions == 4)
        #expect(profile.ballot(0).count == 5)
        let ranked = Ballots.profile(.ranking, options: ["A", "B", "C"], [(1, "A,C=B"), (1, "A,B=C")])
        #expect(ranked.distinctBallots == 1)
        #expect(ranked.ballot(0).content == .ranking([["A"], ["B", "C"]]))
        var builder = BallotProfileBuilder(kind: .points, options: [CountOption(id: "A")])
        #expect(throws: BallotNotationError.self) { try builder.add(.approvals(["A"])).get() }
        #expect(throws: BallotNotationError.self) { try builder.add(.points([OptionValue("Z", 1)])).get() }
    }
}
