import Foundation
import Testing
import WorkshopCLI

@Suite("The project office from the command line")
struct OfficeCLITests {
    static let w = "Workshops/coesfeld-12"
    static let newCommands = [
        "idea-sheet", "vision", "role", "budget-line", "funding-call", "application", "decision", "milestone", "post", "status",
        "report", "sources", "brief-template",
    ]

    @Test("Every new command is listed and has help with usage and examples")
    func help() throws {
        let sandbox = try Sandbox(withExample: false)
        let overview = sandbox.run("--help").output
        for name in Self.newCommands {
            #expect(overview.contains("\n  \(name) "), "\(name) missing from --help")
            let help = sandbox.run(name, "--help")
            #expect(help.status == 0)
            #expect(help.output.contains("Usage:\n  workshop \(name)"))
            #expect(help.output.contains("Examples:\n  workshop \(name)"), "\(name) help has no example")
        }
        #expect(sandbox.run("consolidate", "--help").output.contains("--suggest"))
        #expect(sandbox.run("add-idea", "--help").output.contains("--from PATH"))
    }

    /// The issue's "done when": on the Coesfeld example, import a folder of sheets and a CSV list, see
    /// merge suggestions, apply one, record the 2023 status, check the bundle against the call with every
    /// condition shown, and write a status report between two dates.
    @Test("The project office runs Coesfeld 12.0 from idea sheets to the 2023 status report")
    func endToEnd() throws {
        let sandbox = try Sandbox()
        let w = Self.w
        // 1. Idea sheets: a German one filled from the blank, an English one as plain text.
        var sheet = sandbox.run("idea-sheet", w).output
        #expect(sheet.contains("Verwaltung · Bildung · Wirtschaft · Mobilität · Innenstadt/Dorfmitte"))
        sheet = sheet.replacingOccurrences(of: "**Titel:**", with: "**Titel:** Coworking-Räume in der Dorfmitte")
            .replacingOccurrences(of: "**Themenfeld:**", with: "**Themenfeld:** Wirtschaft")
            .replacingOccurrences(of: "**Workshop oder Herkunft:**", with: "**Workshop oder Herkunft:** Themenfeld-Workshop Wirtschaft")
        sheet = sheet.replacingOccurrences(of: "## Zentraler Nutzen der Idee\n\n…", with: "## Zentraler Nutzen der Idee\n\nLeerstehende Räume im Dorf als Coworking beleben.")
        try sandbox.write(sheet, to: "eingang/01-coworking.md")
        try sandbox.write("Title: Sensors for free parking spaces\nTheme: innenstadt\nWorkshop or origin: Bürgerversammlung Olfen\n\nCentral benefit\nLess traffic searching for a space.\n", to: "eingang/02-parking.txt")
        let sheets = sandbox.run("add-idea", w, "--from", "eingang")
        #expect(sheets.status == 0, "\(sheets.errors)")
        #expect(sheets.output == "added 2 ideas (I-36 … I-37) to \(w)/ideas.json\n")
        // 2. A list typed from cards in old Excel: semicolons, Windows-1252, the theme by its name.
        var list = Array("title;theme;benefit;origin\nLastenräder zum Ausleihen;Mobilität;Einkäufe ohne Auto;Karte Markttag\n".utf8)
        list = list.flatMap { $0 == 0xC3 ? [UInt8]() : ($0 == 0xA4 ? [0xE4] : [$0]) }  // ä as Windows-1252
        try Data(list).write(to: sandbox.root.appendingPathComponent("karten.csv"))
        #expect(sandbox.run("add-idea", w, "--from", "karten.csv").status == 65)
        let cards = sandbox.run("add-idea", w, "--from", "karten.csv", "--encoding", "windows-1252")
        #expect(cards.output == "added idea I-38 to \(w)/ideas.json\n", "\(cards.errors)")
        // 3. Merge suggestions, then applying one with --into.
        let suggestions = sandbox.run("consolidate", w, "--suggest", "--format", "json")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(suggestions.output.utf8)) as? [String: [[String: Any]]])
        let coworking = try #require(parsed["suggestions"]?.first { ($0["ideas"] as? [String])?.contains("I-36") == true })
        #expect(coworking["ideas"] as? [String] == ["I-36", "I-WI-04"])
        #expect((coworking["similarity"] as? Double ?? 0) >= 0.2)
        #expect((coworking["shared"] as? [String])?.contains("coworking") == true)
        let text = sandbox.run("consolidate", w, "--suggest").output
        #expect(text.contains("→ workshop consolidate \(w) --into P14 I-36 I-WI-04\n"))
        #expect(sandbox.run("consolidate", w, "--into", "P14", "I-36").status == 0)
        #expect(!sandbox.run("consolidate", w, "--suggest").output.contains("I-36"))
        // 4. The 2023 status, a late milestone, the submission.
        let status = sandbox.run(
            "status", w, "P19", "running", "--date", "2023-08-07", "--note", "kommit!-Angebote im Bürgerlabor Mobiles Münsterland",
            "--source", "Sachstandsbericht 2023, SV-10-0968")
        #expect(status.output == "recorded P19 running on 2023-08-07 (\(w)/status.json)\n")
        #expect(sandbox.run("milestone", w, "--id", "ms-vollantrag", "--title", "Vollantrag Smart Cities", "--due", "2021-10-31", "--project", "P14").status == 0)
        #expect(sandbox.run("application", w, "--submit", "raum-fuer-zukunft", "--date", "2021-03-14").status == 0)
        // 5. The bundle against the call: every condition shown.
        let budget = sandbox.run("budget", w, "--format", "json")
        let applications = try #require((try JSONSerialization.jsonObject(with: Data(budget.output.utf8)) as? [String: Any])?["applications"] as? [[String: Any]])
        let checks = try #require(applications.first?["checks"] as? [[String: Any]])
        #expect(checks.map { $0["condition"] as? String } == ["cap", "deadline", "runningTime", "thirdPartyLimit", "budgetLines"])
        #expect(checks.allSatisfy { $0["outcome"] as? String == "passed" })
        // 6. The status report between two dates.
        let report = sandbox.run("report", w, "--from", "2022-09-14", "--to", "2023-09-14", "--out", "sachstandsbericht-2023.md")
        #expect(report.output == "wrote the status report 2022-09-14 – 2023-09-14 to sachstandsbericht-2023.md\n")
        let paper = try sandbox.read("sachstandsbericht-2023.md")
        #expect(paper.contains("| 07.08.2023 | P19 Smarter unterwegs | in Umsetzung | kommit!-Angebote im Bürgerlabor Mobiles Münsterland |"))
        #expect(paper.contains("| 31.10.2021 | Vollantrag Smart Cities | P14 | 683 |"))
        #expect(paper.contains("| Smart Region Koordination | Kreis Coesfeld |  | 01.06.2023 |"))
        // 7. Traceability both ways, and the exports mark what is illustrative.
        #expect(sandbox.run("run", w).status == 0)
        let brief = try sandbox.read("Exports/coesfeld-12/briefs/P14.md")
        #expect(brief.contains("| I\u{2011}36 | Coworking-Räume in der Dorfmitte | Wirtschaft | Themenfeld-Workshop Wirtschaft (online) |"))
        #expect(brief.contains("Illustrativ: Ideen I\u{2011}WI\u{2011}03, I\u{2011}WI\u{2011}04, I\u{2011}36,"))
        #expect(try sandbox.read("Exports/coesfeld-12/ideas.csv").contains("I-36;Coworking-Räume in der Dorfmitte;Wirtschaft;ws-wirtschaft;Themenfeld-Workshop Wirtschaft (online);;Leerstehende Räume im Dorf als Coworking beleben.;;P14;"))
        #expect(try sandbox.read("Exports/coesfeld-12/budget.md").contains("- ✓ Bewerbungsfrist: erfüllt (eingereicht 14.03.2021 ≤ 14.03.2021)\n"))
        #expect(sandbox.run("check", w).status == 0)
    }

    @Test("A funding call and an application with an own share split by fixed shares, exact to the cent")
    func applicationWithSplit() throws {
        let sandbox = try Sandbox()
        let w = Self.w
        #expect(sandbox.run("funding-call", w, "--id", "land-2024", "--name", "Land 2024", "--rate", "80", "--cap", "500000", "--deadline", "2024-05-31", "--max-years", "2").status == 0)
        #expect(sandbox.run("budget-line", w, "--project", "P1", "--kind", "operating", "--amount", "100000.01", "--year", "2024").status == 0)
        let added = sandbox.run(
            "application", w, "--id", "rathaus-online", "--call", "land-2024", "--title", "Online ins Rathaus", "--item", "P1=Online ins Rathaus",
            "--split", "fixed", "--share", "kreis-coesfeld=50", "--share", "olfen=25", "--share", "senden=25")
        #expect(added.output == "added application rathaus-online bundling P1 (\(w)/funding.json)\n", "\(added.errors)")
        let budget = sandbox.run("budget", w, "--format", "json").output
        let applications = try #require((try JSONSerialization.jsonObject(with: Data(budget.utf8)) as? [String: Any])?["applications"] as? [[String: Any]])
        let land = try #require(applications.first { $0["application"] as? String == "rathaus-online" })
        // 100 000,01 € × 20 % own share = 20 000,00 € (subsidy 80 000,00 €, rounded down), split 50 : 25 : 25.
        #expect((land["ownShareParts"] as? [[String: Any]])?.map { ($0["amount"] as? NSNumber)?.doubleValue } == [10_000.01, 5_000, 5_000])
        let outcomes = (land["checks"] as? [[String: Any]])?.map { "\($0["condition"] ?? ""):\($0["outcome"] ?? "")" }
        #expect(outcomes == ["cap:passed", "deadline:notCheckable", "runningTime:notCheckable", "thirdPartyLimit:notCheckable", "budgetLines:passed"])
        #expect(try sandbox.read("\(w)/funding.json").contains("\"rule\": \"fixed\""))
        #expect(sandbox.run("run", w).status == 0)
        let markdown = try sandbox.read("Exports/coesfeld-12/budget.md")
        #expect(markdown.contains("| Kreis Coesfeld | 50\u{A0}% | 10.000,01\u{A0}€ |"))
        #expect(markdown.contains("- – Förderzeitraum: nicht prüfbar: P1 ohne Laufzeit"))
    }

    @Test("Roles, the vision, guiding images, decisions, posts and sources from the command line")
    func cycle() throws {
        let sandbox = try Sandbox()
        let w = Self.w
        #expect(sandbox.run("vision", w, "--theme", "mobilitaet", "--guiding-image", "Jeder Ort ist ohne eigenes Auto erreichbar.").status == 0)
        #expect(sandbox.run("role", w, "--id", "CDO", "--name", "Digitalisierungsverantwortliche", "--responsibility", "Umsetzung vor Ort").status == 0)
        #expect(sandbox.run("decision", w, "--id", "kt-2021", "--body", "Kreistag", "--date", "2021-06-23", "--subject", "Digitalisierungsstrategie", "--outcome", "beschlossen").status == 0)
        #expect(sandbox.run("post", w, "--id", "smart-region-koordination", "--vacant-until", "2024-02-01").output == "changed post smart-region-koordination (\(w)/posts.json)\n")
        #expect(sandbox.run("sources", w, "--file", "votes.json", "--provenance", "sources", "--note", "").status == 0)
        #expect(sandbox.run("sources", w, "--add", "Niederschrift Kreistag, 23.06.2021").status == 0)
        #expect(sandbox.run("run", w).status == 0)
        let index = try sandbox.read("Exports/coesfeld-12/index.md")
        #expect(index.contains("| Mobilität | Jeder Ort ist ohne eigenes Auto erreichbar. | 4 |"))
        #expect(index.contains("- **CDO** – Digitalisierungsverantwortliche: Umsetzung vor Ort"))
        #expect(index.contains("| 23.06.2021 | Kreistag | – | Digitalisierungsstrategie | beschlossen |"))
        #expect(index.contains("| Smart Region Koordination | Kreis Coesfeld |  |  | vakant 01.06.2023 – 01.02.2024 |"))
        #expect(index.contains("| votes.json | Punkte | aus den Quellen |  |"))
        #expect(index.contains("- Niederschrift Kreistag, 23.06.2021\n"))
        let report = sandbox.run("report", w, "--from", "2024-01-01", "--to", "2024-03-01").output
        #expect(report.contains("| Projektstelle Smarte.Land.Regionen (1) |"))
        #expect(!report.contains("| Smart Region Koordination |"))
        let listed = sandbox.run("sources", w).output
        #expect(listed.contains("ratings.csv          illustrative   Bewertungen illustrativ"))
    }

    /// Changes that must be refused, with the exit status: 64 for a usage error, 65 for bad data, 66 for missing input.
    static let rejections: [([String], Int32)] = [
        (["status", w, "P99", "running", "--note", "x"], Int32(65)),
        (["status", w, "P1", "late", "--note", "x"], Int32(64)),
        (["status", w, "P1", "running"], Int32(64)),
        (["milestone", w, "--id", "ms-bmk-beschluss", "--title", "x", "--due", "2024-01-01"], Int32(65)),
        (["milestone", w, "--id", "ms-x", "--title", "x"], Int32(64)),
        (["milestone", w, "--done", "ms-nope"], Int32(65)),
        (["budget-line", w, "--project", "P1", "--kind", "investiv", "--amount", "5"], Int32(64)),
        (["budget-line", w, "--project", "P1", "--kind", "investment", "--amount", "5,00"], Int32(64)),
        (["budget-line", w, "--project", "P99", "--kind", "investment", "--amount", "5"], Int32(65)),
        (["funding-call", w, "--id", "x", "--name", "X", "--rate", "120"], Int32(64)),
        (["application", w, "--id", "x", "--call", "nope", "--title", "X", "--item", "P1=Eins"], Int32(65)),
        (["application", w, "--id", "x", "--call", "modellprojekte-smart-cities-2021", "--title", "X", "--item", "P1=Eins", "--split", "fixed", "--share", "olfen=60", "--share", "senden=30"], Int32(65)),
        (["application", w, "--id", "x", "--call", "modellprojekte-smart-cities-2021", "--title", "X", "--item", "P1=Eins", "--item", "P1=Zwei"], Int32(65)),
        (["application", w, "--submit", "nope"], Int32(65)),
        (["decision", w, "--id", "d", "--subject", "x"], Int32(64)),
        (["decision", w, "--id", "kt-2019", "--body", "x", "--subject", "x"], Int32(65)),
        (["post", w, "--id", "neu"], Int32(65)),  // no such post: a new one needs a --title
        (["post", w, "--id", "neu", "--title", "Neu", "--partner", "atlantis"], Int32(65)),
        (["post", w, "--id", "cdo", "--vacant-until", "2023-01-01"], Int32(65)),
        (["vision", w, "--theme", "nowhere", "--guiding-image", "x"], Int32(65)),
        (["sources", w, "--file", "notes.txt", "--note", "x"], Int32(64)),
        (["report", w, "--from", "2023-09-14", "--to", "2022-09-14"], Int32(64)),
        (["add-idea", w, "--from", "missing-folder"], Int32(66)),
        (["consolidate", w, "--suggest", "--min-similarity", "1.5"], Int32(64)),
        (["consolidate", w, "--suggest", "--into", "P1", "I-1"], Int32(64)),
        ]

    @Test("A rejected change writes nothing", arguments: rejections)
    func rejected(_ arguments: [String], _ status: Int32) throws {
        let sandbox = try Sandbox()
        let before = try sandbox.snapshot("Workshops")
        let console = RecordingConsole()
        #expect(WorkshopCLI(arguments: arguments, environment: sandbox.environment, currentDirectory: sandbox.root).run(console: console) == status, "\(console.errors)")
        #expect(console.errors.contains("error"))
        #expect(try sandbox.snapshot("Workshops") == before)
    }

    @Test("Importing a folder with a malformed sheet reports every problem with its line and adds nothing")
    func badSheets() throws {
        let sandbox = try Sandbox()
        try sandbox.write("- **Titel:** Gut\n- **Themenfeld:** Bildung\n", to: "eingang/1.md")
        try sandbox.write("- **Titel:** Schlecht\n- **Themenfeld:** Raumfahrt\nNotiz ohne Platz\n", to: "eingang/2.md")
        let before = try sandbox.snapshot("Workshops")
        let outcome = sandbox.run("add-idea", Self.w, "--from", "eingang")
        #expect(outcome.status == 65)
        #expect(outcome.errors.contains("eingang/2.md:3: error: 'Notiz ohne Platz' is neither a field"))
        #expect(try sandbox.snapshot("Workshops") == before)
        try sandbox.write("- **Titel:** Schlecht\n- **Themenfeld:** Raumfahrt\n", to: "eingang/2.md")
        let theme = sandbox.run("add-idea", Self.w, "--from", "eingang")
        #expect(theme.errors.contains("eingang/2.md:2: error: unknown theme 'Raumfahrt'; themes in process.json: verwaltung (Verwaltung)"))
        #expect(try sandbox.snapshot("Workshops") == before)
    }

    @Test("A brief template in the workspace: check reports its errors, export follows it")
    func briefTemplate() throws {
        let sandbox = try Sandbox()
        let template = sandbox.run("brief-template").output
        #expect(template.hasPrefix("{{header}}\n\n{{facts}}\n\n{{provenance}}\n"))
        try sandbox.write("# {{id}} {{title}}\n\n{{facts}}\n\n{{kosten}}\n", to: "\(Self.w)/templates/brief.md")
        let check = sandbox.run("check", Self.w)
        #expect(check.status == 65)
        #expect(check.errors.contains("\(Self.w)/templates/brief.md:5:1: error: unknown placeholder {{kosten}}"))
        #expect(sandbox.run("export", Self.w, "--out", "x").status == 65)
        try sandbox.write("# {{id}} {{title}}\n\nKümmerer: {{lead}}\n\n{{budget}}\n", to: "\(Self.w)/templates/brief.md")
        #expect(sandbox.run("export", Self.w, "--out", "x").status == 0)
        #expect(try sandbox.read("x/briefs/P1.md") == "# P1 Online ins Rathaus\n\nKümmerer: nicht angegeben\n")
        #expect(try sandbox.read("x/briefs/P14.md").hasPrefix("# P14 Willkommen im Synergie-Raum\n\nKümmerer: Projektleitung Kreisentwicklung / wfc\n\n## Budget\n"))
    }

    @Test("Through the real binary: sheets in, the report out")
    func binary() throws {
        let sandbox = try Sandbox()
        try sandbox.write("Titel: Digitale Sitzungsunterlagen\nThemenfeld: Verwaltung\n", to: "eingang/ratsarbeit.txt")
        let imported = try BinaryTests.launch(["add-idea", Self.w, "--from", "eingang"], in: sandbox.root)
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output == "added idea I-36 to \(Self.w)/ideas.json\n")
        let report = try BinaryTests.launch(["report", Self.w, "--from", "2023-01-01", "--to", "2023-12-31"], in: sandbox.root)
        #expect(report.status == 0)
        #expect(report.output.hasPrefix("# Sachstandsbericht – Coesfeld 12.0"))
        #expect(report.errors.isEmpty)
    }
}
