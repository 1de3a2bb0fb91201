import Foundation
import Testing
import WorkshopCLI

@Suite("Ranked view, stability and agreement on the command line")
struct RankingTests {
    /// The lines of `text` without colour codes, as a terminal shows them.
    private func visibleLines(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The Coesfeld example with two very long German titles, one of a project and one of an idea.
    private func sandboxWithLongTitles() throws -> Sandbox {
        let sandbox = try Sandbox()
        let titles = [
            ("projects.json", "Synergie-Quelle",
             "Gemeinsame Übergangslösung für die Digitalisierungsbeauftragtenqualifizierungsmaßnahmen aller Städte und Gemeinden"),
            ("ideas.json", "Netzwerk der Digitalisierungsverantwortlichen",
             "Überörtliche Großveranstaltungsgenehmigungsverfahrensvereinfachung für Bürgerinnen und Bürger"),
        ]
        for (file, old, new) in titles {
            let path = "Workshops/coesfeld-12/\(file)"
            try sandbox.write(try sandbox.read(path).replacingOccurrences(of: "\"\(old)\"", with: "\"\(new)\""), to: path)
        }
        return sandbox
    }

    @Test("Every line fits the width, on a terminal and piped, with long German titles", arguments: [
        ["ranking"], ["ranking", "--ideas"], ["ranking", "--by", "votes"], ["ranking", "--by", "combined", "--width", "60"],
        ["ranking", "--ideas", "--by", "potential", "--width", "40"],
    ])
    func width(_ arguments: [String]) throws {
        let sandbox = try sandboxWithLongTitles()
        let width = arguments.firstIndex(of: "--width").map { Int(arguments[$0 + 1]) ?? 0 } ?? 80
        for terminal in [true, false] {
            let outcome = sandbox.run(arguments: arguments + ["Workshops/coesfeld-12"], terminal: terminal)
            #expect(outcome.status == 0, "\(outcome.errors)")
            let lines = visibleLines(outcome.output)
            for line in lines { #expect(line.count <= width, "\(line.count) > \(width): \(line)") }
            #expect(lines.contains { $0.contains("Gemeinsame") || $0.contains("Überör") })
            #expect(lines.contains { $0.contains("…") }, "a long title is shortened with …")
            #expect(outcome.output.contains("█"), "bars are drawn, piped or not")
        }
    }

    @Test("Colour only on a terminal and never with NO_COLOR; the bars stay")
    func colour() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.run("ranking", terminal: true).output.contains("\u{1B}["))
        #expect(sandbox.run("ranking", terminal: false).output.contains("\u{1B}[") == false)
        sandbox.environment["NO_COLOR"] = "1"
        let plain = sandbox.run("ranking", terminal: true).output
        #expect(plain.contains("\u{1B}[") == false)
        #expect(plain.contains("█"))
    }

    @Test("Projects by relevance and by votes: highest first, equal values share a rank")
    func order() throws {
        let sandbox = try Sandbox()
        let relevance = visibleLines(sandbox.run("ranking").output)
        #expect(relevance[0] == "28 projects by relevance – Coesfeld 12.0 – Im Kreis gemeinsam digital")
        #expect(relevance[1].hasPrefix(" 1. P3  Synergie-Quelle"))
        #expect(relevance[1].contains(" I   4.48 "))
        // P6 is in group II by an override of the rule.
        #expect(relevance.contains { $0.contains("P6 ") && $0.contains(" II! ") })
        let votes = visibleLines(sandbox.run("ranking", "--by", "votes").output)
        #expect(votes[1].hasPrefix(" 1. P19"))
        #expect(votes[2...6].allSatisfy { $0.hasPrefix(" 2. ") })
        #expect(votes[7].hasPrefix(" 7. "))
        let ideas = sandbox.run("ranking", "--ideas").output
        #expect(ideas.hasPrefix("33 ideas by relevance"))
        #expect(ideas.hasSuffix("2 set-aside idea(s) not ranked\n"))
    }

    @Test("Unknown measure or width: usage error, exit 64")
    func usage() throws {
        let sandbox = try Sandbox()
        let bad = sandbox.run("ranking", "--by", "beauty")
        #expect(bad.status == 64)
        #expect(bad.errors.hasPrefix("workshop: error: --by 'beauty' is not known; use relevance, potential, combined, votes"))
        #expect(sandbox.run("ranking", "--width", "20").status == 64)
    }

    @Test("prioritise shows stability and agreement, in text and JSON")
    func prioritise() throws {
        let sandbox = try Sandbox()
        let text = sandbox.run("prioritise").output
        #expect(text.contains("can change group within the band: P13, P7\n"))
        #expect(text.contains("  P7  II                    weight: Öffentlicher Diskurs 0.5 → 0.54 (+8 %) → III"))
        #expect(text.contains("  Wachstumspotenzial           0.492  unreliable (33 items, 198 ratings)\n"))

        let json = sandbox.run("prioritise", "--format", "json")
        #expect(json.status == 0)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let projects = try #require(parsed["projects"] as? [[String: Any]])
        let p13 = try #require(projects.first { $0["project"] as? String == "P13" })
        let sensitivity = try #require(p13["sensitivity"] as? [String: Any])
        #expect((sensitivity["band"] as? [String: Any])?["canMove"] as? Bool == true)
        let smallest = try #require(sensitivity["smallestWeightChange"] as? [String: Any])
        #expect(smallest["criterion"] as? String == "projekte")
        #expect(json.output.contains("\"to\": 1.71"))
        let agreement = try #require(parsed["agreement"] as? [[String: Any]])
        #expect(agreement.count == 12)
        #expect(agreement.first?["criterion"] as? String == "wachstum")
        #expect(json.output.contains("\"alpha\": 0.492"))
    }
}
