import Foundation
import Testing
import WorkshopKit

/// The "done when", end to end on a temporary copy of the Coesfeld example: a dot vote
/// in kiosk mode on the projects, a form export and a .pb file imported, every counting rule
/// applied, the results published. (Scripts/check-kiosk-tmux does the kiosk part under a
/// pseudo-terminal.)
@Suite("A moderator's vote, end to end")
struct ModeratorTests {
    let w = "Workshops/coesfeld-12"

    @Test("Kiosk, form, .pb, every rule, published")
    func endToEnd() throws {
        let sandbox = try Sandbox()
        let epoch = ["SOURCE_DATE_EPOCH": "1598349600"]
        func ok(_ arguments: String...) {
            let outcome = sandbox.run(arguments: arguments)
            #expect(outcome.status == 0, "\(arguments): \(outcome.errors)")
        }
        // A dot vote on all 28 projects, three voters at the kiosk.
        ok("add-vote", w, "--id", "saal", "--title", "Punkte im Saal", "--method", "dots", "--dots", "5", "--max-per-option", "2",
            "--all-projects", "--voters", "anonymous")
        let script = ["19:2 25:2 26", "", "j", "", "19 1 8:2 14", "", "j", "", "25:2 19:2 3", "", "j"].joined(separator: "\n") + "\n"
        let kiosk = try BinaryTests.launch(["kiosk", w, "--vote", "saal"], in: sandbox.root, environment: epoch, input: script)
        #expect(kiosk.status == 0 && kiosk.errors.contains("3 Stimmzettel"), "\(kiosk.errors)")

        // An online form (approval by token holders) and a .pb file (a budget vote) imported.
        ok("add-vote", w, "--id", "umfrage", "--title", "Online-Umfrage", "--method", "approval", "--voters", "tokens",
            "--option", "P19", "--option", "P25", "--option", "P26")
        let codes = sandbox.run("tokens", w, "--vote", "umfrage", "--count", "2").output.split(separator: "\n").map(String.init)
        try sandbox.write("Code,P19,P25,P26\n\(codes[0]),x,x,\n\(codes[1]),,x,x\n", to: "umfrage.csv")
        ok("vote", w, "--vote", "umfrage", "--form", "umfrage.csv", "--voter-column", "Code")
        ok("add-vote", w, "--id", "budget", "--title", "Bürgerbudget", "--method", "budget", "--budget", "1000", "--cost", "P19=600",
            "--cost", "P25=400", "--cost", "P26=300", "--voters", "anonymous", "--option", "P19", "--option", "P25", "--option", "P26")
        try sandbox.write(
            "META\nkey;value\nnum_projects;3\nnum_votes;3\nbudget;1000\nvote_type;approval\nmin_project_score_threshold;2\nPROJECTS\nproject_id;cost\nP19;600\nP25;400\nP26;300\nVOTES\nvoter_id;vote\n1;P19,P26\n2;P25,P26\n3;P19\n",
            to: "budget.pb")
        ok("vote", w, "--vote", "budget", "--from", "budget.pb")

        // Ranked and score ballots typed in one by one.
        ok("add-vote", w, "--id", "rang", "--title", "Rangfolge", "--method", "ranked", "--ties", "--voters", "anonymous",
            "--option", "P19", "--option", "P25", "--option", "P26")
        for ranking in ["P19,P25,P26", "P25,P19=P26", "P26,P25", "P19,P26,P25"] { ok("vote", w, "--vote", "rang", ranking) }
        ok("add-vote", w, "--id", "noten", "--title", "Noten", "--method", "score", "--min-score", "0", "--max-score", "5", "--voters", "anonymous",
            "--option", "P19", "--option", "P25")
        ok("vote", w, "--vote", "noten", "P19:5", "P25:2")

        // Every rule, on the vote whose ballots it counts.
        let rules: [(vote: String, rules: [RuleName])] = [
            ("saal", [.points]), ("umfrage", [.approval]), ("noten", [.score]),
            ("rang", [.plurality, .borda, .schulze, .irv, .copeland, .minimax, .pairwise]),
            ("budget", [.approval, .greedy, .greedyNoSkip, .greedyCost, .mes, .mesComplete]),
        ]
        // A minimum support is a file's (pabulib's META), not a workspace vote's: greedy-threshold counts the file.
        #expect(Set(rules.flatMap(\.rules) + [.greedyThreshold]) == Set(RuleName.allCases))
        let threshold = sandbox.run("count", "budget.pb", "--rule", "greedy-threshold", "--format", "json")
        #expect(try GatheringTests.object(threshold.output)["selected"] as? [String] == ["P19", "P26"])
        for (vote, names) in rules {
            let compare = names.map(\.rawValue).joined(separator: ",")
            let outcome = sandbox.run("vote", w, "--results", "--vote", vote, "--compare", compare + (names.count == 1 ? "," + compare : ""), "--format", "json")
            #expect(outcome.status == 0, "\(vote): \(outcome.errors)")
        }
        let saal = try #require((try GatheringTests.object(sandbox.run("vote", w, "--results", "--vote", "saal", "--format", "json").output)["votes"] as? [[String: Any]])?.first)
        #expect(saal["ballots"] as? Int == 3)
        #expect((saal["winners"] as? [String]) == ["P19"])  // 2 + 1 + 2 dots
        let budget = try #require((try GatheringTests.object(sandbox.run("vote", w, "--results", "--vote", "budget", "--format", "json").output)["votes"] as? [[String: Any]])?.first)
        #expect(Set(budget["selected"] as? [String] ?? []) == ["P19", "P26"])  // greedy: P19 and P26 (2 votes each) fit, P25 then does not

        // Published: the results as Markdown, a .pb for the field's tools, the exports.
        let published = sandbox.run("vote", w, "--results", "--format", "md")
        #expect(published.status == 0 && published.output.contains("## Punkte im Saal (saal)"))
        ok("vote", w, "--vote", "saal", "--export-pb", "saal.pb")
        #expect(sandbox.run("count", "saal.pb").status == 0)
        ok("check", w)
        ok("run", w)
        let votesCSV = try sandbox.read("Exports/coesfeld-12/votes.csv")
        #expect(votesCSV.contains("saal;points;1;P19;Smarter unterwegs;5;Punkte;;3"))
        #expect(votesCSV.contains("budget;greedy;1;P19;Smarter unterwegs;2;Stimmzettel, die die Option nennen;gefördert;"))
        // votes.md: the same result, the ballot log's hash, and a command that re-runs the count.
        let votesMD = try sandbox.read("Exports/coesfeld-12/votes.md")
        #expect(votesMD.contains("| 1 | [P19](briefs/P19.md) | Smarter unterwegs | 2 | gefördert |"))
        #expect(votesMD.contains("|  | [P25](briefs/P25.md) | Basis für die smarte Region | 1 | nicht gefördert |"))
        let log = try Data(contentsOf: sandbox.root.appendingPathComponent("\(w)/ballots.csv"))
        #expect(votesMD.contains("ballots.csv, SHA-256 `\(SHA256.hex(Array(log)))`"))
        // The log holds no costs: a budget vote is counted again on the workspace, any other from the log alone.
        #expect(votesMD.contains("`workshop vote \(w) --results --vote budget --rule greedy`"))
        let rerun = sandbox.run("vote", w, "--results", "--vote", "budget", "--rule", "greedy", "--format", "json")
        #expect((try GatheringTests.object(rerun.output)["votes"] as? [[String: Any]])?.first?["selected"] as? [String] == ["P19", "P26"])
        #expect(votesMD.contains("`workshop count \(w)/ballots.csv --vote rang --rule schulze`"))
        let ranked = sandbox.run("count", "\(w)/ballots.csv", "--vote", "rang", "--rule", "schulze", "--format", "json")
        let winners = try #require(try GatheringTests.object(ranked.output)["winners"] as? [String])
        let results = sandbox.run("vote", w, "--results", "--vote", "rang", "--format", "json")
        #expect((try GatheringTests.object(results.output)["votes"] as? [[String: Any]])?.first?["winners"] as? [String] == winners)
        for winner in winners { #expect(votesMD.contains("| 1 | [\(winner)](briefs/\(winner).md) |"), "\(winner)") }
        #expect(votesMD.contains("| 1 | [P19](briefs/P19.md) | Smarter unterwegs | 3 |"))
        for vote in ["saal", "umfrage", "budget", "rang", "noten"] {
            let chart = try sandbox.read("Exports/coesfeld-12/charts/vote-\(vote).svg")
            #expect(chart.hasPrefix("<?xml") || chart.hasPrefix("<svg"), "\(vote)")
            #expect(votesMD.contains("](charts/vote-\(vote).svg)"), "\(vote)")
        }
        // Secrecy: no token reaches a result or an export.
        for code in codes {
            #expect(!published.output.contains(code) && !votesCSV.contains(code))
            #expect(!(try sandbox.read("Exports/coesfeld-12/report.html")).contains(code) && !votesMD.contains(code))
        }
    }
}
