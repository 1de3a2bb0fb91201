import Foundation
import Testing
import WorkshopCLI

@Suite("workshop overview")
struct OverviewTests {
    /// Every line's width in characters, escape sequences left out.
    private func widths(_ text: String) -> [Int] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.replacing(/\u{1B}\[[0-9;]*m/, with: "").count
        }
    }

    @Test("The example on 80 columns: groups, budget, status and late projects; no colour when piped")
    func example() throws {
        let sandbox = try Sandbox()
        let outcome = sandbox.run("overview", "--on", "2026-01-15")
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(widths(outcome.output).allSatisfy { $0 <= 80 }, "\(outcome.output)")
        #expect(!outcome.output.contains("\u{1B}["))
        let lines = outcome.output.split(separator: "\n").map(String.init)
        #expect(lines[0] == "Coesfeld 12.0 – Im Kreis gemeinsam digital")
        #expect(lines[1].hasPrefix("Stand: 14.09.2023 · Arbeitsstand "))
        #expect(lines.contains("  Priorität II   10"))
        #expect(lines.contains("      P2 P6* P7 P8 P9 P12 P20 P23 P24 P27"))
        #expect(lines.contains("    total                           8,163,300.00 €"))
        #expect(lines.contains("    subsidy 65 %                    5,306,145.00 €"))
        #expect(lines.contains("  in Umsetzung     6") && lines.contains("  ohne Sachstand  22"))
        // Running time ended 31.12.2025; P14 still in Umsetzung, P5 without any status.
        #expect(lines.contains("Late (running time ended before 15.01.2026, not done)"))
        #expect(lines.contains { $0.hasPrefix("  P14 Willkommen im Synergie-Raum") && $0.hasSuffix("31.12.2025  in Umsetzung") })
        #expect(lines.contains { $0.hasPrefix("  P5 Lernen 12.0") })
        #expect(sandbox.run("overview", "--on", "2025-12-31").output.contains("not done)\n  none\n"))
        // The ZukunftsWandler contest was due 31.10.2023 and is not marked done (milestones.json).
        #expect(outcome.output.hasSuffix(
            "Late milestones (due before 15.01.2026, not done by then)\n  31.10.2023  Gesamtprozess  Digitalisierungswettbewerb „ZukunftsWandler“\n"))
    }

    @Test("By default lateness is judged on the stamp's date, never the clock; --on today asks for the clock")
    func defaultDay() throws {
        let sandbox = try Sandbox()
        sandbox.environment["SOURCE_DATE_EPOCH"] = "1768435200"  // 2026-01-15T00:00:00Z
        let stamped = sandbox.run("overview")
        #expect(stamped.status == 0, "\(stamped.errors)")
        // The example's latest record is of 14.09.2023: nothing was late then.
        #expect(stamped.output.contains("Late (running time ended before 14.09.2023, not done)\n  none\n"))
        #expect(stamped.output.hasSuffix("Late milestones (due before 14.09.2023, not done by then)\n  none\n"))
        let today = sandbox.run("overview", "--on", "today")
        #expect(today.output.contains("Late milestones (due before 15.01.2026, not done by then)\n  31.10.2023  Gesamtprozess"))
        #expect(today.output == sandbox.run("overview", "--on", "2026-01-15").output)
    }

    @Test("Late milestones: due before the day and not done by then, oldest first, with their project, in 80 columns")
    func lateMilestones() throws {
        let sandbox = try Sandbox()
        var milestones = try sandbox.read("Workshops/coesfeld-12/milestones.json")
        let long = String(repeating: "Sehr langer Meilensteintitel ", count: 6)
        let added = """
              { "due": "2023-03-31", "id": "ms-spaet-erledigt", "project": "P14", "done": "2023-05-02", "title": "Erst nach dem Tag erledigt" },
              { "due": "2023-01-31", "id": "ms-puenktlich", "project": "P19", "done": "2023-01-31", "title": "Pünktlich erledigt" },
              { "due": "2023-06-30", "id": "ms-offen", "project": "P22", "title": "\(long)" },
              { "due": "2023-04-30", "id": "ms-heute-faellig", "project": "P5", "title": "Am Tag fällig" },
            """
        milestones = milestones.replacingOccurrences(of: "\"milestones\": [\n", with: "\"milestones\": [\n" + added + "\n")
        try sandbox.write(milestones, to: "Workshops/coesfeld-12/milestones.json")
        let outcome = sandbox.run("overview", "Workshops/coesfeld-12", "--on", "2023-04-30")
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(widths(outcome.output).allSatisfy { $0 <= 80 }, "\(outcome.output)")
        let tail = try #require(outcome.output.components(separatedBy: "Late milestones (due before 30.04.2023, not done by then)\n").last)
        // Done on 02.05.2023, so still open on 30.04.2023; due on the day itself is not late yet.
        #expect(tail == "  31.03.2023  P14  Erst nach dem Tag erledigt\n")
        let later = sandbox.run("overview", "Workshops/coesfeld-12", "--on", "2023-11-01").output
        let lines = try #require(later.components(separatedBy: "not done by then)\n").last).split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0] == "  30.04.2023  P5             Am Tag fällig")
        #expect(lines[1].hasPrefix("  30.06.2023  P22            Sehr langer Meilensteintitel") && lines[1].hasSuffix("…") && lines[1].count == 80)
        #expect(lines[2] == "  31.10.2023  Gesamtprozess  Digitalisierungswettbewerb „ZukunftsWandler“")
    }

    @Test("A workspace with no dated record says how to give a day instead of taking the clock")
    func undated() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.run("new", "Workshops/leer", "--title", "Leer", "--language", "de").status == 0)
        let outcome = sandbox.run("overview", "Workshops/leer")
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.contains("Stand: ohne Datum"))
        #expect(outcome.output.hasSuffix("Late\n  no dated record to judge by: give --on YYYY-MM-DD or --on today\n"))
        #expect(sandbox.run("overview", "Workshops/leer", "--on", "today").output.contains("Late milestones (due before 25.08.2020, not done by then)\n  none\n"))
    }

    @Test("Colour and bars only on a terminal, never with NO_COLOR")
    func colour() throws {
        let sandbox = try Sandbox()
        let terminal = sandbox.run("overview", "--on", "2020-01-01", terminal: true)
        #expect(terminal.output.contains("\u{1B}[1mPriority groups\u{1B}[0m"))
        #expect(terminal.output.contains("█"))
        #expect(widths(terminal.output).allSatisfy { $0 <= 80 })
        sandbox.environment["NO_COLOR"] = "1"
        #expect(!sandbox.run("overview", terminal: true).output.contains("\u{1B}["))
    }

    @Test("Long titles and many projects still fit 80 columns")
    func longTitles() throws {
        let sandbox = try Sandbox()
        let long = String(repeating: "Sehr langer Projekttitel ", count: 12)
        var projects = try sandbox.read("Workshops/coesfeld-12/projects.json")
        projects = projects.replacingOccurrences(of: "\"title\": \"Online ins Rathaus\"", with: "\"title\": \"\(long)\"")
        try sandbox.write(projects, to: "Workshops/coesfeld-12/projects.json")
        var process = try sandbox.read("Workshops/coesfeld-12/process.json")
        process = process.replacingOccurrences(of: "\"title\": \"Coesfeld 12.0 – Im Kreis gemeinsam digital\"", with: "\"title\": \"\(long)\"")
        try sandbox.write(process, to: "Workshops/coesfeld-12/process.json")
        let outcome = sandbox.run("overview", "Workshops/coesfeld-12", "--on", "2030-01-01", terminal: true)
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.contains("Sehr langer"))
        #expect(widths(outcome.output).allSatisfy { $0 <= 80 }, "\(outcome.output)")
    }

    @Test("A day that is not a date is a usage error")
    func badDay() throws {
        let outcome = try Sandbox().run("overview", "--on", "15.01.2026")
        #expect(outcome.status == 64)
        #expect(outcome.errors.hasPrefix("workshop: error: --on '15.01.2026' is not a date; write YYYY-MM-DD"))
    }
}
