import Foundation
import Testing
import WorkshopCLI
import WorkshopKit

/// `workshop count` on ballot files, in process.
@Suite("workshop count")
struct CountCommandTests {
    /// A fixture file's path, as the command line would name it.
    static func fixture(_ path: String) -> String {
        Sandbox.packageRoot.appendingPathComponent("Tests/WorkshopKitTests/Fixtures/testdata/\(path)").path
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("without --rule it counts with the rule the file names, and says what it counted")
    func namedRule() throws {
        let sandbox = try Sandbox(withExample: false)
        let outcome = sandbox.run("count", Self.fixture("pabulib/Netherlands_Amsterdam_588.pb"))
        #expect(outcome.status == 0)
        #expect(outcome.errors.isEmpty)
        #expect(outcome.output.contains("greedy: budget: projects by support, skipping those that no longer fit"))
        #expect(outcome.output.contains("sha256 8186a63947236d3f2bb934524ef8cdcd5108015a117c73f745864cdd29819cac"))
        #expect(outcome.output.contains("Funded 9 projects for 99802 of 100000; 198 left."))
        #expect(!outcome.output.contains("█"))
        let terminal = sandbox.run("count", Self.fixture("pabulib/Netherlands_Amsterdam_588.pb"), terminal: true)
        #expect(terminal.output.contains("█"))
        #expect(terminal.output.contains("\u{1B}[1m"))
    }

    @Test("--format json: rule, parameters, ballots, input_sha256, selected in order, exact cost, budget and left")
    func budgetJSON() throws {
        let sandbox = try Sandbox(withExample: false)
        let outcome = sandbox.run("count", Self.fixture("pabulib/Poland_Krakow_2024_Stare_Miasto.pb"), "--format", "json")
        #expect(outcome.status == 0)
        let object = try Self.json(outcome.output)
        #expect(object["rule"] as? String == "greedy")
        #expect(object["ballots"] as? Int == 1726)
        #expect(object["input_sha256"] as? String == "7dc388e9b86cf3673c6a2c0c550e08bf62137e353992c8d00cda5fc30c72e4f4")
        #expect(object["budget"] as? String == "1546168.66")
        #expect((object["parameters"] as? [String: String])?["budget"] == "1546168.66")
        let selected = try #require(object["selected"] as? [String])
        #expect(selected.first == "BO.D1.3/24")
        let cost = try #require(object["cost"] as? String)
        let left = try #require(object["left"] as? String)
        #expect(Rational(exactText: cost)! + Rational(exactText: left)! == Rational(exactText: "1546168.66")!)
        let explanation = try #require(object["explanation"] as? [String: Any])
        #expect(explanation["kind"] as? String == "greedy")
        #expect(object["winners"] == nil)
        #expect(object["abstentions"] as? Int == 0)
        #expect((object["tie_break"] as? String)?.contains("Unicode code points") == true)
        let input = try #require(object["input"] as? [String: Any])
        #expect(input["format"] as? String == "pabulib" && input["bytes"] as? Int == 81160)
    }

    @Test("--format json for a ranking rule: winners is always an array, ranking an array of tie groups, with the explanation")
    func rankingJSON() throws {
        let sandbox = try Sandbox(withExample: false)
        let outcome = sandbox.run("count", Self.fixture("preflib/00002-00000006.toc"), "--rule", "irv", "--format", "json")
        #expect(outcome.status == 0)
        let object = try Self.json(outcome.output)
        #expect(object["rule"] as? String == "irv")
        #expect(object["winners"] as? [String] == ["1"])
        let ranking = try #require(object["ranking"] as? [[String]])
        #expect(ranking.flatMap { $0 }.sorted() == ["1", "2", "3", "4", "5"])
        let rounds = try #require((object["explanation"] as? [String: Any])?["rounds"] as? [[String: Any]])
        #expect(!rounds.isEmpty)
    }

    @Test("--format csv and md carry the rule, parameters, ballot count and the input's hash")
    func csvAndMarkdown() throws {
        let sandbox = try Sandbox(withExample: false)
        let file = Self.fixture("pabulib/Netherlands_Amsterdam_588.pb")
        let csv = sandbox.run("count", file, "--rule", "mes", "--format", "csv")
        #expect(csv.status == 0)
        let lines = csv.output.split(separator: "\r\n")
        #expect(lines.first == "rule,input_sha256,ballots,parameters,step,project,name,cost,supporters,decision,payment")
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("mes,8186a63947236d3f2bb934524ef8cdcd5108015a117c73f745864cdd29819cac,212,") })
        #expect(lines.count == 16)
        let markdown = sandbox.run("count", file, "--rule", "approval", "--format", "md")
        #expect(markdown.status == 0)
        #expect(markdown.output.contains("SHA-256 `8186a63947236d3f2bb934524ef8cdcd5108015a117c73f745864cdd29819cac`"))
        #expect(markdown.output.contains("- **Re-run:** `workshop count \(file) --rule approval`"))
        #expect(markdown.output.contains("| place | option | name"))
        let matrix = sandbox.run("count", Self.fixture("preflib/00002-00000006.toc"), "--rule", "schulze", "--format", "md")
        #expect(matrix.output.contains("Voters preferring the row's option to the column's:"))
        let scores = try Self.json(sandbox.run("count", file, "--rule", "approval", "--format", "json").output)
        #expect((scores["scores"] as? [String: String])?["42192"] == "123")
    }

    @Test("--compare counts side by side and names the options the rules disagree on")
    func compare() throws {
        let sandbox = try Sandbox(withExample: false)
        let file = Self.fixture("pabulib/Poland_Krakow_2024_Nowa_Huta.pb")
        let text = sandbox.run("count", file, "--compare", "points,borda")
        #expect(text.status == 0)
        #expect(text.output.contains("The rules disagree on"))
        let json = try Self.json(sandbox.run("count", file, "--compare", "greedy,mes", "--format", "json").output)
        #expect(json["rules"] as? [String] == ["greedy", "mes"])
        #expect(json["agree"] as? Bool == false)
        #expect((json["results"] as? [Any])?.count == 2)
    }

    @Test("a file that names no rule: exit 64 and the rules that can count it")
    func noRule() throws {
        let sandbox = try Sandbox(withExample: false)
        let outcome = sandbox.run("count", Self.fixture("preflib/00002-00000001.soi"))
        #expect(outcome.status == 64)
        #expect(outcome.errors.contains("names no counting rule; choose one with --rule: points, approval, plurality, borda, schulze, irv, copeland, minimax, pairwise"))
    }

    @Test("an unknown rule is a usage error with a suggestion; a rule that cannot count the ballots is bad data with the reason")
    func wrongRules() throws {
        let sandbox = try Sandbox(withExample: false)
        let file = Self.fixture("pabulib/Netherlands_Amsterdam_588.pb")
        let unknown = sandbox.run("count", file, "--rule", "shulze")
        #expect(unknown.status == 64)
        #expect(unknown.errors.contains("unknown rule 'shulze'; did you mean 'schulze'?"))
        let wrong = sandbox.run("count", file, "--rule", "schulze")
        #expect(wrong.status == 65)
        #expect(wrong.errors.contains("schulze cannot count"))
        #expect(wrong.errors.contains("schulze counts rankings, but these are approval ballots"))
        #expect(sandbox.run("count", file, "--rule", "mes", "--compare", "greedy").status == 64)
        #expect(sandbox.run("count", file, "--format", "xml").status == 64)
    }

    @Test("a missing file is exit 66; a broken file is exit 65 with file, line and field")
    func badInput() throws {
        let sandbox = try Sandbox(withExample: false)
        #expect(sandbox.run("count", "nowhere.pb").status == 66)
        try sandbox.write("META\nkey;value\nvote_type;approval\nbudget;10\nPROJECTS\nproject_id;cost\n1;5\nVOTES\nvoter_id;vote\n1;7\n", to: "bad.pb")
        let outcome = sandbox.run("count", "bad.pb")
        #expect(outcome.status == 65)
        #expect(outcome.errors.contains("bad.pb:10:2: error: unknown project '7' in this vote; it is not in PROJECTS"))
    }

    @Test("the toolkit's ballot CSVs count too: a notation CSV of rankings, a ballots.csv with --vote")
    func toolkitCSV() throws {
        let sandbox = try Sandbox(withExample: false)
        try sandbox.write("ballot,choices\n1,\"A,B,C\"\n2,\"B,C,A\"\n3,\"A,C,B\"\n", to: "ranked.csv")
        let ranked = sandbox.run("count", "ranked.csv", "--rule", "schulze")
        #expect(ranked.status == 0)
        #expect(ranked.output.contains("Winner: A."))
        try sandbox.write("vote,ballot,voter,choices\npunkte,B1,AK-01,P3:2 P19\nandere,B1,AK-01,P1\n", to: "ballots.csv")
        #expect(sandbox.run("count", "ballots.csv", "--rule", "points").status == 65)
        let points = sandbox.run("count", "ballots.csv", "--vote", "punkte", "--rule", "points")
        #expect(points.status == 0)
        #expect(points.output.contains("Winner: P3."))
        try sandbox.write("ballot,choices\n1,\"P3,P19\"\n2,P19\n", to: "approvals.csv")
        // ',' between ids reads as rankings; --kind approvals reads approvals, which borda cannot count.
        #expect(sandbox.run("count", "approvals.csv", "--rule", "borda").status == 0)
        #expect(sandbox.run("count", "approvals.csv", "--kind", "approvals", "--rule", "borda").status == 65)
        let approvals = sandbox.run("count", "approvals.csv", "--kind", "approvals", "--rule", "approval", "--format", "json")
        #expect(try Self.json(approvals.output)["winners"] as? [String] == ["P19"])
        #expect(sandbox.run("count", "approvals.csv", "--kind", "votes").status == 64)
    }

    @Test("no progress on standard error when piped, or on a terminal with NO_COLOR")
    func noProgressWhenPiped() throws {
        let sandbox = try Sandbox(withExample: false)
        let file = Self.fixture("pabulib/Poland_Warszawa_2023_Mokotow.pb")
        #expect(sandbox.run("count", file, "--rule", "mes").errors.isEmpty)
        sandbox.environment["NO_COLOR"] = "1"
        #expect(sandbox.run("count", file, "--rule", "mes", terminal: true).errors.isEmpty)
    }

    @Test("count --help explains the formats and has examples")
    func help() throws {
        let sandbox = try Sandbox(withExample: false)
        let help = sandbox.run("count", "--help")
        #expect(help.status == 0)
        #expect(help.output.contains("Usage:\n  workshop count FILE [--rule RULE] [--format text|json|csv|md]"))
        #expect(help.output.contains("workshop count Poland_Krakow_2024_Nowa_Huta.pb --compare points,borda,schulze,irv"))
        for rule in RuleName.allCases { #expect(help.output.contains(rule.rawValue)) }
    }
}
