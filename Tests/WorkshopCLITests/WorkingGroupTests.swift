import Foundation
import Testing
import TestSupport
import WorkshopCLI
import WorkshopKit

/// The "done when": a working group of five scores the 28 Coesfeld projects through
/// every channel, sees spread and sensitivity, overrides one group with a reason and exports.
@Suite("A working group of five scores the 28 projects through every channel")
struct WorkingGroupTests {
    let w = "Workshops/coesfeld-12"
    static let projects = (1...28).map { "P\($0)" }
    static let criteria = [
        "wachstum", "wirtschaftliche-lage", "arbeitsplaetze", "imagefaktor", "oeffentlicher-diskurs", "netzwerke", "projekte",
        "infrastruktur", "personal", "geraete", "verantwortliche", "bereitschaft-verwaltung",
    ]

    /// A rater's answer on project `p` (1-based) and criterion `c` (0-based): a fixed pattern,
    /// with a don't-know on every seventh answer.
    static func answer(rater: Int, project p: Int, criterion c: Int) -> String {
        (rater + p + c) % 7 == 0 ? "?" : String(1 + (rater * 3 + p * 5 + c * 2) % 5)
    }

    @Test("Sheet, session, form export and CSV; spread, sensitivity, an override with a reason, the export")
    func workingGroup() throws {
        let sandbox = try Sandbox()
        let before = try sandbox.read("\(w)/ratings.csv").split(separator: "\n").count
        let items = Self.projects.flatMap { ["--item", $0] }

        // AK-01: a sheet in German Excel's profile, filled in and imported.
        #expect(sandbox.run(arguments: ["rate", w, "--rater", "AK-01", "--sheet", "bogen.csv"] + items).status == 0)
        var rows: [String: [String]] = [:]
        for (p, project) in Self.projects.enumerated() {
            rows[project] = Self.criteria.indices.map { Self.answer(rater: 1, project: p + 1, criterion: $0) } + [p == 6 ? "Leuchtturm für den Kreis" : ""]
        }
        let blank = try Data(contentsOf: sandbox.root.appendingPathComponent("bogen.csv"))
        try Data(SheetFilling.fill([UInt8](blank), profile: .excelGerman, with: rows)).write(to: sandbox.root.appendingPathComponent("bogen.csv"))
        let sheet = sandbox.run("rate", w, "--from", "bogen.csv")
        #expect(sheet.output.contains("recorded 336 ratings from sheet S-"), "\(sheet.errors)")

        // AK-02: a session at the terminal, scripted.
        var lines: [String] = []
        for p in 1...28 { lines += Self.criteria.indices.map { Self.answer(rater: 2, project: p, criterion: $0) } }
        let session = sandbox.run(arguments: ["rate", w, "--rater", "AK-02", "--interactive"] + items, input: lines)
        #expect(session.output.hasSuffix("Sitzung beendet: 28 gespeichert, 0 übersprungen, 0 schon bewertet, 0 offen.\n"), "\(session.errors)")

        // AK-03 and AK-04: an online form's export, one row each, headings "P3 – Wachstumspotenzial".
        let names = [
            "Wachstumspotenzial", "Wirtschaftliche Lage", "Arbeitsplätze im Sektor", "Imagefaktor", "Öffentlicher Diskurs", "Netzwerke",
            "Projekte", "Infrastruktur", "Personal", "Geräte", "Verantwortliche", "Bereitschaft der Verwaltung",
        ]
        var header = ["Zeitstempel", "Kennung"]
        for project in Self.projects { header += names.map { "\(project) – \($0)" } }
        var form = header.joined(separator: ";") + "\r\n"
        for rater in [3, 4] {
            var cells = ["2020/08/25 10:0\(rater)", "AK-0\(rater)"]
            for p in 1...28 { cells += Self.criteria.indices.map { Self.answer(rater: rater, project: p, criterion: $0).replacingOccurrences(of: "?", with: "weiß nicht") } }
            form += cells.joined(separator: ";") + "\r\n"
        }
        try sandbox.write(form, to: "umfrage.csv")
        let formImport = sandbox.run("rate", w, "--from", "umfrage.csv", "--form")
        #expect(formImport.output.contains("recorded 672 ratings from form export umfrage.csv (2 respondents)"), "\(formImport.errors)")

        // AK-05: a CSV typed in from paper.
        var csv = "rater,item,criterion,score,channel,comment\n"
        for p in 1...28 {
            for (c, criterion) in Self.criteria.enumerated() { csv += "AK-05,P\(p),\(criterion),\(Self.answer(rater: 5, project: p, criterion: c)),,\n" }
        }
        try sandbox.write(csv, to: "papier.csv")
        #expect(sandbox.run("rate", w, "--from", "papier.csv").output == "recorded 336 ratings in \(w)/ratings.csv\n")

        // Every rating in the log once, with its channel.
        let log = try sandbox.read("\(w)/ratings.csv").split(separator: "\n").dropFirst(before)
        #expect(log.count == 5 * 336)
        let channels = Dictionary(grouping: log) { $0.split(separator: ",", omittingEmptySubsequences: false)[5] }.mapValues(\.count)
        #expect(channels == ["sheet": 336, "session": 336, "form": 672, "import": 336])
        #expect(sandbox.run("check", w).status == 0)

        // Spread, agreement and sensitivity in prioritise; don't-knows counted.
        let text = sandbox.run("prioritise", w)
        #expect(text.status == 0)
        #expect(text.output.contains(" ±"))
        #expect(text.output.contains("stability of the rule's groups"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(sandbox.run("prioritise", w, "--format", "json").output.utf8)) as? [String: Any])
        let projects = try #require(json["projects"] as? [[String: Any]])
        #expect(projects.count == 28)
        #expect(projects.allSatisfy { $0["sensitivity"] != nil })
        let dontKnows = projects.map { (($0["dontKnow"] as? [String: Int]) ?? [:]).values.reduce(0, +) }.reduce(0, +)
        // Each rater's seventh answers: 5 raters × 48 of their 336 answers.
        #expect(dontKnows == 5 * 48)

        // Override one group with a reason, then export.
        let p7 = try #require(projects.first { $0["project"] as? String == "P7" })
        let ruleGroup = try #require(p7["ruleGroup"] as? Int)
        let target = ruleGroup == 1 ? 2 : 1
        if (p7["override"] as? [String: Any]) != nil { #expect(sandbox.run("prioritise", w, "--clear-override", "P7").status == 0) }
        let override = sandbox.run("prioritise", w, "--override", "P7=\(target)", "--reason", "Leuchtturm für den Kreis", "--by", "AK")
        #expect(override.status == 0, "\(override.errors)")
        #expect(sandbox.run("export", w, "--out", "out").status == 0)
        let list = try sandbox.read("out/project-list.md")
        #expect(list.contains("Leuchtturm für den Kreis"))
        let brief = try sandbox.read("out/briefs/P7.md")
        #expect(brief.contains("| weiß nicht |"))
        #expect(brief.contains("- AK\u{2011}01 zu Wachstumspotenzial, Wirtschaftliche Lage"))
        let scores = try sandbox.read("out/scores.csv")
        #expect(scores.contains("P7;Ran an die Roboter;Relevanz;Wachstumspotenzial;"))
        #expect(sandbox.exists("out/sensitivity.csv"))
    }
}
