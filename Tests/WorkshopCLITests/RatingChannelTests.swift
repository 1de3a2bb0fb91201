import Foundation
import Testing
import TestSupport
import WorkshopCLI
import WorkshopKit

@Suite("Rating channels on the command line: sheets, form exports, sessions")
struct RatingChannelTests {
    let w = "Workshops/coesfeld-12"

    /// The log's records after the first `skip` lines.
    func records(_ sandbox: Sandbox, after count: Int) throws -> [[String]] {
        let lines = try sandbox.read("\(w)/ratings.csv").split(separator: "\n").map(String.init)
        return lines.dropFirst(count).map { line in line.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    func logLines(_ sandbox: Sandbox) throws -> Int { try sandbox.read("\(w)/ratings.csv").split(separator: "\n").count }

    /// P1 and P2 answered on all twelve criteria (P2 with two don't-knows) and a comment.
    static let answers: [String: [String]] = [
        "P1": ["4", "3", "?", "5", "4", "3", "2", "2", "1", "3", "4", "5", "gut; aber \"teuer\""],
        "P2": ["2", "2", "2", "2", "2", "?", "?", "3", "3", "3", "3", "3", ""],
    ]

    @Test("A sheet written, filled in and imported: one batch, channel sheet, comments; the same sheet again counts once", arguments: CSVProfile.allCases)
    func sheetRoundTrip(_ profile: CSVProfile) throws {
        let sandbox = try Sandbox()
        let written = sandbox.run("rate", w, "--rater", "AK-01", "--sheet", "bogen.csv", "--csv-profile", profile.rawValue, "--item", "P1", "--item", "P2")
        #expect(written.status == 0, "\(written.errors)")
        #expect(written.output.hasPrefix("wrote scoring sheet S-"))
        #expect(written.output.contains("(2 items × 12 criteria, \(profile.rawValue)) to bogen.csv"))
        let blank = try Data(contentsOf: sandbox.root.appendingPathComponent("bogen.csv"))
        #expect(blank.starts(with: profile == .excelGerman ? [0xEF, 0xBB, 0xBF] : Array("Scoring sheet".utf8).prefix(0)))
        // Writing it again would lose answers: refused.
        #expect(sandbox.run("rate", w, "--rater", "AK-01", "--sheet", "bogen.csv").status == 73)
        // A blank sheet has nothing to import.
        let empty = sandbox.run("rate", w, "--from", "bogen.csv")
        #expect(empty.status == 65)
        #expect(empty.errors.contains("has no answers yet; nothing recorded"))

        try Data(SheetFilling.fill([UInt8](blank), profile: profile, with: Self.answers)).write(to: sandbox.root.appendingPathComponent("bogen.csv"))
        let before = try logLines(sandbox)
        let imported = sandbox.run("rate", w, "--from", "bogen.csv")
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output.contains("recorded 24 ratings from sheet S-"))
        let added = try records(sandbox, after: before)
        #expect(added.count == 24)
        #expect(added.allSatisfy { $0[1] == "AK-01" && $0[5] == "sheet" })
        // One batch: only the last record carries the chain value.
        #expect(added.dropLast().allSatisfy { $0.last == "" } && added.last?.last?.count == 64)
        #expect(added[0][2] == "P1" && added[0][4] == "4" && added[2][4] == "?")
        #expect(added[0][6] == "\"gut; aber \"\"teuer\"\"\"")
        #expect(added[12][2] == "P2" && added[17][4] == "?" && added[12][6] == "")

        // Again: recognised, nothing recorded, not an error.
        let again = sandbox.run("rate", w, "--from", "bogen.csv")
        #expect(again.status == 0)
        #expect(again.output.contains("was already recorded (\(w)/ratings.csv, seq"))
        #expect(again.output.hasSuffix("with the same answers; nothing recorded\n"))
        #expect(try logLines(sandbox) == before + 24)

        // Changed answers are a correction: recorded, and the later score counts.
        var changed = Self.answers
        changed["P1"]?[0] = "1"
        try Data(SheetFilling.fill([UInt8](blank), profile: profile, with: changed)).write(to: sandbox.root.appendingPathComponent("bogen.csv"))
        #expect(sandbox.run("rate", w, "--from", "bogen.csv").status == 0)
        #expect(try logLines(sandbox) == before + 48)
        #expect(sandbox.run("check", w).status == 0)
    }

    @Test("A sheet for another rater or workspace is refused, saying whose it is; nothing recorded")
    func foreignSheet() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.run("rate", w, "--rater", "AK-01", "--sheet", "bogen.csv", "--item", "P1").status == 0)
        let blank = try Data(contentsOf: sandbox.root.appendingPathComponent("bogen.csv"))
        try Data(SheetFilling.fill([UInt8](blank), profile: .excelGerman, with: ["P1": ["4"]])).write(to: sandbox.root.appendingPathComponent("bogen.csv"))
        let snapshot = try sandbox.snapshot(w)
        let otherRater = sandbox.run("rate", w, "--from", "bogen.csv", "--rater", "AK-02")
        #expect(otherRater.status == 65)
        #expect(otherRater.errors.contains("bogen.csv:3:2: error: this sheet is AK-01's, not AK-02's"))
        // The same folder under another name is another workspace.
        try FileManager.default.copyItem(
            at: sandbox.root.appendingPathComponent(w), to: sandbox.root.appendingPathComponent("Workshops/ahaus-2027"))
        let otherWorkspace = sandbox.run("rate", "Workshops/ahaus-2027", "--from", "bogen.csv")
        #expect(otherWorkspace.status == 65)
        #expect(otherWorkspace.errors.contains("bogen.csv:2:2: error: this sheet belongs to workspace 'coesfeld-12', not to ahaus-2027; import it there"))
        #expect(try sandbox.snapshot(w) == snapshot)
    }

    @Test("A form export: drafted mapping, unmapped columns named, imported all or nothing as one batch, once")
    func formExport() throws {
        let sandbox = try Sandbox()
        let export = """
            Zeitstempel,Ihre Kennung,P3 – Wachstumspotenzial,P3 – Netzwerke,P3 – Anmerkungen,Frage 7\r
            2020/08/18 10:01:00,AK-04,4,weiß nicht,"Gut, aber spät",x\r
            2020/08/18 10:05:12,AK-05,2 - gering,5,,\r

            """
        try sandbox.write(export, to: "umfrage.csv")
        let snapshot = try sandbox.snapshot(w)
        let refused = sandbox.run("rate", w, "--from", "umfrage.csv", "--form")
        #expect(refused.status == 65)
        #expect(refused.errors.contains("umfrage.csv:1:6: error: column 'Frage 7' names no item and criterion"))
        #expect(try sandbox.snapshot(w) == snapshot)

        let drafted = sandbox.run("rate", w, "--from", "umfrage.csv", "--form", "--draft-mapping", "zuordnung.csv")
        #expect(drafted.status == 0, "\(drafted.errors)")
        #expect(drafted.output.contains("wrote a mapping for 6 columns to zuordnung.csv; 1 still to map"))
        let draft = try sandbox.read("zuordnung.csv")
        #expect(draft.contains("P3 – Wachstumspotenzial,P3 wachstum,\r\n"))
        #expect(draft.contains("Frage 7,,"))
        #expect(try sandbox.snapshot(w) == snapshot)
        let unfinished = sandbox.run("rate", w, "--from", "umfrage.csv", "--form", "--mapping", "zuordnung.csv")
        #expect(unfinished.status == 65)
        #expect(unfinished.errors.contains("zuordnung.csv:7:2: error: column 'Frage 7': not mapped yet"))
        try sandbox.write(draft.replacingOccurrences(of: "Frage 7,,", with: "Frage 7,ignore,"), to: "zuordnung.csv")

        let before = try logLines(sandbox)
        let imported = sandbox.run("rate", w, "--from", "umfrage.csv", "--form", "--mapping", "zuordnung.csv")
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output.contains("recorded 4 ratings from form export umfrage.csv (2 respondents)"))
        let added = try records(sandbox, after: before)
        #expect(added.map { $0[1...5].joined(separator: " ") } == [
            "AK-04 P3 wachstum 4 form", "AK-04 P3 netzwerke ? form", "AK-05 P3 wachstum 2 form", "AK-05 P3 netzwerke 5 form",
        ])
        #expect(try sandbox.read("\(w)/ratings.csv").contains(",AK-04,P3,wachstum,4,form,\"Gut, aber spät\",2020-08-25T10:00:00Z,"))
        let again = sandbox.run("rate", w, "--from", "umfrage.csv", "--form", "--mapping", "zuordnung.csv")
        #expect(again.output.contains("was already recorded"))
        #expect(try logLines(sandbox) == before + 4)
    }

    /// Twelve answers for one item: a score, a don't-know with a comment, and ten more.
    static let twelve = ["4", "? # kenne ich nicht", "3", "5", "4", "3", "2", "2", "1", "3", "4", "5"]

    @Test("A scripted session: each item one batch as it completes, - skips, q stops, the open item is not stored")
    func scriptedSession() throws {
        let sandbox = try Sandbox()
        let before = try logLines(sandbox)
        let input = Self.twelve + ["1", "-"] + Self.twelve + ["2", "q"]
        let outcome = sandbox.run(arguments: ["rate", w, "--rater", "AK-02", "--interactive", "--item", "P1", "--item", "P2", "--item", "P3", "--item", "P4"], input: input)
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.contains("Projekt 1 von 4 · P1 · Online ins Rathaus\nThemenfeld: Verwaltung\n"))
        #expect(outcome.output.contains("Kriterium 1 von 12 · Relevanz · Wachstumspotenzial\n  Wie hoch ist die Wachstumsrate"))
        #expect(outcome.output.contains("  1 = sehr gering, 2 = gering, 3 = mittel, 4 = hoch, 5 = sehr hoch\n"))
        #expect(outcome.output.contains("✓ P1 gespeichert (12 Antworten)"))
        #expect(outcome.output.contains("– P2 übersprungen (nichts gespeichert)"))
        #expect(outcome.output.contains("✓ P3 gespeichert (12 Antworten)"))
        #expect(outcome.output.hasSuffix("Sitzung beendet: 2 gespeichert, 1 übersprungen, 0 schon bewertet, 1 offen.\n"))
        let added = try records(sandbox, after: before)
        #expect(added.count == 24)
        #expect(added.allSatisfy { $0[1] == "AK-02" && $0[5] == "session" })
        #expect(added[1][4] == "?" && added[1][6] == "kenne ich nicht")
        // Two batches: P1's and P3's.
        #expect(added.filter { $0.last?.count == 64 }.map { $0[2] } == ["P1", "P3"])

        // Resumed: P1 and P3 are done, so the session starts at P2; end of input stops.
        let resumed = sandbox.run(arguments: ["rate", w, "--rater", "AK-02", "--interactive", "--item", "P1", "--item", "P2", "--item", "P3", "--item", "P4"], input: Self.twelve)
        #expect(resumed.status == 0)
        #expect(!resumed.output.contains("· P1 ·") && resumed.output.contains("Projekt 2 von 4 · P2 ·"))
        #expect(resumed.output.contains("✓ P2 gespeichert"))
        #expect(resumed.output.hasSuffix("Sitzung beendet: 1 gespeichert, 0 übersprungen, 2 schon bewertet, 1 offen.\n"))
        // --again offers the rated ones too.
        let again = sandbox.run(arguments: ["rate", w, "--rater", "AK-02", "--interactive", "--item", "P1", "--again"], input: ["q"])
        #expect(again.output.contains("· P1 ·"))
        #expect(sandbox.run("check", w).status == 0)
    }

    @Test("A line that is not an answer stops the session with status 65 and names the line; completed items stay")
    func invalidLine() throws {
        let sandbox = try Sandbox()
        let before = try logLines(sandbox)
        let input = Self.twelve + ["4", "sieben"]
        let outcome = sandbox.run(arguments: ["rate", w, "--rater", "AK-03", "--interactive", "--item", "P5", "--item", "P6"], input: input)
        #expect(outcome.status == 65)
        #expect(outcome.errors.contains("<stdin>:14: error: P6 wirtschaftliche-lage: 'sieben' is not an answer"))
        #expect(try records(sandbox, after: before).count == 12)
        for bad in ["6", "", "3,5", "# nur Kommentar"] {
            let run = sandbox.run(arguments: ["rate", w, "--rater", "AK-03", "--interactive", "--item", "P7"], input: [bad])
            #expect(run.status == 65, "\(bad)")
            #expect(run.errors.contains("<stdin>:1: error: P7 wachstum:"), "\(bad)")
        }
    }

    @Test("An .xlsx sheet is written as a workbook; a filled .xlsx is refused with what to do")
    func workbookSheet() throws {
        let sandbox = try Sandbox()
        let written = sandbox.run("rate", w, "--rater", "AK-01", "--sheet", "bogen.xlsx", "--item", "P1")
        #expect(written.status == 0)
        #expect(written.output.contains("(1 item × 12 criteria, xlsx) to bogen.xlsx"))
        let bytes = try Data(contentsOf: sandbox.root.appendingPathComponent("bogen.xlsx"))
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(sandbox.run("rate", w, "--rater", "AK-01", "--sheet", "b.xlsx", "--csv-profile", "standard").status == 64)
        let refused = sandbox.run("rate", w, "--from", "bogen.xlsx")
        #expect(refused.status == 65)
        #expect(refused.errors.contains("bogen.xlsx: a filled .xlsx cannot be read yet"))
        #expect(refused.errors.contains("save it as CSV"))
    }

    @Test("Wrong combinations of options are usage errors")
    func usage() throws {
        let sandbox = try Sandbox()
        for arguments in [
            ["rate", w, "--rater", "AK-01", "--item", "P1", "--item", "P2", "--score", "wachstum=3"],
            ["rate", w, "--rater", "AK-01", "--item", "P1", "--score", "wachstum=3", "--form"],
            ["rate", w, "--rater", "AK-01", "--item", "P1", "--score", "wachstum=3", "--again"],
            ["rate", w, "--rater", "AK-01", "--interactive", "--score", "wachstum=3"],
            ["rate", w, "--rater", "AK-01", "--sheet", "x.csv", "--from", "y.csv"],
            ["rate", w, "--sheet", "x.csv"],
        ] {
            #expect(sandbox.run(arguments: arguments).status == 64, "\(arguments)")
        }
        let unknown = sandbox.run("rate", w, "--rater", "AK-01", "--sheet", "x.csv", "--item", "P99")
        #expect(unknown.status == 65)
        #expect(unknown.errors.contains("'P99' is neither an idea, a project nor a theme"))
    }

    @Test("Don't know and comments in the results: counted apart in scores.csv, JSON and the brief; comments by rater id")
    func dontKnowAndComments() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.run("rate", w, "--rater", "AK-01", "--item", "P1", "--score", "wachstum=?", "--score", "netzwerke=?", "--comment", "Zahlen fehlen").status == 0)
        #expect(sandbox.run("rate", w, "--rater", "AK-02", "--item", "I-VW-01", "--score", "wachstum=?").status == 0)
        let json = sandbox.run("prioritise", w, "--format", "json").output
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let projects = try #require(object["projects"] as? [[String: Any]])
        let p1 = try #require(projects.first { $0["project"] as? String == "P1" })
        // P1 pools its idea I-VW-01: two don't-knows on wachstum, one on netzwerke.
        #expect(p1["dontKnow"] as? [String: Int] == ["netzwerke": 1, "wachstum": 2])
        let comments = try #require(p1["comments"] as? [[String: Any]])
        #expect(comments.count == 1)
        #expect(comments.first?["rater"] as? String == "AK-01" && comments.first?["text"] as? String == "Zahlen fehlen")
        #expect(comments.first?["criteria"] as? [String] == ["wachstum", "netzwerke"])

        #expect(sandbox.run("export", w, "--out", "out").status == 0)
        let scores = try sandbox.read("out/scores.csv")
        #expect(scores.hasPrefix("\u{FEFF}Nr.;Projekt;Gruppe;Kriterium;Gewicht;n;weiß nicht;Mittel;"))
        // n counts scores only; the don't-knows have their own column.
        let row = try #require(scores.split(separator: "\r\n").first { $0.hasPrefix("P1;Online ins Rathaus;Relevanz;Wachstumspotenzial;") })
        #expect(row.split(separator: ";")[6] == "2")
        #expect(scores.contains("\r\nP1;Online ins Rathaus;Potenzial;Netzwerke;1,00;"))
        let brief = try sandbox.read("out/briefs/P1.md")
        #expect(brief.contains("| weiß nicht |"))
        // Ids with non-breaking hyphens, as everywhere in the Markdown; the idea named when the comment is on one.
        #expect(brief.contains("### Kommentare der Bewertenden\n\n- AK\u{2011}01 zu Wachstumspotenzial, Netzwerke: Zahlen fehlen\n"))
        // No names: the rater's name stays in participants.json.
        #expect(!brief.contains("Mitglied Arbeitskreis 1"))
    }

    @Test("Themes are rated like ideas: by command, sheet or session; their scores in prioritise and index.md")
    func themesRated() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.run("rate", w, "--rater", "AK-01", "--item", "mobilitaet", "--score", "wachstum=4", "--score", "netzwerke=2").status == 0)
        let session = sandbox.run(arguments: ["rate", w, "--rater", "AK-02", "--interactive", "--item", "mobilitaet"], input: Self.twelve)
        #expect(session.status == 0, "\(session.errors)")
        #expect(session.output.contains("Themenfeld 1 von 1 · mobilitaet · Mobilität"))
        #expect(sandbox.run("rate", w, "--rater", "AK-03", "--sheet", "thema.csv", "--item", "mobilitaet").status == 0)
        let text = sandbox.run("prioritise", w).output
        #expect(text.contains("Bewertung der Themenfelder\n  Mobilität"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(sandbox.run("prioritise", w, "--format", "json").output.utf8)) as? [String: Any])
        let themes = try #require(json["themes"] as? [[String: Any]])
        #expect(themes.map { $0["theme"] as? String } == ["mobilitaet"])
        #expect(themes.first?["raters"] as? Int == 2)
        // By hand: relevance = (1.5 × 4 + 1 × 3 + 1 × 5 + 0.5 × 4) / 4 = 4.00 (wirtschaftliche-lage only
        // "don't know", left out); potential = (2.5 + 2 + 2 + 1 + 3 + 4 + 1.5 × 5) / 7.5 = 2.93.
        let relevance = try #require(themes.first?["relevance"] as? [String: Any])
        #expect(relevance["criteriaRated"] as? Int == 4)
        #expect((relevance["score"] as? NSNumber)?.doubleValue == 4.0)
        let potential = try #require(themes.first?["potential"] as? [String: Any])
        #expect((potential["score"] as? NSNumber)?.doubleValue == 2.93)
        #expect(themes.first?["dontKnow"] as? [String: Int] == ["wirtschaftliche-lage": 1])
        #expect(sandbox.run("export", w, "--out", "out").status == 0)
        let index = try sandbox.read("out/index.md")
        #expect(index.contains("### Bewertung der Themenfelder"))
        #expect(index.contains("| Mobilität |"))
        #expect(sandbox.run("check", w).status == 0)
    }
}
