import Foundation
import Testing

/// The kiosk, run as the real binary with a scripted session on standard input (one answer a
/// line); `Scripts/kiosk-tmux.sh` runs it under a pseudo-terminal.
@Suite("Kiosk")
struct KioskTests {
    let w = "Workshops/coesfeld-12"

    @Test("A dot vote on the Coesfeld projects: limits checked line by line, confirmed ballots recorded, in German")
    func dots() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.run("add-vote", w, "--id", "kiosk", "--title", "Punkte im Saal", "--method", "dots", "--dots", "5", "--max-per-option", "2",
            "--all-projects", "--voters", "anonymous").status == 0)
        let script = [
            "3:2 7",  // 3 dots: 2 left
            "9:3",  // refused: at most 2 on one option
            "9:2",  // 5 dots: none left
            "1",  // refused: no dots left
            "",  // done: the summary and the question
            "j",  // recorded
            "",  // the next voter
            "4 5", "", "n",  // not cast: back to the ballot, which is kept
            "-5", "", "j",
        ].joined(separator: "\n") + "\n"
        let run = try BinaryTests.launch(["kiosk", w, "--vote", "kiosk"], in: sandbox.root, environment: ["SOURCE_DATE_EPOCH": "1598349600"], input: script)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("Abstimmung: Punkte im Saal"))
        #expect(run.output.contains(" 1  P1    "))
        #expect(run.output.contains("Sie haben 5 Punkte, höchstens 2 für eine Option."))
        #expect(run.output.contains("Noch 2 Punkte zu vergeben."))
        #expect(run.output.contains("3 Punkte für P9; höchstens 2 für eine Option."))
        #expect(run.output.contains("Das wären 6 Punkte; Sie haben 5."))
        #expect(run.output.contains("Ihr Stimmzettel:\n  P3 "))
        #expect(run.output.components(separatedBy: "Danke! Ihre Stimme ist gespeichert.").count == 3)
        #expect(run.errors == "Kiosk beendet; 2 Stimmzettel in dieser Sitzung gespeichert.\n")
        let log = try sandbox.read("\(w)/ballots.csv")
        #expect(log.contains(",ballot,kiosk,B000013,,P3:2 P7 P9:2,,2020-08-25,"))
        #expect(log.contains(",ballot,kiosk,B000014,,P4,,2020-08-25,"))
        #expect(sandbox.run("check", w).status == 0)
    }

    @Test("A token vote: a mistyped code is caught by its check character, a spent code is refused, a ranking is checked")
    func tokens() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.run("add-vote", w, "--id", "rang", "--title", "Rangfolge", "--method", "ranked", "--voters", "tokens",
            "--option", "P3", "--option", "P1", "--option", "P7").status == 0)
        let code = sandbox.run("tokens", w, "--vote", "rang", "--count", "1").output.trimmingCharacters(in: .whitespacesAndNewlines)
        var typo = Array(code)
        typo[3] = typo[3] == "A" ? "B" : "A"
        let script = [
            String(typo), code.lowercased(),
            "1=2,3",  // refused: no ties in this vote
            "2,1,9",  // refused: no option 9
            "2,1", "", "j", "",
            code, "3", "", "j",  // the code is spent
        ].joined(separator: "\n") + "\n"
        let run = try BinaryTests.launch(["kiosk", w, "--vote", "rang"], in: sandbox.root, environment: ["SOURCE_DATE_EPOCH": "1598349600"], input: script)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("Dieser Code stimmt nicht: ein Zeichen ist vertippt."))
        #expect(run.output.contains("Gleiche Ränge („=“) sind in dieser Abstimmung nicht möglich."))
        #expect(run.output.contains("„9“ ist keine Option auf diesem Stimmzettel."))
        #expect(run.output.contains("Ihr Stimmzettel:\n  1. P1 "))
        #expect(run.output.contains("Nicht gespeichert: \(code) hat in dieser Abstimmung schon abgestimmt; jede Person hat einen Stimmzettel."))
        #expect(run.errors == "Kiosk beendet; 1 Stimmzettel in dieser Sitzung gespeichert.\n")
        #expect(try sandbox.read("\(w)/ballots.csv").contains(",ballot,rang,B000013,\(code),\"P1,P3\",,2020-08-25,"))
    }
}
