import Foundation
import Testing
import WorkshopKit

/// Gathering votes: defining them by command, issuing tokens, recording ballots from a kiosk.
@Suite("Gathering votes")
struct GatheringTests {
    let w = "Workshops/coesfeld-12"

    @Test("add-vote defines a vote of every method with its limits; votes.json reads them back")
    func addVoteEveryMethod() throws {
        let sandbox = try Sandbox()
        let runs: [[String]] = [
            ["--id", "d", "--method", "dots", "--dots", "5", "--max-per-option", "2", "--all-projects"],
            ["--id", "c", "--method", "cumulative", "--points", "10", "--max-per-option", "4", "--use-all-points", "--option", "P1", "--option", "P2"],
            ["--id", "a", "--method", "approval", "--min-approvals", "1", "--max-approvals", "3", "--all-projects", "--voters", "anonymous"],
            ["--id", "s", "--method", "score", "--min-score", "0", "--max-score", "5", "--option", "P1", "--option", "P3"],
            ["--id", "r", "--method", "ranked", "--ranking-length", "3", "--ties", "--rule", "schulze", "--voters", "tokens", "--option", "P3", "--option", "P1", "--option", "P7"],
            ["--id", "b", "--method", "budget", "--budget", "1000.50", "--cost", "P1=600", "--cost", "P2=400.50", "--rule", "mes", "--option", "P1", "--option", "P2", "--timestamps", "none", "--voters", "anonymous"],
        ]
        for arguments in runs {
            let outcome = sandbox.run(arguments: ["add-vote", w, "--title", "T"] + arguments)
            #expect(outcome.status == 0, "\(arguments): \(outcome.errors)")
        }
        let json = try sandbox.read("\(w)/votes.json")
        for fragment in [
            "\"dotsPerVoter\": 5", "\"pointsPerVoter\": 10", "\"useAllPoints\": true", "\"minimumApprovals\": 1", "\"maximumScore\": 5",
            "\"rankingLength\": 3", "\"ties\": true", "\"rule\": \"schulze\"", "\"voters\": \"tokens\"", "\"budget\": 1000.50", "\"P2\": 400.50",
            "\"timestamps\": \"none\"", "\"voters\": \"anonymous\"",
        ] {
            #expect(json.contains(fragment), "\(fragment)")
        }
        #expect(sandbox.run("check", w).status == 0)
        // The new votes take ballots as their methods ask.
        #expect(sandbox.run("vote", w, "--vote", "r", "--voter", "T-7KQ2-M9XD", "P3,P1=P7").status == 65)  // no token list yet
        #expect(sandbox.run("vote", w, "--vote", "a", "P1", "P2").status == 0)
        #expect(sandbox.run("vote", w, "--vote", "b", "P1").status == 0)
    }

    @Test("add-vote takes the ideas of a theme that were not set aside")
    func addVoteIdeasOfTheme() throws {
        let sandbox = try Sandbox()
        let outcome = sandbox.run("add-vote", w, "--id", "ideen", "--title", "Ideen", "--method", "approval", "--ideas-of", "bildung")
        #expect(outcome.status == 0, "\(outcome.errors)")
        let unknown = sandbox.run("add-vote", w, "--id", "ideen2", "--title", "Ideen", "--method", "approval", "--ideas-of", "bildungg")
        #expect(unknown.status == 65)
        #expect(unknown.errors.contains("unknown theme 'bildungg'"))
    }

    @Test("add-vote refuses what does not fit, and a changed definition once a vote has opened", arguments: [
        (["--id", "x", "--method", "dots", "--all-projects"], 64, "missing --dots N"),
        (["--id", "x", "--method", "budget", "--budget", "10", "--dots", "3", "--all-projects"], 64, "--dots belongs to dots votes, not budget"),
        (["--id", "x", "--method", "dots", "--dots", "3", "--rule", "schulze", "--all-projects"], 64, "--rule schulze counts a ranked vote"),
        (["--id", "x", "--method", "dots", "--dots", "3"], 64, "name the options one way"),
        (["--id", "x", "--method", "dots", "--dots", "2", "--max-per-option", "3", "--all-projects"], 65, "\"maximumPerOption\" (3) exceeds \"dotsPerVoter\" (2)"),
        (["--id", "x", "--method", "dots", "--dots", "2", "--option", "P99"], 65, "P99"),
        (["--id", "punkte-2020-08-25", "--method", "dots", "--dots", "2", "--all-projects"], 65, "exists already"),
        (["--id", "punkte-2020-08-25", "--method", "dots", "--dots", "3", "--all-projects", "--replace"], 65,
         "vote punkte-2020-08-25 opened with its first ballot (Workshops/coesfeld-12/ballots.csv:3): its method, limits, options, rule, voters and timestamps are frozen; only its title may change. Define the change as a new vote, e.g. --id punkte-2020-08-25-2"),
    ])
    func addVoteRefused(arguments: [String], status: Int32, message: String) throws {
        let sandbox = try Sandbox()
        let before = try sandbox.snapshot(w)
        let outcome = sandbox.run(arguments: ["add-vote", w, "--title", "T"] + arguments)
        #expect(outcome.status == status)
        #expect(outcome.errors.contains(message), "\(outcome.errors)")
        #expect(try sandbox.snapshot(w) == before)
    }

    @Test("A vote that has opened may still change its title; one without ballots may be replaced")
    func addVoteReplace() throws {
        let sandbox = try Sandbox()
        let retitled = sandbox.run(
            "add-vote", w, "--id", "punkte-2020-08-25", "--title", "Punktabfrage (neu)", "--method", "dots", "--dots", "5", "--max-per-option", "2",
            "--all-projects", "--workshop", "ak-2020-08-25", "--replace")
        #expect(retitled.status == 0, "\(retitled.errors)")
        #expect(try sandbox.read("\(w)/votes.json").contains("Punktabfrage (neu)"))
        #expect(sandbox.run("add-vote", w, "--id", "neu", "--title", "N", "--method", "dots", "--dots", "5", "--all-projects").status == 0)
        #expect(sandbox.run("add-vote", w, "--id", "neu", "--title", "N", "--method", "dots", "--dots", "3", "--all-projects", "--replace").status == 0)
        #expect(try sandbox.read("\(w)/votes.json").contains("\"dotsPerVoter\": 3"))
        #expect(sandbox.run("check", w).status == 0)
    }

    @Test("tokens issues new codes to the vote's list, prints them in every format, and a code votes once")
    func tokens() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.run("add-vote", w, "--id", "r", "--title", "R", "--method", "ranked", "--voters", "tokens", "--option", "P1", "--option", "P2").status == 0)
        let text = sandbox.run("tokens", w, "--vote", "r", "--count", "3")
        #expect(text.status == 0, "\(text.errors)")
        let codes = text.output.split(separator: "\n").map(String.init)
        #expect(codes.count == 3 && Set(codes).count == 3)
        #expect(codes.allSatisfy { VoterToken.isIssued($0) })
        #expect(text.errors == "issued 3 codes for r in \(w)/tokens/r.txt\n")
        let md = sandbox.run("tokens", w, "--vote", "r", "--count", "2", "--format", "md")
        #expect(md.output.hasPrefix("# r\n\n| # | Code |\n|---:|---|\n| 1 | `T-"))
        let csv = sandbox.run("tokens", w, "--vote", "r", "--count", "2", "--format", "csv")
        #expect(csv.output.hasPrefix("vote,number,token\nr,1,T-"))
        let list = try sandbox.read("\(w)/tokens/r.txt").split(separator: "\n").map(String.init)
        #expect(list.count == 7 && Set(list).count == 7 && Array(list.prefix(3)) == codes)
        #expect(sandbox.run("vote", w, "--vote", "r", "--voter", codes[0], "P2,P1").status == 0)
        let again = sandbox.run("vote", w, "--vote", "r", "--voter", codes[0], "P1,P2")
        #expect(again.status == 65)
        #expect(again.errors.contains("voter \(codes[0]) already voted in r"))
        let named = sandbox.run("tokens", w, "--vote", "punkte-2020-08-25", "--count", "2")
        #expect(named.status == 65)
        #expect(named.errors.contains("takes named voters, not tokens"))
        #expect(sandbox.run("check", w).status == 0)
    }

    @Test("A list of hashed tokens gets hashed codes; the codes still vote")
    func hashedTokens() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.run("add-vote", w, "--id", "r", "--title", "R", "--method", "approval", "--voters", "tokens", "--all-projects").status == 0)
        try sandbox.write("sha256:\(SHA256.hex(Array("T-AAAA-BBBB".utf8)))\n", to: "\(w)/tokens/r.txt")
        let issued = sandbox.run("tokens", w, "--vote", "r", "--count", "1")
        let code = issued.output.trimmingCharacters(in: .whitespacesAndNewlines)
        let list = try sandbox.read("\(w)/tokens/r.txt")
        #expect(!list.contains(code) && list.contains("sha256:\(SHA256.hex(Array(code.utf8)))"))
        #expect(sandbox.run("vote", w, "--vote", "r", "--voter", code, "P1").status == 0)
    }

    /// The JSON object of a command's output, parsed by Foundation (an independent reader).
    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("vote --results gives the count object of workshop count, with the log's SHA-256 and chain value")
    func resultsAsCount() throws {
        let sandbox = try Sandbox()
        let results = sandbox.run("vote", w, "--results", "--format", "json")
        #expect(results.status == 0, "\(results.errors)")
        let votes = try #require(try Self.object(results.output)["votes"] as? [[String: Any]])
        let punkte = try #require(votes.first)
        let log = try Data(contentsOf: sandbox.root.appendingPathComponent("\(w)/ballots.csv"))
        #expect(punkte["input_sha256"] as? String == SHA256.hex(Array(log)))
        let lastLine = try #require(String(decoding: log, as: UTF8.self).split(separator: "\n").last)
        #expect(punkte["log_chain"] as? String == String(lastLine.split(separator: ",").last ?? ""))
        #expect(punkte["rule"] as? String == "points" && punkte["vote"] as? String == "punkte-2020-08-25")
        #expect(punkte["ballots"] as? Int == 10)
        // The same count from the log file itself, as anyone can re-run it.
        let recount = sandbox.run("count", "\(w)/ballots.csv", "--vote", "punkte-2020-08-25", "--rule", "points", "--format", "json")
        let again = try Self.object(recount.output)
        #expect(again["input_sha256"] as? String == punkte["input_sha256"] as? String)
        #expect(NSDictionary(dictionary: again["scores"] as? [String: Any] ?? [:]).isEqual(to: (punkte["scores"] as? [String: Any] ?? [:]).filter { $0.value as? String != "0" }))
        let text = sandbox.run("vote", w, "--results")
        #expect(text.output.contains("Punktabfrage zur konsolidierten Projektliste (punkte-2020-08-25, dots)"))
        let compare = sandbox.run("vote", w, "--results", "--compare", "points,approval", "--format", "md")
        #expect(compare.status == 0 && compare.output.hasPrefix("## Punktabfrage zur konsolidierten Projektliste (punkte-2020-08-25)\n"))
        #expect(sandbox.run("vote", w, "--results", "--rule", "schulze").status == 65)
        #expect(sandbox.run("vote", w, "--results", "--format", "csv").status == 0)
    }

    @Test("A vote exported as .pb counts to the workspace's own result, for every method", arguments: [
        (["--method", "dots", "--dots", "5", "--max-per-option", "2"], ["P1:2 P3", "P3:2 P2:2 P1", "abstain", "P2"], "points"),
        (["--method", "cumulative", "--points", "6"], ["P1:6", "P2:3 P3:3", "P3:1"], "points"),
        (["--method", "approval", "--max-approvals", "2"], ["P1 P2", "P2", "P3 P1", "P1"], "approval"),
        (["--method", "score", "--min-score", "0", "--max-score", "5"], ["P1:5 P2:0", "P2:4", "P3:3 P1:1"], "score"),
        (["--method", "ranked", "--rule", "irv"], ["P1,P2,P3", "P2,P3", "P3,P1", "P3,P2,P1", "P2"], "irv"),
        (["--method", "budget", "--budget", "1000", "--cost", "P1=600", "--cost", "P2=400.50", "--cost", "P3=300", "--rule", "mes-complete"],
         ["P1 P3", "P2 P3", "P2", "P1"], "mes-complete"),
    ])
    func exportPabulib(arguments: [String], ballots: [String], rule: String) throws {
        let sandbox = try Sandbox()
        let added = sandbox.run(arguments: ["add-vote", w, "--id", "x", "--title", "X; \"Test\"", "--voters", "anonymous", "--option", "P1", "--option", "P2", "--option", "P3"] + arguments)
        #expect(added.status == 0, "\(added.errors)")
        for ballot in ballots { #expect(sandbox.run(arguments: ["vote", w, "--vote", "x"] + ballot.split(separator: " ").map(String.init)).status == 0) }
        #expect(sandbox.run("vote", w, "--vote", "x", "--void", "B000013", "--reason", "Test").status == 0)
        let exported = sandbox.run("vote", w, "--vote", "x", "--export-pb", "x.pb")
        #expect(exported.status == 0, "\(exported.errors)")
        let pb = try sandbox.read("x.pb")
        #expect(!pb.contains("T-") && !pb.contains("B0000"))
        var own = try #require((try Self.object(sandbox.run("vote", w, "--results", "--vote", "x", "--format", "json").output)["votes"] as? [[String: Any]])?.first)
        var counted = try Self.object(sandbox.run("count", "x.pb", "--format", "json").output)
        #expect(own["rule"] as? String == rule && counted["rule"] as? String == rule)
        #expect(own["ballots"] as? Int == ballots.count - 1)
        for key in ["input_sha256", "input", "vote", "title", "method", "voters", "log_chain"] {
            own[key] = nil
            counted[key] = nil
        }
        #expect(NSDictionary(dictionary: own).isEqual(to: counted), "\(own)\n\(counted)")
    }

    @Test("A poster's dot counts are recorded as one count record, add into the points tally and its results, and are voided like a ballot")
    func posterCounts() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.run("add-vote", w, "--id", "x", "--title", "X", "--method", "dots", "--dots", "3", "--max-per-option", "2",
            "--voters", "anonymous", "--option", "P1", "--option", "P2", "--option", "P3").status == 0)
        #expect(sandbox.run("vote", w, "--vote", "x", "P1:2", "P2").status == 0)
        // 12 dots on one option: more than a voter may give, but a poster is no voter.
        let recorded = sandbox.run("vote", w, "--vote", "x", "--poster", "P1:12 P3:5", "--note", "Plakat Saal 2")
        #expect(recorded.output.hasPrefix("recorded poster count T000014 of x (17 points)"), "\(recorded.errors)")
        #expect(sandbox.run("vote", w, "--vote", "x", "--poster", "P2:4", "--ballot", "Plakat-2").status == 0)
        let log = try sandbox.read("\(w)/ballots.csv")
        #expect(log.contains("\n14,count,x,T000014,,P1:12 P3:5,Plakat Saal 2,"))
        #expect(log.contains("\n15,count,x,Plakat-2,,P2:4,,"))
        func results() throws -> [String: Any] {
            try #require((try Self.object(sandbox.run("vote", w, "--results", "--vote", "x", "--format", "json").output)["votes"] as? [[String: Any]])?.first)
        }
        var counted = try results()
        #expect(counted["ballots"] as? Int == 1)
        #expect(counted["scores"] as? [String: String] == ["P1": "14", "P2": "5", "P3": "5"])
        let parameters = try #require(counted["parameters"] as? [String: Any])
        #expect(parameters["poster_points"] as? String == "21 points come from 2 poster count(s), to which per-voter rules do not apply")
        // The log file counted on its own gives the same totals.
        let recount = try Self.object(sandbox.run("count", "\(w)/ballots.csv", "--vote", "x", "--rule", "points", "--format", "json").output)
        #expect(recount["scores"] as? [String: String] == ["P1": "14", "P2": "5", "P3": "5"])
        #expect(sandbox.run("check", w).status == 0)
        // A rule that needs ballots refuses rather than leaving the posters out; so does the .pb export.
        let approval = sandbox.run("vote", w, "--results", "--vote", "x", "--rule", "approval")
        #expect(approval.status == 65 && approval.errors.contains("2 poster count(s) hold points, not ballots"))
        let pb = sandbox.run("vote", w, "--vote", "x", "--export-pb", "x.pb")
        #expect(pb.status == 65 && pb.errors.contains("vote x has 2 poster count(s)") && !sandbox.exists("x.pb"))
        // Voided by its id, like a ballot; an id is used once among ballots and counts.
        #expect(sandbox.run("vote", w, "--vote", "x", "--void", "Plakat-2", "--reason", "doppelt gezählt").status == 0)
        counted = try results()
        #expect(counted["scores"] as? [String: String] == ["P1": "14", "P2": "1", "P3": "5"])
        #expect(sandbox.run("vote", w, "--vote", "x", "--poster", "P2:1", "--ballot", "B000013").errors.contains("already has a ballot or count B000013"))
        #expect(sandbox.run("check", w).status == 0)
    }

    @Test("A poster count is refused for a vote that does not take points, and for options not on the ballot", arguments: [
        (["--vote", "r", "--poster", "P1:3"], 65, "vote r is a ranked vote; poster counts are points and go into dots or cumulative votes only"),
        (["--vote", "x", "--poster", "P9:3"], 65, "'P9' is not an option of this vote"),
        (["--vote", "x", "--poster", "P1:0"], 64, "points must be a whole number"),
        (["--vote", "x", "--poster", "P1:2", "--voter", "AK-01"], 64, "a poster count names no voter"),
    ])
    func posterRefused(arguments: [String], status: Int32, message: String) throws {
        let sandbox = try Sandbox()
        #expect(sandbox.run("add-vote", w, "--id", "x", "--title", "X", "--method", "dots", "--dots", "3", "--voters", "anonymous", "--option", "P1", "--option", "P2").status == 0)
        #expect(sandbox.run("add-vote", w, "--id", "r", "--title", "R", "--method", "ranked", "--voters", "anonymous", "--option", "P1", "--option", "P2").status == 0)
        let before = try sandbox.read("\(w)/ballots.csv")
        let refused = sandbox.run(arguments: ["vote", w] + arguments)
        #expect(refused.status == status && refused.errors.contains(message), "\(refused.errors)")
        #expect(try sandbox.read("\(w)/ballots.csv") == before)
    }

    @Test("check reports a hand-written count record that breaks the rules, and a void of a poster count leaves the ballots counted")
    func posterCheck() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.run("add-vote", w, "--id", "x", "--title", "X", "--method", "dots", "--dots", "3", "--voters", "anonymous", "--option", "P1", "--option", "P2").status == 0)
        #expect(sandbox.run("vote", w, "--vote", "x", "P1").status == 0)
        #expect(sandbox.run("vote", w, "--vote", "x", "--poster", "P1:7").status == 0)
        #expect(sandbox.run("vote", w, "--vote", "x", "--poster", "P2:4").status == 0)
        #expect(sandbox.run("check", w).output.contains("2377 ratings, 11 ballots, 2 poster counts\n"))
        #expect(sandbox.run("vote", w, "--vote", "x", "--void", "T000014", "--reason", "falsch gezählt").status == 0)
        // 10 of Coesfeld and the one above; the poster count left after the void.
        #expect(sandbox.run("check", w).output.contains("2377 ratings, 11 ballots, 1 poster count\n"))
        // A count record with a voter, and one naming no option of the vote, appended by hand.
        let log = try sandbox.read("\(w)/ballots.csv")
        let lines = "17,count,x,T000017,AK-01,P1:2,,2026-12-01,\n18,count,x,T000018,,P7:2,,2026-12-01,"
        let chain = try #require(log.split(separator: "\n").last?.split(separator: ",").last.map(String.init))
        let batch = Array((lines).utf8)
        let value = SHA256.hex(Array(chain.utf8) + batch)
        try sandbox.write(log + lines + value + "\n", to: "\(w)/ballots.csv")
        let check = sandbox.run("check", w)
        #expect(check.status == 65)
        #expect(check.errors.contains("ballots.csv:19:5: error: a count record has no voter; leave field 5 empty"), "\(check.errors)")
        #expect(check.errors.contains("ballots.csv:20:6: error: poster count T000018 of vote x: 'P7' is not an option of this vote"))
    }

    @Test("A torn poster count at the log's end is not counted; check warns, repair removes it")
    func posterTornTail() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.run("add-vote", w, "--id", "x", "--title", "X", "--method", "dots", "--dots", "3", "--voters", "anonymous", "--option", "P1", "--option", "P2").status == 0)
        #expect(sandbox.run("vote", w, "--vote", "x", "--poster", "P1:7").status == 0)
        let log = try sandbox.read("\(w)/ballots.csv")
        try sandbox.write(log + "14,count,x,T000014,,P2:9,,2026-12-01,", to: "\(w)/ballots.csv")
        let check = sandbox.run("check", w)
        #expect(check.status == 0 && check.errors.contains("were never committed"), "\(check.errors)")
        let counted = try Self.object(sandbox.run("count", "\(w)/ballots.csv", "--vote", "x", "--rule", "points", "--format", "json").output)
        #expect(counted["scores"] as? [String: String] == ["P1": "7"])
        #expect(sandbox.run("repair", w, "--yes").status == 0)
        #expect(try sandbox.read("\(w)/ballots.csv") == log)
        #expect(sandbox.run("vote", w, "--vote", "x", "--poster", "P2:9").status == 0)
    }

    @Test("A ranked vote with tied ballots cannot become pabulib, and says why")
    func exportTiesRefused() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.run("add-vote", w, "--id", "x", "--title", "X", "--method", "ranked", "--ties", "--voters", "anonymous", "--all-projects").status == 0)
        #expect(sandbox.run("vote", w, "--vote", "x", "P1=P2,P3").status == 0)
        let refused = sandbox.run("vote", w, "--vote", "x", "--export-pb", "x.pb")
        #expect(refused.status == 65)
        #expect(refused.errors.contains("1 ranked ballots with ties (such as P1=P2,P3)"))
        #expect(!sandbox.exists("x.pb"))
    }

    @Test("A .pb file imports into an anonymous vote as one batch and counts as it did in the file; what does not fit is refused whole")
    func importPabulib() throws {
        let sandbox = try Sandbox()
        let define = ["--title", "B", "--method", "budget", "--budget", "1000", "--cost", "P1=600", "--cost", "P2=400.50", "--cost", "P3=300",
            "--rule", "mes", "--option", "P1", "--option", "P2", "--option", "P3"]
        #expect(sandbox.run(arguments: ["add-vote", w, "--id", "online", "--voters", "anonymous"] + define).status == 0)
        // A small file in pabulib's format (pabulib.org, "format description"): approval ballots with costs.
        let pb = """
            META
            key;value
            description;Online-Abstimmung
            num_projects;3
            num_votes;4
            budget;1000
            vote_type;approval
            rule;mes
            PROJECTS
            project_id;cost;name
            P1;600;Online ins Rathaus
            P2;400.50;Fließende Prozesse
            P3;300;Synergie-Quelle
            VOTES
            voter_id;vote
            1;P1,P3
            2;P2,P3
            3;P2
            4;P1

            """
        try sandbox.write(pb, to: "online.pb")
        let imported = sandbox.run("vote", w, "--vote", "online", "--from", "online.pb")
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output == "recorded 4 ballots in \(w)/ballots.csv\n")
        var own = try #require((try Self.object(sandbox.run("vote", w, "--results", "--vote", "online", "--format", "json").output)["votes"] as? [[String: Any]])?.first)
        var counted = try Self.object(sandbox.run("count", "online.pb", "--format", "json").output)
        for key in ["input_sha256", "input", "vote", "title", "method", "voters", "log_chain"] {
            own[key] = nil
            counted[key] = nil
        }
        #expect(NSDictionary(dictionary: own).isEqual(to: counted))
        #expect(sandbox.run(arguments: ["add-vote", w, "--id", "named"] + define).status == 0)
        let named = sandbox.run("vote", w, "--vote", "named", "--from", "online.pb")
        #expect(named.status == 65 && named.errors.contains("import it into a vote with \"voters\": \"anonymous\""))
        #expect(sandbox.run("add-vote", w, "--id", "rang", "--title", "R", "--method", "ranked", "--voters", "anonymous", "--all-projects").status == 0)
        let kind = sandbox.run("vote", w, "--vote", "rang", "--from", "online.pb")
        #expect(kind.status == 65 && kind.errors.contains("takes ballots written as"))
        try sandbox.write(pb.replacingOccurrences(of: "4;P1", with: "4;P1,P9").replacingOccurrences(of: "P3;300;Synergie-Quelle", with: "P3;300;Synergie-Quelle\nP9;1;X").replacingOccurrences(of: "num_projects;3", with: "num_projects;4"), to: "broken.pb")
        let before = try sandbox.read("\(w)/ballots.csv")
        let broken = sandbox.run("vote", w, "--vote", "online", "--from", "broken.pb")
        #expect(broken.status == 65 && broken.errors.contains("P9"))
        #expect(try sandbox.read("\(w)/ballots.csv") == before)
    }

    @Test("A form export imports by column: ids, titles and grid brackets; other columns are named; a bad cell stops the whole import")
    func importForm() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.run("add-vote", w, "--id", "umfrage", "--title", "U", "--method", "approval", "--voters", "tokens",
            "--option", "P1", "--option", "P3", "--option", "P19").status == 0)
        let codes = sandbox.run("tokens", w, "--vote", "umfrage", "--count", "3").output.split(separator: "\n").map(String.init)
        let form = """
            Zeitstempel,Code,P1,Welche Projekte unterstützen Sie? [Synergie-Quelle],P19 Smarter unterwegs
            2020-08-25 10:00,\(codes[0]),x,,ja
            2020-08-25 10:01,\(codes[1]),,Synergie-Quelle,nein
            2020-08-25 10:02,\(codes[2]),,,

            """
        try sandbox.write(form, to: "form.csv")
        let imported = sandbox.run("vote", w, "--vote", "umfrage", "--form", "form.csv", "--voter-column", "Code")
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.errors == "form.csv: columns that name no option of umfrage, not imported: Zeitstempel\n")
        let log = try sandbox.read("\(w)/ballots.csv")
        #expect(log.contains(",ballot,umfrage,B000013,\(codes[0]),P1 P19,"))
        #expect(log.contains(",ballot,umfrage,B000014,\(codes[1]),P3,"))
        #expect(log.contains(",ballot,umfrage,B000015,\(codes[2]),abstain,"))
        // Ranked forms give places; a cell that is no place is reported with its line and column.
        #expect(sandbox.run("add-vote", w, "--id", "rang", "--title", "R", "--method", "ranked", "--ties", "--voters", "anonymous",
            "--option", "P1", "--option", "P3", "--option", "P19").status == 0)
        try sandbox.write("P1,P3,P19\n2,1,2\n1,,x\n", to: "rang.csv")
        let before = try sandbox.read("\(w)/ballots.csv")
        let bad = sandbox.run("vote", w, "--vote", "rang", "--form", "rang.csv")
        #expect(bad.status == 65)
        #expect(bad.errors.contains("rang.csv:3:3: error: 'x' for P19 is not a place (1 is best)"))
        #expect(try sandbox.read("\(w)/ballots.csv") == before)
        try sandbox.write("P1,P3,P19\n2,1,2\n1,,\n", to: "rang.csv")
        #expect(sandbox.run("vote", w, "--vote", "rang", "--form", "rang.csv").status == 0)
        #expect(try sandbox.read("\(w)/ballots.csv").contains(",ballot,rang,B000017,,P3,P1=P19,") || (try sandbox.read("\(w)/ballots.csv")).contains(",ballot,rang,B000017,,\"P3,P1=P19\","))
    }

    @Test("Paper ballots of every kind import from one CSV into format 2; a ballot log is not taken for a paper CSV")
    func paperBallotsEveryKind() throws {
        let sandbox = try Sandbox()
        let options = ["--voters", "anonymous", "--option", "P1", "--option", "P3", "--option", "P7"]
        #expect(sandbox.run(arguments: ["add-vote", w, "--id", "rang", "--title", "R", "--method", "ranked", "--ties"] + options).status == 0)
        #expect(sandbox.run(arguments: ["add-vote", w, "--id", "noten", "--title", "N", "--method", "score", "--min-score", "0", "--max-score", "5"] + options).status == 0)
        #expect(sandbox.run(arguments: ["add-vote", w, "--id", "ja", "--title", "J", "--method", "approval"] + options).status == 0)
        try sandbox.write("vote,content,ballot\nrang,\"P3,P1=P7\",Z1\nnoten,P1:5 P7:0,Z2\nja,P1 P7,Z3\nrang,abstain,Z4\n", to: "papier.csv")
        let imported = sandbox.run("vote", w, "--from", "papier.csv")
        #expect(imported.output == "recorded 4 ballots in \(w)/ballots.csv\n", "\(imported.errors)")
        let log = try sandbox.read("\(w)/ballots.csv")
        for record in [",ballot,rang,Z1,,\"P3,P1=P7\",", ",ballot,noten,Z2,,P1:5 P7:0,", ",ballot,ja,Z3,,P1 P7,", ",ballot,rang,Z4,,abstain,", ",open,noten,,,,sha256:"] {
            #expect(log.contains(record), "\(record)")
        }
        #expect(sandbox.run("check", w).status == 0)
        try sandbox.write(log, to: "fremd.csv")
        let foreign = sandbox.run("vote", w, "--from", "fremd.csv")
        #expect(foreign.status == 65 && foreign.errors.contains("fremd.csv is a workshop ballot log"))
    }
}
