import Foundation
import Testing

@testable import WorkshopKit

/// The reason a change was refused (`WorkspaceError.refused`); `nil` when it was made or failed otherwise.
func refusal(_ change: () throws -> Void) -> String? {
    do {
        try change()
        return nil
    } catch {
        guard case .refused(let reason)? = error as? WorkspaceError else { return nil }
        return reason
    }
}

@Suite("The strategy cycle as library changes")
struct CycleTests {
    @Test("Status, milestones, decisions, posts, roles and the vision: each change checked, refused ones change nothing")
    func changes() throws {
        var workspace = Fixtures.small()
        let day = try #require(Day("2023-08-07"))
        try workspace.recordStatus(StatusEntry(project: "P1", date: day, state: .running, note: "läuft"))
        #expect(workspace.status.count == 1)
        #expect(refusal { try workspace.recordStatus(StatusEntry(project: "P9", date: day, state: .running, note: "x")) } == "unknown project 'P9'; did you mean 'P1'?; projects: P1, P2")
        #expect(refusal { try workspace.recordStatus(StatusEntry(project: "P1", date: day, state: .done, note: "  ")) } != nil)

        try workspace.addMilestone(Milestone(id: "m1", title: "Start", project: "P1", due: day))
        #expect(refusal { try workspace.addMilestone(Milestone(id: "m1", title: "Again", due: day)) } == "milestone m1 exists already; choose another id")
        try workspace.completeMilestone("m1", on: try #require(Day("2023-08-10")))
        #expect(refusal { try workspace.completeMilestone("m1", on: day) } == "milestone m1 was done on 2023-08-10 already")
        #expect(refusal { try workspace.completeMilestone("m2", on: day) } != nil)

        try workspace.addDecision(Decision(id: "d1", body: "Kreistag", subject: "Strategie"))
        #expect(refusal { try workspace.addDecision(Decision(id: "d1", body: "Rat", subject: "Strategie")) } != nil)

        try workspace.setPost(Post(id: "p1", title: "Koordination", partner: "north", vacantFrom: day))
        try workspace.setPost(Post(id: "p1", title: "Koordination", partner: "north", vacantFrom: day, vacantUntil: Day("2024-01-01")))
        #expect(workspace.posts.count == 1)
        #expect(refusal { try workspace.setPost(Post(id: "p2", title: "X", partner: "south")) } != nil)
        #expect(refusal { try workspace.setPost(Post(id: "p3", title: "X", vacantUntil: day)) } != nil)

        try workspace.setRole(Role(id: "DA", name: "Digitalagentur", responsibility: "Umsetzung"))
        try workspace.setRole(Role(id: "DA", name: "Digitalagentur COE", responsibility: "Umsetzung"))
        #expect(workspace.process.roles.filter { $0.id == "DA" }.map(\.name) == ["Digitalagentur COE"])
        try workspace.setVision(Vision(statement: "Gemeinsam digital", motto: "Los"))
        try workspace.setGuidingImage("Ohne Auto gut erreichbar", for: "mobility")
        #expect(workspace.process.theme("mobility")?.guidingImage == "Ohne Auto gut erreichbar")
        #expect(refusal { try workspace.setGuidingImage("x", for: "nowhere") } != nil)
        #expect(workspace.nextIdeaID() == "I-4")
    }

    @Test("A milestone is late on a day when it was due before it and not done by then")
    func lateness() throws {
        let due = try #require(Day("2023-03-31"))
        let open = Milestone(id: "m", title: "M", due: due)
        #expect(!open.isOverdue(on: due))
        #expect(open.isOverdue(on: try #require(Day("2023-04-01"))))
        let done = Milestone(id: "m", title: "M", due: due, done: Day("2023-05-02"))
        #expect(done.isOverdue(on: try #require(Day("2023-05-01"))))
        #expect(!done.isOverdue(on: try #require(Day("2023-05-02"))))
        #expect(done.wasDoneLate)
        #expect(due.days(until: try #require(Day("2023-09-14"))) == 167)
        #expect(try #require(Day("1970-01-01")).ordinal == 0)
        #expect(try #require(Day("2000-03-01")).ordinal == 11_017)
    }

    @Test("A post is vacant from its first vacant day to the day it is filled, both included")
    func vacancy() throws {
        let post = Post(id: "p", title: "P", vacantFrom: Day("2023-06-01"), vacantUntil: Day("2023-12-31"))
        #expect(!post.isVacant(on: try #require(Day("2023-05-31"))))
        #expect(post.isVacant(on: try #require(Day("2023-06-01"))))
        #expect(post.isVacant(on: try #require(Day("2023-12-31"))))
        #expect(!post.isVacant(on: try #require(Day("2024-01-01"))))
        #expect(!Post(id: "q", title: "Q").isVacant(on: try #require(Day("2023-06-01"))))
    }
}

@Suite("Funding checks and the own share split")
struct FundingCheckTests {
    static let call = FundingCall(
        id: "c", name: "Call", subsidyRate: Hundredths(65), capPerApplication: Money(euros: 1000), deadline: Day("2021-03-14"),
        thirdPartyReductionLimit: Hundredths(50), maximumYears: 4)

    static func overview(_ application: FundingApplication, call: FundingCall = call, projects: [Project] = []) -> BudgetOverview {
        BudgetOverview(
            application: application, call: call,
            budget: [BudgetLine(project: "P1", kind: .investment, amount: Money(euros: 600), year: 2022), BudgetLine(project: "P1", kind: .operating, amount: Money(euros: 200), year: 2023), BudgetLine(project: "P1", kind: .operating, amount: Money(euros: 100))],
            projects: projects)
    }

    @Test("Every condition is shown: met, not met, or not checkable and why")
    func outcomes() throws {
        let projects = [Project(id: "P1", title: "One", theme: "t", start: Day("2022-01-01"), end: Day("2025-12-31"))]
        var application = FundingApplication(id: "a", call: "c", title: "A", items: [.init(project: "P1", title: "One")])
        var checks = Self.overview(application, projects: projects).checks
        #expect(checks.map(\.outcome) == [.passed, .notCheckable(.noSubmissionDate), .passed, .passed, .passed])
        application.submitted = Day("2021-03-15")
        application.thirdPartyFunds = Money(euros: 200)  // own share 315, at most half of it: 157.50
        application.items.append(.init(project: "P2", title: "Two"))
        checks = Self.overview(application, projects: projects).checks
        #expect(checks.map(\.outcome) == [.passed, .failed, .notCheckable(.runningTimeUnknown(["P2"])), .failed, .failed])
        #expect(checks[3] == .thirdPartyLimit(funds: Money(euros: 200), limit: Money(cents: 15_750)))
        let open = FundingCall(id: "c", name: "Open", subsidyRate: Hundredths(50))
        #expect(Self.overview(application, call: open).checks.map(\.outcome).prefix(4) == [
            .notCheckable(.notSetByCall), .notCheckable(.notSetByCall), .notCheckable(.notSetByCall), .notCheckable(.notSetByCall),
        ])
    }

    @Test("Cost by budget year: years ascending, lines without a year last, adding up to the total")
    func byYear() {
        let overview = Self.overview(FundingApplication(id: "a", call: "c", title: "A", items: [.init(project: "P1", title: "One")]))
        #expect(overview.years.map(\.year) == [2022, 2023, nil])
        #expect(overview.years.map(\.total).sum() == overview.total)
    }

    @Test("Splits add up to the cent; left-over cents go to the largest remainders, ties to the partner named first")
    func split() {
        let equal = OwnShareSplit.equal(["a", "b", "c"])
        #expect(equal.parts(of: Money(cents: 100)).map(\.amount.cents) == [34, 33, 33])
        #expect(equal.parts(of: Money(cents: 101)).map(\.amount.cents) == [34, 34, 33])
        // 1 000,00 € by 12 345 : 6 789 inhabitants: 64 520.10 and 35 479.89 exact, the cent to the larger remainder.
        let inhabitants = OwnShareSplit.inhabitants([.init(partner: "a", weight: 12_345), .init(partner: "b", weight: 6_789)])
        let parts = inhabitants.parts(of: Money(euros: 1000))
        #expect(parts.map(\.amount.cents) == [64_519, 35_481])
        #expect(parts.map(\.amount).sum() == Money(euros: 1000))
        let fixed = OwnShareSplit.fixed([.init(partner: "kreis", weight: 5000), .init(partner: "x", weight: 2500), .init(partner: "y", weight: 2500)])
        #expect(fixed.parts(of: Money(cents: 285_715_501)).map(\.amount.cents) == [142_857_751, 71_428_875, 71_428_875])
    }

    @Test("The split is of the own share after third-party funds")
    func splitAfterThirdParty() {
        var application = FundingApplication(id: "a", call: "c", title: "A", items: [.init(project: "P1", title: "One")], thirdPartyFunds: Money(euros: 100))
        application.ownShareSplit = .equal(["a", "b"])
        let overview = Self.overview(application)
        #expect(overview.ownShareAfterThirdParty == Money(euros: 215))
        #expect(overview.ownShareParts?.map(\.amount) == [Money(cents: 10_750), Money(cents: 10_750)])
    }
}

@Suite("The status report")
struct StatusReportTests {
    static func workspace() throws -> Workspace {
        var workspace = try Fixtures.coesfeld()
        try workspace.addMilestone(Milestone(id: "ms-late", title: "Vollantrag", project: "P14", due: try #require(Day("2023-03-31"))))
        try workspace.addMilestone(Milestone(id: "ms-late-done", title: "Konzept", due: try #require(Day("2023-01-31")), done: Day("2023-02-15")))
        return workspace
    }

    @Test("What changed in the period, what is late and vacant at its end")
    func coesfeld2023() throws {
        let report = StatusReport(try Self.workspace(), from: try #require(Day("2022-09-14")), to: try #require(Day("2023-09-14")))
        #expect(report.statusEntries.count == 6)
        #expect(report.doneMilestones.map(\.id) == ["ms-digitalisierungskonferenz", "ms-late-done"])
        #expect(report.lateMilestones.map(\.id) == ["ms-late"])
        #expect(report.comingMilestones.map(\.id) == ["ms-zukunftswandler"])
        #expect(report.decisions.map(\.id) == ["afwd-2023-09-14"])
        #expect(report.vacantPosts.map(\.id) == ["smart-region-koordination", "slr-projektstelle-1", "slr-projektstelle-2"])
        #expect(report.projectStates.map(\.project.id) == ["P3", "P4", "P14", "P22", "P25", "P26"])
        let earlier = StatusReport(try Self.workspace(), from: try #require(Day("2020-01-01")), to: try #require(Day("2020-12-31")))
        #expect(earlier.statusEntries.isEmpty && earlier.vacantPosts.isEmpty && earlier.projectStates.isEmpty)
        #expect(earlier.decisions.map(\.id) == ["ka-2020-06-10", "afwk-2020-08-27"])
    }

    @Test("As Markdown: late milestones with their days, vacant posts, and the sources of the entries")
    func markdown() throws {
        let workspace = try Self.workspace()
        let text = StatusReportRenderer(ExportContext(evaluation: Evaluation(workspace)))
            .markdown(StatusReport(workspace, from: try #require(Day("2022-09-14")), to: try #require(Day("2023-09-14"))))
        #expect(text.hasPrefix("# Sachstandsbericht – Coesfeld 12.0 – Im Kreis gemeinsam digital\n"))
        #expect(text.contains("- **Berichtszeitraum:** 14.09.2022 – 14.09.2023\n"))
        #expect(text.contains("| 31.03.2023 | Vollantrag | P14 | 167 |\n"))
        #expect(text.contains("| 31.01.2023 | Konzept | Gesamtprozess | 15.02.2023 (verspätet) |\n"))
        #expect(text.contains("| Smart Region Koordination | Kreis Coesfeld |  | 01.06.2023 |\n"))
        #expect(text.contains("| 14.09.2023 | Ausschuss für Finanzen, Wirtschaftsförderung und Digitalisierung | SV-10-0968 |"))
        #expect(text.contains("Quellen der Einträge: Sachstandsbericht 2023, SV-10-0968"))
        #expect(text.contains("- status.json: rekonstruiert – Sachstand nach dem Sachstandsbericht 2023"))
        let tables = text.components(separatedBy: "\n|:").count - 1
        #expect(tables == 7)
    }
}

@Suite("Brief templates")
struct BriefTemplateTests {
    @Test("The default template gives today's brief with the provenance line after the facts")
    func standard() throws {
        let workspace = try Fixtures.coesfeld()
        let renderer = BriefRenderer(ExportContext(evaluation: Evaluation(workspace)))
        let project = try #require(workspace.project("P14"))
        let brief = renderer.markdown(for: project)
        #expect(brief == renderer.markdown(for: project, template: try BriefTemplate.parse(BriefTemplate.defaultText, file: "t").get()))
        let facts = try #require(brief.range(of: "- **Sachstand:** in Umsetzung (07.08.2023)\n\n**Quellen und Annahmen:** "))
        #expect(brief[facts.upperBound...].hasPrefix("Nummer, Titel und Themenfeld: Präsentation Coesfeld 12.0"))
        #expect(!brief.contains("\n\n\n"))
        #expect(brief.hasSuffix("|\n"))
    }

    @Test("A template of the office's own: text, values anywhere, blocks on their own lines, empty blocks leave no gap")
    func custom() throws {
        let workspace = try Fixtures.coesfeld()
        let renderer = BriefRenderer(ExportContext(evaluation: Evaluation(workspace)))
        let template = try BriefTemplate.parse(
            "# Steckbrief {{id}}: {{ title }}\n\nThemenfeld {{theme}}, {{priority}}, Kümmerer: {{lead}}\n\n{{milestones}}\n\n{{budget}}\n\nKontakt: Projektbüro\n", file: "t"
        ).get()
        let brief = renderer.markdown(for: try #require(workspace.project("P1")), template: template)
        #expect(brief == "# Steckbrief P1: Online ins Rathaus\n\nThemenfeld Verwaltung, Priorität I, Kümmerer: nicht angegeben\n\nKontakt: Projektbüro\n")
        let escaped = renderer.markdown(for: Project(id: "P99", title: "*fett* <b>", theme: "verwaltung"), template: template)
        #expect(escaped.hasPrefix("# Steckbrief P99: \\*fett\\* \\<b\\>\n"))
    }

    @Test("Unknown placeholders, blocks inside a line and an unclosed {{ are errors with line and column")
    func errors() {
        let text = "# {{id}}\nText {{budget}} mehr\n{{kosten}}\n{{tite}} und {{title\n"
        guard case .failure(let problems) = BriefTemplate.parse(text, file: "templates/brief.md") else {
            Issue.record("accepted")
            return
        }
        let lines = problems.diagnostics.sorted.map(\.description)
        #expect(lines.count == 4)
        #expect(lines[0] == "templates/brief.md:2:6: error: {{budget}} is a block and must stand on a line of its own")
        #expect(lines[1].hasPrefix("templates/brief.md:3:1: error: unknown placeholder {{kosten}}; the placeholders are blocks"))
        #expect(lines[2].hasPrefix("templates/brief.md:4:1: error: unknown placeholder {{tite}}; did you mean 'title'?"))
        #expect(lines[3] == "templates/brief.md:4:14: error: '{{' is not closed with '}}'; write placeholders as {{title}}")
    }
}

@Suite("Sources and assumptions in the exports")
struct ProvenanceTests {
    static func exports() throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: ExportSet.render(Evaluation(try Fixtures.coesfeld())).map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    @Test("No export names a source by its file name, and no brief puts a source above invented benefits")
    func noFileNames() throws {
        for (path, text) in try Self.exports() {
            #expect(!text.lowercased().contains("seed"), "\(path)")
            #expect(!text.contains("- **Quelle:**"), "\(path)")
        }
    }

    @Test("Every brief, the project list and budget.md say what of them is illustrative or reconstructed")
    func marked() throws {
        let exports = try Self.exports()
        for (path, text) in exports where path.hasPrefix("briefs/") {
            #expect(text.contains("\n**Quellen und Annahmen:** Nummer, Titel und Themenfeld: Präsentation Coesfeld 12.0, Ausschuss Havixbeck, 04.03.2021 (Themenfelder und Projekte)"), "\(path)")
            #expect(text.contains("Illustrativ: ") && text.contains("Bewertung"), "\(path)")
            #expect(text.contains("(../index.md#quellen-und-annahmen)"), "\(path)")
        }
        let p3 = try #require(exports["briefs/P3.md"])
        #expect(p3.contains("Idee I\u{2011}VW\u{2011}03: Präsentation Coesfeld 12.0, Ausschuss Havixbeck, 04.03.2021 (Konsolidierte Projektliste, Empfehlungen der Arbeitsgruppe)."))
        #expect(!p3.contains("Ideen I\u{2011}VW\u{2011}03"))
        let p14 = try #require(exports["briefs/P14.md"])
        #expect(p14.contains("Illustrativ: Ideen I\u{2011}WI\u{2011}03, I\u{2011}WI\u{2011}04, Bewertung, Punkte, Prioritätengruppe (Regel und Abweichungen). Rekonstruiert: Steckbriefangaben (Kurzbeschreibung, Kümmerer, Partner, Laufzeit), Budget, Förderantrag, Sachstand."))
        let list = try #require(exports["project-list.md"])
        #expect(list.hasPrefix("# Konsolidierte Projektliste (mit illustrativen Daten) – Coesfeld 12.0"))
        #expect(list.contains("Illustrativ: Bewertungen (Relevanz, Potenzial), Punkte, Regel und Abweichungen der Prioritätengruppen, Ideen."))
        #expect(list.components(separatedBy: "*Illustrativ (prioritisation.json)").count == 3)
        let budget = try #require(exports["budget.md"])
        #expect(budget.contains("Rekonstruiert: Budget, Förderantrag."))
        #expect(budget.contains("- – Bewerbungsfrist: nicht prüfbar: kein Einreichungsdatum (Bewerbungsfrist 14.03.2021)\n"))
    }

    @Test("index.md renders every file's note and provenance, the logs' from process.json, and the documents as labels")
    func index() throws {
        let index = try #require(try Self.exports()["index.md"])
        #expect(index.contains("\n## Quellen und Annahmen\n"))
        #expect(index.contains("- Sachstandsbericht 2023, SV-10-0968 (Sitzungsvorlage vom 07.08.2023)\n"))
        #expect(index.contains("| ratings.csv | Bewertungen | illustrativ | Bewertungen illustrativ:"))
        #expect(index.contains("| ballots.csv | Stimmzettel | illustrativ |"))
        for garbled in ["„FB – Prozessbüro“ als PB", "beim AK", "TDG „Themenspezifischer", "BEREITSGELICHEN DER VERWALTUNG"] {
            #expect(index.contains(garbled), "\(garbled)")
        }
        for fact in ["| Regierungsbezirk | Münster |", "| Einwohner | 220.712 (IT.NRW, 31.12.2020) |", "| Fläche | 1.112,04 km² |", "| Glasfaserversorgung | rund 85\u{A0}% |"] {
            #expect(index.contains(fact), "\(fact)")
        }
        #expect(index.contains("| Smart Region Koordination | Kreis Coesfeld |  |  | vakant seit 01.06.2023 |"))
        #expect(index.contains("\n## Vision\n\nDurch ganzheitliche digitale Lösungen"))
        #expect(index.contains("| 14.09.2023 | Ausschuss für Finanzen, Wirtschaftsförderung und Digitalisierung | SV-10-0968 |"))
        #expect(index.contains("- **DA** – Digitalagentur COE"))
        #expect(index.contains("\n## Phasen\n") && index.contains("*Rekonstruiert (process.json) – Einzelheiten unter [Quellen und Annahmen](#quellen-und-annahmen).*"))
    }

    @Test("A file without a provenance says nothing; a workspace that states none gets no provenance lines")
    func silentWithoutProvenance() {
        let exports = ExportSet.render(Evaluation(Fixtures.small()))
        for file in exports where file.path.hasSuffix(".md") {
            #expect(!String(decoding: file.bytes, as: UTF8.self).contains("Sources and assumptions:"), "\(file.path)")
        }
    }

    @Test("Notes and provenance survive a round trip; the logs' live in process.json; an unknown provenance is an error")
    func roundTrip() throws {
        var workspace = Fixtures.small()
        workspace.describe(.ratings, provenance: .illustrative, note: "made up")
        workspace.describe(.ideas, provenance: .reconstructed, note: nil)
        let files = Fixtures.files(of: workspace)
        #expect(String(decoding: files[.process] ?? [], as: UTF8.self).contains("\"logs\": {\n    \"ratings.csv\": {\n      \"note\": \"made up\",\n      \"provenance\": \"illustrative\"\n    }\n  }"))
        let decoded = try #require(WorkspaceDecoder.decode(id: "small", files: files, folder: "small").workspace)
        #expect(decoded.provenance == [.ratings: .illustrative, .ideas: .reconstructed])
        #expect(decoded.notes[.ratings] == "made up")
        var broken = files
        broken[.ideas] = Array("{\"ideas\": [], \"provenance\": \"invented\"}".utf8)
        let result = WorkspaceDecoder.decode(id: "small", files: broken, folder: "small")
        #expect(result.diagnostics.sorted.map(\.description) == ["small/ideas.json:1:29: error: \"provenance\" must be one of sources, reconstructed, illustrative; found 'invented'"])
    }
}
