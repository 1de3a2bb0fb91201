import Foundation
import Testing

@testable import WorkshopKit

@Suite("The embedded Coesfeld 12.0 example follows the sources")
struct CoesfeldExampleTests {
    @Test("The county and its 11 towns are the partners")
    func partners() throws {
        let process = try Fixtures.coesfeld().process
        let towns = process.partners.filter { $0.kind == .town }.map(\.name)
        #expect(towns == ["Ascheberg", "Billerbeck", "Coesfeld", "Dülmen", "Havixbeck", "Lüdinghausen", "Nordkirchen", "Nottuln", "Olfen", "Rosendahl", "Senden"])
        #expect(process.partners.filter { $0.kind == .county }.map(\.name) == ["Kreis Coesfeld"])
        #expect(process.language == .german)
        #expect(process.csvProfile == .excelGerman)
    }

    @Test("The stakeholder roles of the presentation's table, then the Digitalagentur and the bundle's steering")
    func roles() throws {
        #expect(try Fixtures.coesfeld().process.roles.map(\.id.rawValue) == ["IZ", "BMK", "PA", "PB", "AK", "MO", "TDG", "ITE", "DA", "SG", "PL"])
    }

    @Test("The three theme workshops the seeds name")
    func workshops() throws {
        let workshops = try Fixtures.coesfeld().workshops
        let mobility = try #require(workshops.first { $0.theme == "mobilitaet" })
        #expect(mobility.date == Day("2020-02-19"))
        #expect(mobility.format == .presence)
        #expect(mobility.participantCount == 30)
        let online = workshops.filter { $0.format == .online }.compactMap(\.theme)
        #expect(online == ["wirtschaft", "innenstadt"])
    }

    @Test("The 28 projects P1–P28 with their titles and themes")
    func projects() throws {
        let workspace = try Fixtures.coesfeld()
        #expect(workspace.projects.map(\.id.rawValue) == (1...28).map { "P\($0)" })
        let byTheme = Dictionary(grouping: workspace.projects, by: \.theme).mapValues { $0.map(\.id.rawValue) }
        #expect(byTheme["verwaltung"] == ["P1", "P2", "P3", "P4"])
        #expect(byTheme["bildung"] == (5...11).map { "P\($0)" })
        #expect(byTheme["wirtschaft"] == (12...18).map { "P\($0)" })
        #expect(byTheme["mobilitaet"] == (19...22).map { "P\($0)" })
        #expect(byTheme["innenstadt"] == (23...28).map { "P\($0)" })
        #expect(workspace.project("P1")?.title == "Online ins Rathaus")
        #expect(workspace.project("P13")?.title == "Schutzkreis für den Datenschatz")
        #expect(workspace.project("P28")?.title == "Digitaler Motivationsschub")
    }

    @Test("The relevance and potential criteria of seed 004, with guiding questions")
    func criteria() throws {
        let criteria = try Fixtures.coesfeld().criteria
        #expect(criteria.filter { $0.group == .relevance }.map(\.name) == ["Wachstumspotenzial", "Wirtschaftliche Lage", "Arbeitsplätze im Sektor", "Imagefaktor", "Öffentlicher Diskurs"])
        #expect(criteria.filter { $0.group == .potential }.count == 7)
        #expect(criteria.allSatisfy { !$0.questions.isEmpty })
    }

    @Test("The funding call: 65 % subsidy, 15 Mio € cap, deadline 14.03.2021, own share reducible by 50 %; 7 projects bundled")
    func fundingCall() throws {
        let workspace = try Fixtures.coesfeld()
        let call = try #require(workspace.fundingCalls.first)
        #expect(call.name == "Modellprojekte Smart Cities")
        #expect(call.subsidyRate == Hundredths(65))
        #expect(call.ownShareRate == Hundredths(35))
        #expect(call.capPerApplication == Money(euros: 15_000_000))
        #expect(call.deadline == Day("2021-03-14"))
        #expect(call.thirdPartyReductionLimit == Hundredths(50))
        #expect(workspace.applications.first?.items.count == 7)
    }

    @Test("P3 and P4 are in priority group I, as the consolidated project list of the seed has them")
    func seedPriorities() throws {
        let evaluation = Evaluation(try Fixtures.coesfeld())
        #expect(evaluation.priorities["P3"]?.group == 1)
        #expect(evaluation.priorities["P4"]?.group == 1)
        #expect(Set(evaluation.priorities.values.map(\.group)) == [1, 2, 3])
    }

    @Test("What the sources do not give is marked illustrative in the data")
    func illustrativeMarked() throws {
        let workspace = try Fixtures.coesfeld()
        for file in [WorkspaceFile.criteria, .ideas, .prioritisation, .votes, .budget] {
            #expect(workspace.notes[file]?.localizedCaseInsensitiveContains("illustrativ") == true, "\(file.rawValue)")
        }
    }
}

@Suite("Golden exports")
struct GoldenExportTests {
    @Test("Exports/coesfeld-12 is exactly what the code makes from Workshops/coesfeld-12")
    func goldenFiles() throws {
        let evaluation = Evaluation(try Fixtures.coesfeld())
        let files = ExportSet.render(evaluation, stamp: ExportStamp(evaluation, files: try Fixtures.coesfeldFiles()))
        let committed = try FileManager.default.subpathsOfDirectory(atPath: Fixtures.coesfeldExports.path)
            .filter { !FileSystem.isDirectory(Fixtures.coesfeldExports.appendingPathComponent($0)) }
        #expect(Set(committed) == Set(files.map(\.path)), "run 'swift run workshop run' and review the diff")
        for file in files {
            let golden = try Data(contentsOf: Fixtures.coesfeldExports.appendingPathComponent(file.path))
            #expect(golden == Data(file.bytes), "\(file.path) differs; run 'swift run workshop run' and review the diff")
        }
    }

    @Test("The same workspace gives the same bytes every time")
    func deterministic() throws {
        let workspace = try Fixtures.coesfeld()
        #expect(ExportSet.render(Evaluation(workspace)) == ExportSet.render(Evaluation(workspace)))
        let small = Fixtures.small()
        #expect(ExportSet.render(Evaluation(small), csvProfile: .excelGerman) == ExportSet.render(Evaluation(small), csvProfile: .excelGerman))
    }

    @Test("The manifest lists every other file with its SHA-256")
    func manifest() throws {
        let files = ExportSet.render(Evaluation(Fixtures.small()))
        let manifest = try #require(files.last)
        #expect(manifest.path == "SHA256SUMS")
        let lines = String(decoding: manifest.bytes, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == files.count - 1)
        for (line, file) in zip(lines, files) {
            #expect(line == "\(SHA256.hex(file.bytes))  \(file.path)")
        }
    }

    @Test("The budget overview shows the seed's figures")
    func budgetMarkdown() throws {
        let files = ExportSet.render(Evaluation(try Fixtures.coesfeld()))
        let budget = String(decoding: try #require(files.first { $0.path == "budget.md" }).bytes, as: UTF8.self)
        #expect(budget.contains("| **Summe** | **4,90** | **3,27** | **8,16** |"))
        #expect(budget.contains("| Anteil | 60,0\u{A0}% | 40,0\u{A0}% | 100,0\u{A0}% |"))
        #expect(budget.contains("davon Förderung (65\u{A0}%): 5,31\u{A0}Mio.\u{A0}€ · davon Eigenanteil (35\u{A0}%): 2,86\u{A0}Mio.\u{A0}€"))
    }
}
