import Foundation
import Testing

@testable import WorkshopKit

@Suite("Idea sheets")
struct IdeaSheetTests {
    static func parse(_ text: String) -> Result<Located<IdeaDraft>, InvalidInput> { IdeaSheet.parse(text, file: "sheet.md") }

    @Test("A blank sheet looks like the paper one and lists the workspace's themes and workshops", arguments: Language.allCases)
    func blank(_ language: Language) throws {
        let workspace = try Fixtures.coesfeld()
        let sheet = IdeaSheet.blank(language: language, workspace: workspace)
        let german = language == .german
        #expect(sheet.hasPrefix(german ? "# Ideensteckbrief (Entwurf)\n" : "# Idea sheet (draft)\n"))
        for label in german ? ["**Titel:**", "**Themenfeld:**", "**Workshop oder Herkunft:**", "**Eingereicht von:**"] : ["**Title:**", "**Theme:**", "**Workshop or origin:**", "**Submitted by:**"] {
            #expect(sheet.contains("- \(label)\n"), "\(label)")
        }
        #expect(sheet.contains(german ? "## Zentraler Nutzen der Idee\n" : "## Central benefit of the idea\n"))
        #expect(sheet.contains(german ? "## Vermutete Herausforderungen und Schwierigkeiten\n" : "## Expected challenges and difficulties\n"))
        #expect(sheet.contains("Verwaltung · Bildung · Wirtschaft · Mobilität · Innenstadt/Dorfmitte"))
        #expect(sheet.contains("Themenfeld-Workshop Mobilität"))
        // Unfilled, it reads back as a sheet without a title.
        guard case .failure(let problems) = Self.parse(sheet) else { Issue.record("a blank sheet has no title"); return }
        #expect(problems.diagnostics.all.map(\.message) == ["the sheet has no title; fill in 'Titel:' ('Title:')"])
    }

    @Test("A filled blank reads back in both languages", arguments: Language.allCases)
    func filled(_ language: Language) throws {
        var sheet = IdeaSheet.blank(language: language)
        let german = language == .german
        sheet = sheet.replacingOccurrences(of: german ? "**Titel:**" : "**Title:**", with: (german ? "**Titel:**" : "**Title:**") + " Lastenrad-Sharing")
        sheet = sheet.replacingOccurrences(of: german ? "**Themenfeld:**" : "**Theme:**", with: (german ? "**Themenfeld:**" : "**Theme:**") + " Mobilität")
        sheet = sheet.replacingOccurrences(of: german ? "**Workshop oder Herkunft:**" : "**Workshop or origin:**", with: (german ? "**Workshop oder Herkunft:**" : "**Workshop or origin:**") + " Bürgersprechstunde")
        let parts = sheet.components(separatedBy: "…\n")
        sheet = parts[0] + "Einkäufe ohne Auto.\nAuch für Vereine.\n" + parts[1] + "Stellplätze an Rathäusern.\n" + parts[2]
        let draft = try Self.parse(sheet).get()
        #expect(draft.value.title == "Lastenrad-Sharing")
        #expect(draft.value.theme == "Mobilität")
        #expect(draft.value.workshopOrOrigin == "Bürgersprechstunde")
        #expect(draft.value.submitter == nil)
        #expect(draft.value.benefit == "Einkäufe ohne Auto.\nAuch für Vereine.")
        #expect(draft.value.challenges == "Stellplätze an Rathäusern.")
        #expect(draft.at("title").line == 5)
    }

    @Test("A plain-text sheet with German and English labels mixed, an id and an HTML comment")
    func plainText() throws {
        let text = """
            Nr.: I-90
            Title: Mobilstationen an Bahnhöfen
            THEMENFELD: mobilitaet
            Eingereicht von: AK-03
            <!-- vom Workshop-Tisch 2,
                 abgetippt am Montag -->
            Zentraler Nutzen:
            Bahn, Bus und Sharing an einem Ort.

            Expected challenges
            Flächen an Bahnhöfen.
            """
        let draft = try Self.parse(text).get().value
        #expect(draft.id == "I-90")
        #expect(draft.title == "Mobilstationen an Bahnhöfen")
        #expect(draft.theme == "mobilitaet")
        #expect(draft.submitter == "AK-03")
        #expect(draft.benefit == "Bahn, Bus und Sharing an einem Ort.")
        #expect(draft.challenges == "Flächen an Bahnhöfen.")
    }

    @Test("A malformed sheet: every problem with its line", arguments: [
        ("- **Titel:** A\n- **Farbe:** rot\n", [(2, "unknown field 'Farbe'")]),
        ("- **Titel:** A\nirgendein Text\n", [(2, "'irgendein Text' is neither a field")]),
        ("- **Titel:** A\n- **Titel:** B\n", [(2, "the field 'Titel' appears twice (first at line 1)")]),
        ("- **Titel:** A\n## Kosten\n", [(2, "unknown heading 'Kosten'")]),
        ("## Nutzen\nviel\n## Nutzen\nmehr\n", [(1, "the sheet has no title"), (3, "the section 'Nutzen' appears twice")]),
        ("", [(1, "the sheet has no title")]),
    ])
    func malformed(_ text: String, _ expected: [(Int, String)]) {
        guard case .failure(let problems) = Self.parse(text) else {
            Issue.record("accepted: \(text)")
            return
        }
        let found = problems.diagnostics.sorted
        #expect(found.count == expected.count, "\(found)")
        for (diagnostic, (line, message)) in zip(found, expected) {
            #expect(diagnostic.location.line == line)
            #expect(diagnostic.message.hasPrefix(message), "\(diagnostic.message)")
        }
    }
}

@Suite("Importing ideas")
struct IdeaImportTests {
    static func workspace() -> Workspace {
        var workspace = Fixtures.small(language: .german)
        workspace.process.themes = [Theme(id: "mobilitaet", name: "Mobilität"), Theme(id: "innenstadt", name: "Innenstadt/Dorfmitte")]
        workspace.workshops = [Workshop(id: "ws-mobilitaet", title: "Themenfeld-Workshop Mobilität", theme: "mobilitaet")]
        workspace.ideas = [Idea(id: "I-1", title: "Vorhanden", theme: "mobilitaet")]
        workspace.projects = []
        workspace.ratings = []
        workspace.ballots = []
        workspace.votes = []
        return workspace
    }

    static func read(_ text: String, name: String, format: IdeaImport.Format? = nil, encoding: TextEncoding = .utf8, bytes: [UInt8]? = nil) throws -> [Located<IdeaDraft>] {
        let folder = try TemporaryFolder()
        try Data(bytes ?? Array(text.utf8)).write(to: folder.url.appendingPathComponent(name))
        return try IdeaImport.read(folder.url.appendingPathComponent(name), shownAs: name, format: format, encoding: encoding, language: .german)
    }

    @Test("A CSV list, comma or semicolon: themes by id or name in any spelling, ids given or next free")
    func list() throws {
        for separator in [",", ";"] {
            let text = ["id,title,theme,benefit,workshop,origin", "I-7,Mobilstation,Mobilität,\"Bahn, Bus\",ws-mobilitaet,", ",Lastenrad,MOBILITAET,,Themenfeld-Workshop Mobilität,", ",Leerstand,innenstadt / dorfmitte,,,Karte vom Markt"]
                .joined(separator: "\n").replacingOccurrences(of: ",", with: separator).replacingOccurrences(of: "\"Bahn\(separator) Bus\"", with: "\"Bahn, Bus\"")
            var workspace = Self.workspace()
            let ids = try workspace.addIdeas(try Self.read(text, name: "liste.csv"))
            #expect(ids == ["I-7", "I-2", "I-3"])
            #expect(workspace.idea("I-7")?.benefit == "Bahn, Bus")
            #expect(workspace.idea("I-2")?.theme == "mobilitaet")
            #expect(workspace.idea("I-2")?.workshop == "ws-mobilitaet")
            #expect(workspace.idea("I-3")?.theme == "innenstadt")
            #expect(workspace.idea("I-3")?.origin == "Karte vom Markt")
        }
    }

    @Test("Mobilität typed in old Excel (Windows-1252) or with a decomposed umlaut matches the theme")
    func encodings() throws {
        var bytes = Array("title;theme\nIdee;Mobilit".utf8) + [0xE4] + Array("t\n".utf8)
        var workspace = Self.workspace()
        #expect(throws: InputFailure.self) { try Self.read("", name: "excel.csv", bytes: bytes) }
        #expect(try workspace.addIdeas(try Self.read("", name: "excel.csv", encoding: .windows1252, bytes: bytes)) == ["I-2"])
        bytes = Array("title;theme\nIdee;Mobilita\u{0308}t\n".utf8)
        #expect(try workspace.addIdeas(try Self.read("", name: "mac.csv", bytes: bytes)) == ["I-3"])
        #expect(workspace.ideas.last?.theme == "mobilitaet")
    }

    @Test("All or nothing: every problem with its file, line and column; nothing is added")
    func allOrNothing() throws {
        let text = "id,title,theme,workshop\nI-1,Doppelt,mobilitaet,\nI 9,Leerzeichen,mobilitaet,\n,Ohne Thema,Mobilitat,\n,Falscher Workshop,mobilitaet,ws-x\n,,mobilitaet,\n"
        var workspace = Self.workspace()
        do {
            _ = try Self.read(text, name: "l.csv")
            Issue.record("a row without a title was accepted")
        } catch let error as InputFailure {
            guard case .invalid(let problems) = error else { throw error }
            #expect(problems.description == "l.csv:6:2: error: this row has no title; every idea needs one")
        }
        let drafts = try Self.read(text.replacingOccurrences(of: "\n,,mobilitaet,\n", with: "\n"), name: "l.csv")
        let before = workspace.ideas
        do {
            try workspace.addIdeas(drafts)
            Issue.record("accepted")
        } catch {
            let messages = error.diagnostics.sorted.map(\.description)
            #expect(messages == [
                "l.csv:2:1: error: id I-1 is taken by an idea or project; choose another or leave it out",
                "l.csv:3:1: error: idea id 'I 9' may hold only letters A–Z, digits, '-', '_' and '.', starting with a letter or digit",
                "l.csv:4:3: error: unknown theme 'Mobilitat'; did you mean 'Mobilität'?; themes in process.json: mobilitaet (Mobilität), innenstadt (Innenstadt/Dorfmitte)",
                "l.csv:5:4: error: unknown workshop 'ws-x'; workshops in workshops.json: ws-mobilitaet (Themenfeld-Workshop Mobilität)",
            ])
        }
        #expect(workspace.ideas == before)
    }

    /// Decidim 0.27 (commit 001e8d88 of proposal_serializer.rb): category, supports, endorsements/total_count.
    @Test("A Decidim CSV export (up to 0.27): German title and body, category as theme, reference and supports as origin")
    func decidimCSV() throws {
        let text = """
            id;category/id;category/name/de;category/name/en;scope/id;title/de;title/en;body/de;body/en;state;reference;answer/de;supports;endorsements/total_count;endorsements/user_endorsements;comments;published_at;url
            17;3;Mobilität;Mobility;;Lastenräder leihen;Borrow cargo bikes;"<p>Für Einkäufe ohne Auto.</p><p>Mit App &amp; Schloss.</p>";;accepted;KC-PROP-2021-03-17;;12;3;Anna, Ben;4;2021-03-02;https://beteiligung.example/p/17
            18;;;;;;Market square Wi-Fi;;Free Wi-Fi;;KC-PROP-2021-03-18;;;0;;0;2021-03-03;https://beteiligung.example/p/18
            """
        let drafts = try Self.read(text, name: "decidim.csv")
        #expect(drafts.count == 2)
        #expect(drafts[0].value.title == "Lastenräder leihen")
        #expect(drafts[0].value.benefit == "Für Einkäufe ohne Auto.\nMit App & Schloss.")
        #expect(drafts[0].value.theme == "Mobilität")
        #expect(drafts[0].value.origin == "Decidim-Vorschlag KC-PROP-2021-03-17 (12 Unterstützungen, 3 Empfehlungen, Status: accepted)")
        #expect(drafts[1].value.title == "Market square Wi-Fi")
        #expect(drafts[1].value.theme == nil)
        var workspace = Self.workspace()
        #expect(throws: InvalidInput.self) { try workspace.addIdeas(drafts) }
        #expect(try workspace.addIdeas(drafts, defaultTheme: "innenstadt") == ["I-2", "I-3"])
    }

    /// Decidim 0.28 and later (commit 46ab35d4): votes, likes/total_count, author/name, withdrawn; JSON keeps the nesting.
    @Test("A Decidim JSON export (0.28 on): nested title and body, votes and likes, the author as submitter")
    func decidimJSON() throws {
        let text = """
            [{"id": 5, "author": {"id": [9], "name": ["Carla"]}, "title": {"de": "Bürgerbus per App", "machine_translations": {"en": "Citizen bus"}},
              "body": {"de": "Fahrten buchen"}, "state": "", "reference": "KC-PROP-5", "votes": 7, "likes": {"total_count": 2}, "withdrawn": false},
             {"id": 6, "title": {"en": "Bike boxes"}, "body": {"en": "Safe boxes"}, "reference": "KC-PROP-6", "votes": null, "withdrawn": true}]
            """
        let drafts = try Self.read(text, name: "decidim.json")
        #expect(drafts.map(\.value.title) == ["Bürgerbus per App", "Bike boxes"])
        #expect(drafts[0].value.submitter == "Carla")
        #expect(drafts[0].value.origin == "Decidim-Vorschlag KC-PROP-5 (7 Unterstützungen, 2 Empfehlungen)")
        #expect(drafts[1].value.origin == "Decidim-Vorschlag KC-PROP-6 (Status: withdrawn)")
    }

    /// CONSUL Democracy (app/models/proposal/exporter.rb at 25e2c264): one row per comment.
    @Test("A CONSUL export: one proposal per ID even when its comments repeat the row; German headers")
    func consul() throws {
        let text = """
            ID,Titel,Autor,Zusammenfassung,Erstellt am,Kommentar ID,Kommentar Autor,Kommentar Inhalt
            41,Sitzbänke am Markt,a@example.org,Mehr Bänke im Schatten,01.06.2021,1,b@example.org,gute Idee
            41,Sitzbänke am Markt,a@example.org,Mehr Bänke im Schatten,01.06.2021,2,c@example.org,ja
            42,Trinkbrunnen,d@example.org,Wasser für alle,02.06.2021,,,
            """
        let drafts = try Self.read(text, name: "consul.csv")
        #expect(drafts.map(\.value.title) == ["Sitzbänke am Markt", "Trinkbrunnen"])
        #expect(drafts[0].value.origin == "CONSUL-Vorschlag 41")
        #expect(drafts[0].value.benefit == "Mehr Bänke im Schatten")
        let clash = text.replacingOccurrences(of: "41,Sitzbänke am Markt,a@example.org,Mehr Bänke im Schatten,01.06.2021,2", with: "41,Sitzbänke am Rathaus,a@example.org,Mehr Bänke im Schatten,01.06.2021,2")
        #expect(throws: InputFailure.self) { try Self.read(clash, name: "consul.csv") }
    }

    @Test("A folder of sheets: read in name order; a file of another kind is reported, not skipped")
    func folder() throws {
        let folder = try TemporaryFolder()
        try folder.write("- **Titel:** Zwei\n- **Themenfeld:** Mobilität\n", to: "sheets/2.md")
        try folder.write("Title: Ten\nTheme: innenstadt\n", to: "sheets/10.txt")
        try folder.write("ignored", to: "sheets/.DS_Store")
        let drafts = try IdeaImport.read(folder.url.appendingPathComponent("sheets"), shownAs: "sheets", language: .german)
        #expect(drafts.map(\.value.title) == ["Zwei", "Ten"])
        try folder.write("not a sheet", to: "sheets/foto.jpg")
        try folder.write("- **Titel:** \n", to: "sheets/3.md")
        do {
            _ = try IdeaImport.read(folder.url.appendingPathComponent("sheets"), shownAs: "sheets", language: .german)
            Issue.record("accepted")
        } catch {
            guard case .invalid(let problems) = error else { Issue.record("\(error)"); return }
            #expect(problems.diagnostics.sorted.map(\.description) == [
                "sheets/3.md:1: error: the sheet has no title; fill in 'Titel:' ('Title:')",
                "sheets/foto.jpg: error: not an idea sheet: only .md and .txt files are read from a folder; move it out",
            ])
        }
    }

    @Test("A CSV of unknown kind asks for --format")
    func unknownKind() {
        #expect(throws: InputFailure.self) { try Self.read("a,b\n1,2\n", name: "x.csv") }
    }
}
