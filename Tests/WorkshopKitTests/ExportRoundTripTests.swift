import Foundation
import Testing

@testable import WorkshopKit

@Suite("Exports survive the trip to a spreadsheet and back")
struct ExportRoundTripTests {
    /// Idea texts a real idea list can hold, and some that try to break things.
    static let hostile: [String] = [
        "=HYPERLINK(\"http://evil.example\",\"click\")",
        "+1+1", "-2", "@SUM(A1:A9)", "\t=1+1", "\r=1+1", "'quoted", "''double", "'=already guarded",
        "Pipes | and ; and , separators",
        "<script>alert('x')</script> & <b>bold</b>",
        "\"quoted\" and \"\"doubled\"\"",
        "line one\nline two\r\nline three\rline four",
        "emoji 👩‍👩‍👧 flags 🇩🇪 and combining e\u{301}",
        "Umlaute: Förderung, Dülmen, Lüdinghausen, Straße",
        String(repeating: "Zehntausend Zeichen. ", count: 500),
        "",
    ]

    private func hostileWorkspace() -> Workspace {
        var workspace = Fixtures.small()
        workspace.ideas = Self.hostile.enumerated().map { offset, text in
            Idea(id: IdeaID("I-\(offset + 1)"), title: text.isEmpty ? "empty benefit" : text, theme: "mobility", benefit: text, challenges: String(text.reversed()))
        }
        workspace.projects = [Project(id: "P1", title: Self.hostile[0], theme: "mobility", ideas: workspace.ideas.map(\.id))]
        workspace.ratings = []
        workspace.ballots = []
        workspace.votes = []
        return workspace
    }

    @Test("Every CSV export reads back with the toolkit's own reader, cell for cell", arguments: CSVProfile.allCases)
    func readBack(_ profile: CSVProfile) throws {
        let workspace = hostileWorkspace()
        let files = ExportSet.render(Evaluation(workspace), csvProfile: profile)
        let ideas = try #require(files.first { $0.path == "ideas.csv" })
        #expect(ideas.bytes.starts(with: [0xEF, 0xBB, 0xBF]) == (profile == .excelGerman))
        let table = try CSVTable(
            bytes: ideas.bytes, file: "ideas.csv", required: ConsolidationRenderer(ExportContext(evaluation: Evaluation(workspace), csvProfile: profile)).csvHeader)
        #expect(table.rows.count == Self.hostile.count)
        // Column names follow the workspace's language (English here), whatever the profile.
        for (row, idea) in zip(table.rows, workspace.ideas.sorted { $0.id < $1.id }) {
            #expect(table.value(row, "idea") == idea.id.rawValue)
            #expect(table.value(row, "title") == idea.title)
            #expect(table.value(row, "benefit") == (idea.benefit ?? ""))
            #expect(table.value(row, "challenges") == (idea.challenges ?? ""))
            #expect(table.value(row, "projects") == "P1")
        }
        // The project list carries the hostile project title back too.
        let list = try #require(files.first { $0.path == "project-list.csv" })
        let projects = try CSVTable(bytes: list.bytes, file: "project-list.csv", required: ProjectListRenderer(ExportContext(evaluation: Evaluation(workspace), csvProfile: profile)).csvHeader)
        #expect(projects.rows.map { projects.value($0, "title") } == [Self.hostile[0]])
        // And every other CSV export has a rectangular shape the reader accepts.
        for file in files where file.path.hasSuffix(".csv") {
            let document = try CSVReader().read(file.bytes, file: file.path)
            #expect(document.separator == profile.separator)
        }
    }

    @Test("No text cell begins with a character a spreadsheet would run as a formula", arguments: CSVProfile.allCases)
    func noFormulas(_ profile: CSVProfile) throws {
        let files = ExportSet.render(Evaluation(hostileWorkspace()), csvProfile: profile)
        for file in files where file.path.hasSuffix(".csv") {
            let document = try CSVReader().read(file.bytes, file: file.path)
            for record in document.records {
                for field in record.fields {
                    if let first = field.unicodeScalars.first, ["=", "+", "@", "\t", "\r"].contains(first) {
                        Issue.record("\(file.path):\(record.line): a cell begins with '\(first)': \(field.prefix(40))")
                    }
                    // '-' may begin a number (a negative amount), never a text.
                    if field.hasPrefix("-") { #expect(Double(field.replacingOccurrences(of: ",", with: ".")) != nil, "\(field)") }
                }
            }
        }
    }

    @Test("Hostile texts survive the workspace's own JSON files")
    func workspaceFiles() throws {
        let workspace = hostileWorkspace()
        let result = WorkspaceDecoder.decode(
            id: "hostile", files: Fixtures.files(of: workspace, ratings: workspace.ratings.ratings, ballots: []), folder: "hostile")
        let decoded = try #require(result.workspace, "\(result.diagnostics.sorted)")
        #expect(decoded.ideas == workspace.ideas)
    }

    @Test("English workspaces get English labels, points and ISO dates; German ones commas and German dates")
    func languages() throws {
        var english = Fixtures.small(language: .english)
        english.status = [StatusEntry(project: "P1", date: try #require(Day("2023-08-07")), state: .running, note: "ok")]
        english.budget = [BudgetLine(project: "P1", kind: .investment, amount: Money(cents: 123_456_789))]
        var german = english
        german.process.language = .german
        german.process.csvProfile = .excelGerman

        let en = Dictionary(uniqueKeysWithValues: ExportSet.render(Evaluation(english)).map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
        let de = Dictionary(uniqueKeysWithValues: ExportSet.render(Evaluation(german)).map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
        #expect(en["project-list.md"]?.hasPrefix("# Consolidated project list – Small process\n\nAs of 2023-08-07\n") == true)
        #expect(de["project-list.md"]?.hasPrefix("# Konsolidierte Projektliste – Small process\n\nStand: 07.08.2023\n") == true)
        #expect(en["report.html"]?.contains("@top-right { content: \"As of 2023-08-07\"") == true)
        #expect(en["report.html"]?.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">") == true)
        // P2's potential: networks 3, staff 2 → 2.50.
        #expect(en["project-list.csv"]?.contains(",2.50,") == true)
        #expect(de["project-list.csv"]?.contains(";2,50;") == true)
        #expect(en["project-list.csv"]?.contains(",1234567.89,running,2023-08-07\r\n") == true)
        #expect(de["project-list.csv"]?.contains(";1234567,89;in Umsetzung;07.08.2023\r\n") == true)
        #expect(en["briefs/P1.md"]?.contains("| **Total** |  |  | **1,234,567.89\u{A0}€** |") == true)
        #expect(de["briefs/P1.md"]?.contains("| **Summe** |  |  | **1.234.567,89\u{A0}€** |") == true)
    }
}
