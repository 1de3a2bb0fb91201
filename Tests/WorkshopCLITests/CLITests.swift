import Foundation
import Testing
import WorkshopCLI
import WorkshopKit

@Suite("The workshop command line")
struct CLITests {
    @Test("Help lists every command; each command has help with usage and examples")
    func help() throws {
        let sandbox = try Sandbox(withExample: false)
        let overview = sandbox.run("--help")
        #expect(overview.status == 0)
        for name in [
            "new", "add-participant", "add-workshop", "add-idea", "rate", "vote", "count", "consolidate", "prioritise", "ranking", "budget", "overview",
            "check", "export", "run", "upgrade", "repair", "erase-participant",
        ] {
            #expect(overview.output.contains("\n  \(name) "), "\(name) missing from --help")
            let viaHelp = sandbox.run("help", name)
            let viaFlag = sandbox.run(name, "--help")
            #expect(viaHelp.status == 0 && viaFlag.status == 0)
            #expect(viaHelp.output == viaFlag.output)
            #expect(viaHelp.output.contains("Usage:\n  workshop \(name)"))
            #expect(viaHelp.output.contains("Examples:\n  workshop \(name)"), "\(name) help has no example")
        }
        #expect(sandbox.run().output == overview.output)
    }

    @Test("Unknown commands and options: one line, usage, exit 64", arguments: [
        (["frobnicate"], "workshop: error: unknown command 'frobnicate'"),
        (["chek"], "workshop: error: unknown command 'chek'; did you mean 'check'?"),
        (["run", "--ot", "x"], "workshop: error: unknown option '--ot'; did you mean '--out'?"),
        (["run", "-x"], "workshop: error: unknown option '-x'"),
        (["rate", "W", "--rater"], "workshop: error: --rater needs a value"),
        (["export", "--csv-profile", "excel"], "workshop: error: --csv-profile 'excel' is not known; use standard, excel-de"),
        (["add-idea"], "workshop: error: name the workspace folder to change"),
    ])
    func usageErrors(_ arguments: [String], _ message: String) throws {
        let sandbox = try Sandbox()
        let console = RecordingConsole()
        let status = WorkshopCLI(arguments: arguments, environment: [:], currentDirectory: sandbox.root).run(console: console)
        #expect(status == 64)
        #expect(console.output.isEmpty)
        let lines = console.errors.split(separator: "\n")
        #expect(lines.first?.hasPrefix(message) == true, "\(console.errors)")
        #expect(lines.dropFirst().first?.hasPrefix("Usage") == true)
    }

    @Test("check: the example passes; a broken workspace lists every problem and exits 65")
    func check() throws {
        let sandbox = try Sandbox()
        let ok = sandbox.run("check")
        #expect(ok.status == 0)
        #expect(ok.output.hasPrefix("Workshops/coesfeld-12: ok"))

        try sandbox.append(
            ratings: [
                Rating(rater: "AK-01", item: "I-MO-01", criterion: "wachstum", score: 11),
                Rating(rater: "AK-99", item: "I-XX-01", criterion: "wachstum", score: 3),
            ], to: "Workshops/coesfeld-12/ratings.csv")
        try sandbox.write("{\"ideas\": [}", to: "Workshops/coesfeld-12/ideas.json")
        let bad = sandbox.run("check", "Workshops/coesfeld-12")
        #expect(bad.status == 65)
        #expect(bad.errors.contains("Workshops/coesfeld-12/ideas.json:1:12: error: unexpected '}'; expected a value"))
        #expect(bad.errors.contains("Workshops/coesfeld-12/ratings.csv:2380:5: error: score '11' is outside 1…5, the scale of criterion wachstum"))
        #expect(bad.errors.contains("Workshops/coesfeld-12/ratings.csv:2381:2: error: rating: unknown participant 'AK-99'; did you mean 'AK-09'?"))
        // ideas.json is broken, so references to ideas are not checked against its partial list.
        #expect(bad.errors.contains("I-XX-01") == false)
        #expect(bad.errors.hasSuffix("3 errors, 0 warnings\n"))

        let json = sandbox.run("check", "Workshops/coesfeld-12", "--format", "json")
        #expect(json.status == 65)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        let report = try #require((parsed?["workspaces"] as? [[String: Any]])?.first)
        #expect(report["ok"] as? Bool == false)
        #expect((report["diagnostics"] as? [Any])?.isEmpty == false)

        #expect(sandbox.run("check", "Workshops/nothing-here").status == 66)
    }

    @Test("The whole workflow of a new process, from the command line")
    func workflow() throws {
        let sandbox = try Sandbox(withExample: false)
        let w = "Workshops/demo"
        #expect(sandbox.run("new", w, "--title", "Demo", "--language", "en", "--theme", "mobility=Mobility", "--theme", "economy=Economy").status == 0)
        #expect(sandbox.run("new", w, "--title", "Again").status == 73)
        #expect(sandbox.run("add-participant", w, "--id", "R1", "--name", "Rater 1", "--role", "AK").status == 0)
        #expect(sandbox.run("add-participant", w, "--id", "R2", "--name", "Rater 2", "--role", "AK").status == 0)
        #expect(sandbox.run("add-workshop", w, "--id", "ws1", "--title", "Mobility", "--theme", "mobility", "--date", "2026-11-20", "--format", "online").status == 0)
        let idea = sandbox.run("add-idea", w, "--title", "Bike sharing", "--theme", "mobility", "--workshop", "ws1", "--benefit", "Fewer cars")
        #expect(idea.output == "added idea I-1 to \(w)/ideas.json\n")
        #expect(sandbox.run("add-idea", w, "--title", "Coworking", "--theme", "economy", "--origin", "online form").status == 0)
        #expect(sandbox.run("consolidate", w, "--into", "P1", "--title", "Share and ride", "I-1").status == 0)
        #expect(sandbox.run("consolidate", w, "--into", "P2", "--title", "Work near home", "I-2").status == 0)
        let rated = sandbox.run("rate", w, "--rater", "R1", "--item", "I-1", "--score", "wachstum=4", "--score", "netzwerke=5")
        #expect(rated.output == "recorded 2 ratings in \(w)/ratings.csv\n")
        #expect(try sandbox.read("\(w)/ratings.csv").contains("\n2,R1,I-1,netzwerke,5,command,,2020-08-25T10:00:00Z,"))
        try sandbox.write(
            "{\"votes\": [{\"id\": \"dots\", \"title\": \"Dots\", \"method\": \"dots\", \"options\": [\"P1\", \"P2\"], \"dotsPerVoter\": 3}]}",
            to: "\(w)/votes.json")
        // The vote's first ballot comes after its open record, so it is record 2.
        #expect(sandbox.run("vote", w, "--vote", "dots", "--voter", "R1", "P1:2", "P2").output == "recorded ballot B000002 of dots in \(w)/ballots.csv\n")
        #expect(sandbox.run("vote", w, "--vote", "dots", "--voter", "R1", "P1").status == 65)
        #expect(sandbox.run("prioritise", w, "--override", "P2=1", "--reason", "strategic", "--by", "AK").status == 0)
        #expect(try sandbox.read("\(w)/prioritisation.json").contains("\"date\": \"2020-08-25\""))

        let run = sandbox.run("run", w)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("Priority I: 2"))
        #expect(run.output.hasSuffix("wrote 19 files to Exports/demo/ (19 changed, 0 unchanged)\n"))
        #expect(try sandbox.read("Exports/demo/project-list.csv").contains("1,Priority I,P2,Work near home,Economy,,,,,1,0,I-2,3,strategic,,,,\r\n"))
        #expect(sandbox.run("run", w).output.hasSuffix("(0 changed, 19 unchanged)\n"))
    }

    @Test("A rejected command changes no file", arguments: [
        ["rate", "Workshops/coesfeld-12", "--rater", "AK-01", "--item", "I-MO-01", "--score", "wachstum=4", "--score", "netzwerke=9"],
        ["rate", "Workshops/coesfeld-12", "--rater", "nobody", "--item", "I-MO-01", "--score", "wachstum=4"],
        ["vote", "Workshops/coesfeld-12", "--vote", "punkte-2020-08-25", "--voter", "AK-01", "P1"],
        ["vote", "Workshops/coesfeld-12", "--vote", "punkte-2020-08-25", "P1:6"],
        ["add-idea", "Workshops/coesfeld-12", "--title", "X", "--theme", "nowhere"],
        ["add-idea", "Workshops/coesfeld-12", "--title", "X", "--theme", "mobilitaet", "--id", "P1"],
        ["consolidate", "Workshops/coesfeld-12", "--into", "P99", "I-MO-01"],
        ["consolidate", "Workshops/coesfeld-12", "--into", "P1", "I-NOPE"],
        ["prioritise", "Workshops/coesfeld-12", "--override", "P6=1", "--reason", "x", "--by", "AK"],
        ["prioritise", "Workshops/coesfeld-12", "--override", "P1=7", "--reason", "x", "--by", "AK"],
        ["add-participant", "Workshops/coesfeld-12", "--id", "AK-01", "--name", "Again", "--role", "AK"],
    ])
    func rejected(_ arguments: [String]) throws {
        let sandbox = try Sandbox()
        let before = try sandbox.snapshot("Workshops")
        let console = RecordingConsole()
        let status = WorkshopCLI(arguments: arguments, environment: sandbox.environment, currentDirectory: sandbox.root).run(console: console)
        #expect(status == 65, "\(console.errors)")
        #expect(console.errors.contains("error:"))
        #expect(try sandbox.snapshot("Workshops") == before)
    }

    @Test("A new process is checked before it is written, and never overwrites files", arguments: [
        (["new", "Workshops/x", "--title", "  "], Int32(64), "--title is empty"),
        (["new", "Workshops/x", "--title", "X", "--theme", "a=  "], Int32(64), "--theme 'a=  ' has no name after '='"),
        (["new", "Workshops/my process", "--title", "X"], Int32(64), "the workspace folder's name is its process id"),
        (["new", "Workshops/coesfeld-12", "--title", "X"], Int32(73), "Workshops/coesfeld-12/participants.json: exists already"),
    ])
    func newChecks(_ arguments: [String], _ status: Int32, _ message: String) throws {
        let sandbox = try Sandbox()
        try FileManager.default.removeItem(at: sandbox.root.appendingPathComponent("Workshops/coesfeld-12/process.json"))
        let before = try sandbox.snapshot("Workshops")
        let console = RecordingConsole()
        #expect(WorkshopCLI(arguments: arguments, environment: [:], currentDirectory: sandbox.root).run(console: console) == status)
        #expect(console.errors.contains(message), "\(console.errors)")
        #expect(try sandbox.snapshot("Workshops") == before)
    }

    @Test("A change that would make a file invalid is refused without pointing at lines not on disk")
    func refusedChange() throws {
        let sandbox = try Sandbox()
        let outcome = sandbox.run(
            "add-workshop", "Workshops/coesfeld-12", "--id", "big", "--title", "Big", "--participants", "2000000")
        #expect(outcome.status == 65)
        #expect(outcome.errors.hasPrefix(
            "Workshops/coesfeld-12/workshops.json: error: not changed, since the change would be invalid: \"participantCount\" is 2000000; allowed: 0…1000000"))
    }

    @Test("Importing paper ballots is all or nothing")
    func ballotImport() throws {
        let sandbox = try Sandbox()
        try sandbox.addVote(
            #"{"id": "papier", "title": "Papier", "method": "dots", "dotsPerVoter": 5, "voters": "anonymous", "options": ["P1", "P2", "P3"]}"#)
        try sandbox.write("vote,ballot,voter,content\npapier,P-1,,P1 P2\npapier,P-2,,P3:9\n", to: "paper.csv")
        let before = try sandbox.read("Workshops/coesfeld-12/ballots.csv")
        let outcome = sandbox.run("vote", "Workshops/coesfeld-12", "--from", "paper.csv")
        #expect(outcome.status == 65)
        #expect(outcome.errors.contains("paper.csv:3:4: error: ballot P-2 of vote papier: 9 dots placed but each voter has 5"))
        #expect(try sandbox.read("Workshops/coesfeld-12/ballots.csv") == before)
        // The old column name `choices` is read too; a ballot without an id gets one.
        try sandbox.write("vote,ballot,voter,choices\npapier,P-1,,P1 P2\npapier,,,P3:2\n", to: "paper.csv")
        #expect(sandbox.run("vote", "Workshops/coesfeld-12", "--from", "paper.csv").output.hasPrefix("recorded 2 ballots"))
        let log = try sandbox.read("Workshops/coesfeld-12/ballots.csv")
        #expect(log.contains("\n12,open,papier,,,,sha256:"))
        #expect(log.contains("\n13,ballot,papier,P-1,,P1 P2,,2020-08-25,\n"))
        #expect(log.contains("\n14,ballot,papier,B000014,,P3:2,,2020-08-25,"))
    }

    @Test("check goes on past a missing workspace and exits 66")
    func checkSeveral() throws {
        let sandbox = try Sandbox()
        let outcome = sandbox.run("check", "Workshops/missing", "Workshops/coesfeld-12")
        #expect(outcome.status == 66)
        #expect(outcome.errors.contains("Workshops/missing: no such workspace folder"))
        #expect(outcome.output.hasPrefix("Workshops/coesfeld-12: ok"))
    }

    @Test("A SOURCE_DATE_EPOCH that is not whole seconds is a usage error, and nothing is recorded", arguments: ["inf", "1e20", "nan", "-1", "1.5"])
    func sourceDateEpoch(_ value: String) throws {
        let sandbox = try Sandbox()
        sandbox.environment["SOURCE_DATE_EPOCH"] = value
        let before = try sandbox.snapshot("Workshops")
        let outcome = sandbox.run("rate", "Workshops/coesfeld-12", "--rater", "AK-01", "--item", "P1", "--score", "wachstum=3")
        #expect(outcome.status == 64)
        #expect(outcome.errors.contains("SOURCE_DATE_EPOCH '\(value)' must be whole seconds"))
        #expect(try sandbox.snapshot("Workshops") == before)
    }

    @Test("Importing ratings from a Windows-1252 file reports the encoding, then reads it with --encoding")
    func importEncoding() throws {
        let sandbox = try Sandbox()
        var bytes = Array("rater,item,criterion,score,recorded_at\nAK-01,I-MO-01,wachstum,5,\n".utf8)
        bytes += [0x41, 0x4B, 0x2D, 0x30, 0x32, 0x2C, 0x50, 0x31, 0x2C, 0x6E, 0x65, 0x74, 0x7A, 0xFC, 0x2C, 0x33, 0x2C, 0x0A]  // "AK-02,P1,netzü,3,"
        try Data(bytes).write(to: sandbox.root.appendingPathComponent("paper.csv"))
        let plain = sandbox.run("rate", "Workshops/coesfeld-12", "--from", "paper.csv")
        #expect(plain.status == 65)
        #expect(plain.errors.contains("paper.csv:3:14: error: byte 0xFC is not valid UTF-8 (it is 'ü' in Windows-1252"))
        let decoded = sandbox.run("rate", "Workshops/coesfeld-12", "--from", "paper.csv", "--encoding", "windows-1252")
        #expect(decoded.status == 65)
        // Decoded, the value reaches the id check: 'ü' is not allowed in ids.
        #expect(decoded.errors.contains("paper.csv:3:3: error: criterion: criterion id 'netzü' may hold only"), "\(decoded.errors)")
    }

    @Test("Read-only commands show the example; JSON output parses")
    func readOnly() throws {
        let sandbox = try Sandbox()
        let prioritise = sandbox.run("prioritise")
        #expect(prioritise.status == 0)
        #expect(prioritise.output.contains("Priorität I ("))
        for command in [["prioritise", "--format", "json"], ["budget", "--format", "json"], ["vote", "--results", "--format", "json"], ["consolidate", "--format", "json"]] {
            let console = RecordingConsole()
            #expect(WorkshopCLI(arguments: command, environment: [:], currentDirectory: sandbox.root).run(console: console) == 0)
            #expect((try? JSONSerialization.jsonObject(with: Data(console.output.utf8))) != nil, "\(command)")
        }
        let budget = sandbox.run("budget", "--format", "json")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(budget.output.utf8)) as? [String: Any])
        let application = try #require((parsed["applications"] as? [[String: Any]])?.first)
        #expect((application["total"] as? NSNumber)?.doubleValue == 8_163_300)
        #expect(budget.output.contains("\"total\": 8163300.00"))
    }

    @Test("Colour and bars only on a terminal and never with NO_COLOR")
    func colour() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.run("prioritise", terminal: true).output.contains("\u{1B}["))
        #expect(sandbox.run("prioritise", terminal: false).output.contains("\u{1B}[") == false)
        sandbox.environment["NO_COLOR"] = "1"
        #expect(sandbox.run("prioritise", terminal: true).output.contains("\u{1B}[") == false)
    }
}

@Suite("The workshop command line: logs, votes and repairs")
struct LogCommandTests {
    private let w = "Workshops/coesfeld-12"

    @Test("A ballot can be voided with a reason and a vote closed; neither deletes anything")
    func voidAndClose() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.run("add-participant", w, "--id", "AK-11", "--name", "Neu", "--role", "AK").status == 0)
        #expect(sandbox.run("vote", w, "--vote", "punkte-2020-08-25", "--voter", "AK-11", "P1", "P2:2").output.hasPrefix("recorded ballot B000012"))
        let void = sandbox.run("vote", w, "--vote", "punkte-2020-08-25", "--void", "B000012", "--reason", "doppelt abgegeben (Zettel 14)")
        #expect(void.output == "voided ballot B000012 of punkte-2020-08-25 (record 13 in \(w)/ballots.csv)\n")
        #expect(sandbox.run("vote", w, "--vote", "punkte-2020-08-25", "--void", "B000012", "--reason", "again").status == 65)
        let close = sandbox.run("vote", w, "--vote", "punkte-2020-08-25", "--close", "--note", "Abstimmung beendet")
        #expect(close.output == "closed vote punkte-2020-08-25 (record 14 in \(w)/ballots.csv); it takes no more ballots\n")
        #expect(sandbox.run("add-participant", w, "--id", "AK-12", "--name", "Neu", "--role", "AK").status == 0)
        let late = sandbox.run("vote", w, "--vote", "punkte-2020-08-25", "--voter", "AK-12", "P1")
        #expect(late.status == 65)
        #expect(late.errors.contains("vote punkte-2020-08-25 was closed (\(w)/ballots.csv:16); it takes no more ballots"))
        let log = try sandbox.read("\(w)/ballots.csv")
        #expect(log.contains("\n13,void,punkte-2020-08-25,B000012,,,doppelt abgegeben (Zettel 14),2020-08-25T10:00:00Z,"))
        let results = sandbox.run("vote", w, "--results", "--format", "json")
        #expect(results.output.contains("\"ballots\": 10"))
        #expect(sandbox.run("check", w).status == 0)
    }

    @Test("Ratings may say don't know and carry a comment; the log keeps the channel")
    func rateDontKnow() throws {
        let sandbox = try Sandbox()
        let outcome = sandbox.run("rate", w, "--rater", "AK-01", "--item", "P1", "--score", "wachstum=?", "--score", "netzwerke=4", "--comment", "Zahlen fehlen, \"später\"")
        #expect(outcome.output == "recorded 2 ratings in \(w)/ratings.csv\n")
        let log = try sandbox.read("\(w)/ratings.csv")
        #expect(log.contains("\n2378,AK-01,P1,wachstum,?,command,\"Zahlen fehlen, \"\"später\"\"\",2020-08-25T10:00:00Z,\n"))
        #expect(sandbox.run("rate", w, "--rater", "AK-01", "--item", "P1", "--score", "wachstum=x").status == 64)
        #expect(sandbox.run("check", w).status == 0)
    }

    @Test("A log re-saved by a spreadsheet, or in format 1, is refused with what to do", arguments: [
        ("rater;item;criterion;score;recorded_at\nAK-01;I-VW-01;wachstum;3;\n", "is separated by ';', not ','", 65),
        ("rater,item,criterion,score,recorded_at\nAK-01,I-VW-01,wachstum,3,\n", "run 'workshop upgrade Workshops/coesfeld-12'", 65),
    ])
    func foreignLog(_ text: String, _ message: String, _ status: Int) throws {
        let sandbox = try Sandbox()
        try sandbox.write(text, to: "\(w)/ratings.csv")
        let outcome = sandbox.run("rate", w, "--rater", "AK-01", "--item", "P1", "--score", "wachstum=3")
        #expect(outcome.status == Int32(status))
        #expect(outcome.errors.contains(message), "\(outcome.errors)")
        #expect(try sandbox.read("\(w)/ratings.csv") == text)
    }

    @Test("upgrade rewrites format-1 logs; then appends work; a second upgrade leaves them")
    func upgrade() throws {
        let sandbox = try Sandbox()
        try sandbox.write("rater,item,criterion,score,recorded_at\nAK-01,I-VW-01,wachstum,3,2020-08-18T09:01:00+02:00\n", to: "\(w)/ratings.csv")
        try sandbox.write("vote,ballot,voter,choices,recorded_at\npunkte-2020-08-25,B001,AK-01,P19:2 P25:2 P26,\n", to: "\(w)/ballots.csv")
        let check = sandbox.run("check", w)
        #expect(check.status == 0 && check.errors.contains("warning: ratings.csv is in format 1"))
        let outcome = sandbox.run("upgrade", w)
        #expect(outcome.output == "\(w)/ratings.csv: 1 records rewritten in format 2, one batch per line of format 1\n\(w)/ballots.csv: 2 records rewritten in format 2, one batch per line of format 1\n")
        #expect(try sandbox.read("\(w)/ratings.csv").hasPrefix("# workshop ratings log, format 2\nseq,rater,item,criterion,score,channel,comment,recorded_at,chain\n1,AK-01,I-VW-01,wachstum,3,,,2020-08-18T09:01:00+02:00,"))
        #expect(sandbox.run("check", w).errors.isEmpty)
        #expect(sandbox.run("rate", w, "--rater", "AK-01", "--item", "P1", "--score", "wachstum=3").status == 0)
        #expect(sandbox.run("upgrade", w).output.contains("is in format 2 already"))
    }

    @Test("repair shows what a torn write left and removes it only with --yes")
    func repair() throws {
        let sandbox = try Sandbox()
        let log = try sandbox.read("\(w)/ratings.csv")
        try sandbox.write(log + "2378,AK-01,P1,wachstum,3,command,,,\n2379,AK-01,P1,netz", to: "\(w)/ratings.csv")
        try sandbox.write("half", to: "\(w)/.ideas.json.workshop-tmp-77-x")
        let check = sandbox.run("check", w)
        #expect(check.status == 0)
        #expect(check.errors.contains("ratings.csv:2380: warning: 2 records at the end (lines 2380–2381) were never committed"))
        #expect(check.errors.contains(".ideas.json.workshop-tmp-77-x: warning: a temporary file an interrupted write left behind"))
        #expect(sandbox.run("rate", w, "--rater", "AK-01", "--item", "P1", "--score", "wachstum=3").errors.contains("'workshop repair \(w)'"))
        let shown = sandbox.run("repair", w)
        #expect(shown.output.hasPrefix("\(w)/ratings.csv: would remove 2 uncommitted records at the end (lines 2380–2381, 54 bytes):\n  2380 | 2378,AK-01,P1,wachstum,3,command,,,\n  2381 | 2379,AK-01,P1,netz\n"))
        #expect(shown.output.hasSuffix("nothing was changed; run 'workshop repair \(w) --yes' to do it\n"))
        #expect(try sandbox.read("\(w)/ratings.csv") != log)
        let done = sandbox.run("repair", w, "--yes")
        #expect(done.status == 0 && done.output.contains("removed 2 uncommitted records"))
        #expect(try sandbox.read("\(w)/ratings.csv") == log)
        #expect(sandbox.exists("\(w)/.ideas.json.workshop-tmp-77-x") == false)
        #expect(sandbox.run("repair", w).output == "\(w): nothing to repair\n")
    }

    @Test("erase-participant removes the personal data; the logs and their chain stay as they were")
    func erase() throws {
        let sandbox = try Sandbox()
        let logs = (try sandbox.read("\(w)/ratings.csv"), try sandbox.read("\(w)/ballots.csv"))
        let outcome = sandbox.run("erase-participant", w, "AK-03", "--date", "2024-05-01")
        #expect(outcome.output == "erased the personal data of participant AK-03 in \(w)/participants.json; the id stays for the logs\n")
        let participants = try sandbox.read("\(w)/participants.json")
        #expect(participants.contains("\"erased\": \"2024-05-01\""))
        #expect(try sandbox.read("\(w)/ratings.csv") == logs.0 && sandbox.read("\(w)/ballots.csv") == logs.1)
        #expect(sandbox.run("check", w).status == 0)
        #expect(sandbox.run("erase-participant", w, "AK-03").status == 65)
        #expect(sandbox.run("run", w).status == 0)
    }

    @Test("budget, add-participant, add-workshop, add-idea and the project office's commands read no log: broken logs do not stop them")
    func noLogRead() throws {
        let sandbox = try Sandbox()
        try sandbox.write("not a log\n", to: "\(w)/ratings.csv")
        #expect(sandbox.run("vote", w, "--results").status == 0)  // the tallies need the ballot log only
        try sandbox.write("not a log either\n", to: "\(w)/ballots.csv")
        #expect(sandbox.run("check", w).status == 65)
        #expect(sandbox.run("budget", w).status == 0)
        #expect(sandbox.run("add-participant", w, "--id", "AK-11", "--name", "Neu", "--role", "AK").status == 0)
        #expect(sandbox.run("add-workshop", w, "--id", "ws-neu", "--title", "Neu").status == 0)
        #expect(sandbox.run("add-idea", w, "--title", "Neue Idee", "--theme", "mobilitaet").status == 0)
        try sandbox.write("title,theme\nKarten-Idee,Mobilität\n", to: "karten.csv")
        #expect(sandbox.run("add-idea", w, "--from", "karten.csv").status == 0)
        for arguments in [
            ["status", w, "P1", "running", "--note", "läuft", "--date", "2023-09-01"], ["status", w], ["status", w, "P1"],
            ["milestone", w, "--id", "ms-neu", "--title", "Neu", "--due", "2024-01-01"], ["milestone", w, "--done", "ms-neu", "--date", "2024-01-02"],
            ["milestone", w, "--on", "2024-01-03"], ["budget-line", w, "--project", "P1", "--kind", "operating", "--amount", "100"],
            ["funding-call", w, "--id", "land", "--name", "Land", "--rate", "80"],
            ["application", w, "--id", "neu", "--call", "land", "--title", "Neu", "--item", "P1=Eins"], ["application", w, "--submit", "neu"],
            ["role", w, "--id", "CDO", "--name", "Digitalisierung"], ["vision", w, "--statement", "Gemeinsam digital"],
            ["decision", w, "--id", "d-neu", "--body", "Rat", "--subject", "Strategie"], ["post", w, "--id", "p-neu", "--title", "Neu"],
            ["sources", w, "--file", "ratings.csv", "--provenance", "illustrative"], ["sources", w],
            ["report", w, "--from", "2023-01-01", "--to", "2023-12-31"], ["consolidate", w, "--suggest"], ["idea-sheet", w],
        ] {
            let outcome = sandbox.run(arguments: arguments)
            #expect(outcome.status == 0, "\(arguments): \(outcome.errors)")
        }
    }
}
