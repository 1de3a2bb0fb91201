import Foundation
import Testing

@testable import WorkshopKit

@Suite("Form exports: one row per respondent, a column per item and criterion")
struct FormExportTests {
    let workspace = SheetFixtures.workspace()

    /// An export as Google or Microsoft Forms writes it: time stamp, respondent, then one
    /// column per question, headings in the styles those tools produce.
    static let export = """
        Zeitstempel,Ihre Kennung,P1 – Wachstumspotenzial,P1 – Öffentlicher Diskurs,Smarter unterwegs: Geräte,P1 - Bereitschaft der Verwaltung,P1 – Anmerkungen,Wachstumspotenzial [I-1],OEFFENTLICHER-DISKURS - i-1,p2 – geraete\r
        2020/08/18 10:01:00,AK-01,4,4 - hoch,sehr hoch,10,"Gut; \"\"dringend\"\"",,?,1\r
        2020/08/18 10:05:12,Özlem Sahin,5,weiß nicht,,0,,2,3,\r
        2020/08/18 10:09:40,ak-03,,,,,,,,\r

        """

    @Test("Headings are placed by item and criterion name or id, ignoring case, umlauts and punctuation")
    func placement() {
        let expected: [String: FormMapping.Target] = [
            "Zeitstempel": .ignore, "Ihre Kennung": .rater, "P1 – Wachstumspotenzial": .answer("P1", "wachstum"),
            "P1 – Öffentlicher Diskurs": .answer("P1", "oeffentlicher-diskurs"), "Smarter unterwegs: Geräte": .answer("P1", "geraete"),
            "P1 - Bereitschaft der Verwaltung": .answer("P1", "bereitschaft"), "P1 – Anmerkungen": .comment("P1"),
            "Wachstumspotenzial [I-1]": .answer("I-1", "wachstum"), "OEFFENTLICHER-DISKURS - i-1": .answer("I-1", "oeffentlicher-diskurs"),
            "p2 – geraete": .answer("P2", "geraete"), "P2 Lernen 12.0 – Schulen, Kitas & Büchereien: Geräte": .answer("P2", "geraete"),
        ]
        let names = FormNames(workspace)
        for (heading, target) in expected {
            #expect(FormMapping.candidates(heading, names: names) == [target], "\(heading)")
        }
        #expect(FormMapping.candidates("Frage 7", names: names).isEmpty)
    }

    @Test("The name index finds what comparing every name key directly finds, in workspace order")
    func nameIndexAgreesWithDirectComparison() throws {
        let workspace = try Fixtures.coesfeld()
        let names = FormNames(workspace)
        let named = workspace.ideas.map { (ItemID($0.id), $0.title) } + workspace.projects.map { (ItemID($0.id), $0.title) }
            + workspace.process.themes.map { (ItemID(rawValue: $0.id.rawValue), $0.name) }
        // Every id, title and id-with-title in the example, in other case and spelling, and some misses.
        var texts = named.flatMap { id, title in [id.rawValue, title, "\(id.rawValue) \(title)", title.uppercased(), id.rawValue.lowercased()] }
        texts += workspace.criteria.flatMap { [$0.id.rawValue, $0.name, $0.name.lowercased()] }
        texts += workspace.participants.flatMap { [$0.id.rawValue, $0.id.rawValue.lowercased(), $0.name, $0.name.uppercased()] }
        texts += ["", " ", "–", "Frage 7", "P", "Zeitstempel", "Strasse", "Straße"]
        #expect(texts.count > 300)
        for text in texts {
            let key = NameKey.key(text)
            let items = key.isEmpty ? [] : named.filter { id, title in
                let idKey = NameKey.key(id.rawValue)
                return key == idKey || key == NameKey.key(title) || key == idKey + NameKey.key(title)
            }.map(\.0)
            #expect(names.items(matching: text) == items, "\(text)")
            let criteria = workspace.criteria.filter { NameKey.key($0.id.rawValue) == key || NameKey.key($0.name) == key }.map(\.id)
            #expect(names.criteria(withKey: key) == criteria, "\(text)")
            #expect(names.participant(exactly: text) == workspace.participant(ParticipantID(text))?.id, "\(text)")
            #expect(names.participants(withIDIgnoringCase: text) == workspace.participants.filter { $0.id.rawValue.lowercased() == text.lowercased() }.map(\.id))
            #expect(names.participants(named: text) == workspace.participants.filter { NameKey.key($0.name) == key }.map(\.id), "\(text)")
        }
    }

    @Test("Each respondent's answers become one response per item, as from a sheet")
    func read() throws {
        let responses = try FormExport.read(Array(Self.export.utf8), file: "umfrage.csv", workspace: workspace)
        #expect(responses.map(\.value.rater) == ["AK-01", "AK-01", "AK-01", "AK-02", "AK-02"])
        #expect(responses.map(\.value.item) == ["P1", "I-1", "P2", "P1", "I-1"])
        let ak01 = responses[0].value
        #expect(
            ak01.answers == [
                .init("wachstum", .score(4)), .init("oeffentlicher-diskurs", .score(4)), .init("geraete", .score(5)), .init("bereitschaft", .score(10)),
            ])
        #expect(ak01.comment == "Gut; \"dringend\"")
        #expect(responses[1].value.answers == [.init("oeffentlicher-diskurs", .dontKnow)])
        #expect(responses[2].value.answers == [.init("geraete", .score(1))])
        // Özlem Şahin written without the cedilla is still AK-02, by name.
        #expect(responses[3].value.answers == [.init("wachstum", .score(5)), .init("oeffentlicher-diskurs", .dontKnow), .init("bereitschaft", .score(0))])
        #expect(responses[4].value.answers == [.init("wachstum", .score(2)), .init("oeffentlicher-diskurs", .score(3))])
        // Where each answer was: line and column.
        #expect(responses[0].at("geraete").description == "umfrage.csv:2:5")
        #expect(responses[0].at("comment").description == "umfrage.csv:2:7")
        // One fingerprint per row; AK-03 answered nothing and gives no response.
        guard case .form(let line, let fingerprint) = responses[0].value.source, case .form(_, let other) = responses[3].value.source else {
            Issue.record("not from a form")
            return
        }
        #expect(line == 2)
        #expect(responses[1].value.source == .form(line: 2, fingerprint: fingerprint))
        #expect(fingerprint != other)
    }

    @Test("The same row in another export with other columns has the same fingerprint; a changed answer another")
    func fingerprints() throws {
        let first = try FormExport.read(Array(Self.export.utf8), file: "a.csv", workspace: workspace)
        let reordered = "Ihre Kennung,P1 – Wachstumspotenzial\r\nAK-02,5\r\n"
        // AK-02's row read alone on P1 wachstum differs from the full row: fingerprints cover the whole row.
        let partial = try FormExport.read(Array(reordered.utf8), file: "b.csv", workspace: workspace)
        #expect(partial[0].value.source != first[3].value.source)
        let again = try FormExport.read(Array(Self.export.utf8), file: "c.csv", workspace: workspace)
        #expect(again.map(\.value) == first.map(\.value))
        let changed = try FormExport.read(Array(Self.export.replacingOccurrences(of: ",5,weiß nicht", with: ",4,weiß nicht").utf8), file: "d.csv", workspace: workspace)
        #expect(changed[3].value.source != first[3].value.source)
        #expect(changed[0].value.source == first[0].value.source)
    }

    @Test("All or nothing: every column that cannot be placed and every bad cell is named")
    func problems() throws {
        let text = """
            Zeitstempel,Kennung,Frage 7,P1 – Wachstumspotenzial,E-Mail-Adresse,P1 – Wachstumspotenzial\r
            x,AK-01,a,6,a@b.de,4\r
            y,AK-09,b,4 – gering,c@d.de,4\r
            z,AK-01,c,3,e@f.de,3\r

            """
        let error = try #require(throws: InvalidInput.self) {
            try FormExport.read(Array(text.utf8), file: "umfrage.csv", workspace: workspace)
        }
        let messages = error.diagnostics.sorted.map(\.description)
        #expect(messages == [
            "umfrage.csv:1:3: error: column 'Frage 7' names no item and criterion (e.g. 'P3 – Wachstumspotenzial'); map it in a mapping file (FormMapping.draft writes one)",
            "umfrage.csv:1:5: error: column 'E-Mail-Adresse' names no item and criterion (e.g. 'P3 – Wachstumspotenzial'); map it in a mapping file (FormMapping.draft writes one)",
            "umfrage.csv:1:6: error: columns 4 and 6 both hold P1 wachstum",
        ])
        // With the columns placed, the cells: off the scale, a label that contradicts its number,
        // an unknown respondent, a respondent twice.
        let mapping = FormMapping(targets: [
            "Zeitstempel": .ignore, "Kennung": .rater, "Frage 7": .ignore, "P1 – Wachstumspotenzial": .answer("P1", "wachstum"),
            "E-Mail-Adresse": .ignore,
        ])
        let single = text.replacingOccurrences(of: ",P1 – Wachstumspotenzial\r", with: ",E-Mail-Adresse\r")
        let cells = try #require(throws: InvalidInput.self) {
            try FormExport.read(Array(single.utf8), file: "umfrage.csv", workspace: workspace, mapping: mapping)
        }
        let cellMessages = cells.diagnostics.sorted.map(\.description)
        #expect(cellMessages.count == 4)
        #expect(cellMessages[0].hasPrefix("umfrage.csv:2:4: error: 6 is outside 1…5 for P1 Wachstumspotenzial: write a whole number 1…5"))
        #expect(cellMessages[1].hasPrefix("umfrage.csv:3:2: error: unknown respondent 'AK-09'; did you mean 'AK-01'?"))
        #expect(cellMessages[2] == "umfrage.csv:3:4: error: '4 – gering': 'gering' is 2 on this scale, not 4 for P1 Wachstumspotenzial: write a whole number 1…5 (or its label), ? for don't know, or leave it empty")
        #expect(cellMessages[3] == "umfrage.csv:4:2: error: AK-01 answered twice; the first row is line 2; keep one row")
    }

    @Test("A drafted mapping names what was matched and leaves the rest to fill in; completed, it reads the export")
    func draftedMapping() throws {
        var ambiguous = workspace
        ambiguous.projects.append(Project(id: "P3", title: "Mobilstationen für Dörfer", theme: "mobilitaet"))
        let headings = ["Zeitstempel", "Kennung", "Frage 7", "Mobilstationen für Dörfer – Geräte", "P2 – Wachstumspotenzial"]
        let draft = FormMapping.draft(headings, workspace: ambiguous)
        #expect(draft == """
            column,maps_to,note\r
            Zeitstempel,ignore,\r
            Kennung,rater,\r
            Frage 7,,"no item and criterion found: write ITEM CRITERION, ITEM comment, rater or ignore"\r
            Mobilstationen für Dörfer – Geräte,,"several matches: I-1 geraete, P3 geraete"\r
            P2 – Wachstumspotenzial,P2 wachstum,\r

            """)
        // Unfinished, the mapping is refused row by row.
        let unfinished = try #require(throws: InvalidInput.self) {
            try FormMapping.read(Array(draft.utf8), file: "zuordnung.csv", workspace: ambiguous)
        }
        #expect(unfinished.diagnostics.sorted.map(\.description) == [
            "zuordnung.csv:4:2: error: column 'Frage 7': not mapped yet; write ITEM CRITERION (e.g. P3 wachstum), ITEM comment, rater or ignore",
            "zuordnung.csv:5:2: error: column 'Mobilstationen für Dörfer – Geräte': not mapped yet; write ITEM CRITERION (e.g. P3 wachstum), ITEM comment, rater or ignore",
        ])
        let completed = draft.replacingOccurrences(of: "Frage 7,,", with: "Frage 7,P3 comment,")
            .replacingOccurrences(of: "Dörfer – Geräte,,", with: "Dörfer – Geräte,I-1 geraete,")
        let mapping = try FormMapping.read(Array(completed.utf8), file: "zuordnung.csv", workspace: ambiguous)
        let export = headings.joined(separator: ",") + "\r\nheute,AK-03,nicht genug Platz,?,3\r\n"
        let responses = try FormExport.read(Array(export.utf8), file: "umfrage.csv", workspace: ambiguous, mapping: mapping)
        #expect(responses.map(\.value.item) == ["P3", "I-1", "P2"])
        #expect(responses[0].value.comment == "nicht genug Platz" && responses[0].value.answers.isEmpty)
        #expect(responses[1].value.answers == [.init("geraete", .dontKnow)])
        #expect(responses[2].value.answers == [.init("wachstum", .score(3))])
        // A column the mapping does not name is refused.
        let extra = try #require(throws: InvalidInput.self) {
            try FormExport.read(
                Array(("Neu," + export.replacingOccurrences(of: "\r\nheute", with: "\r\nx,heute")).utf8), file: "umfrage.csv",
                workspace: ambiguous, mapping: mapping)
        }
        #expect(extra.diagnostics.sorted.first?.description.hasPrefix("umfrage.csv:1:1: error: column 'Neu' is not in the mapping file") == true)
    }

    @Test("Mapping files: unknown ids and repeated columns are named")
    func mappingProblems() throws {
        let text = "column,maps_to\r\nA,P9 wachstum\r\nB,P1 wachstm\r\nA,ignore\r\nC,P1 wachstum extra\r\n"
        let error = try #require(throws: InvalidInput.self) {
            try FormMapping.read(Array(text.utf8), file: "m.csv", workspace: workspace)
        }
        let messages = error.diagnostics.sorted.map(\.description)
        #expect(messages[0].hasPrefix("m.csv:2:2: error: column 'A': 'P9' is neither an idea, a project nor a theme; did you mean 'P1'?"))
        #expect(messages[1].hasPrefix("m.csv:3:2: error: column 'B': unknown criterion 'wachstm'; did you mean 'wachstum'?"))
        #expect(messages[2] == "m.csv:4:1: error: column 'A' is mapped twice; the first is on line 2")
        #expect(messages[3].hasPrefix("m.csv:5:2: error: column 'C': 'P1 wachstum extra' is not a target"))
    }
}
