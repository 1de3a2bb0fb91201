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
        #expect(sandbox.run("overview", "--on", "2025-12-31").output.hasSuffix("not done)\n  none\n"))
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
