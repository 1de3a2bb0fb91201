import Foundation
import Testing
import WorkshopCLI
import WorkshopKit

/// The command line's findings from the hostile-user review (issue 8): nothing dropped,
/// nothing doubled, nothing mistaken, each refused with the place and what is allowed.
@Suite("Command-line arguments refuse what they cannot take")
struct ArgumentHardeningTests {
    static let w = "Workshops/coesfeld-12"

    /// Runs a command that must be refused with `status` and `message`, and change no file.
    func refused(_ arguments: [String], _ status: Int32, _ message: String) throws {
        let sandbox = try Sandbox()
        let before = try sandbox.snapshot("Workshops")
        let outcome = sandbox.run(arguments: arguments)
        #expect(outcome.status == status, "\(outcome.errors)")
        #expect(outcome.errors.contains(message), "\(outcome.errors)")
        #expect(outcome.output.isEmpty)
        #expect(try sandbox.snapshot("Workshops") == before)
    }

    @Test("Extra words after an option's value are an error that shows how to quote, not dropped", arguments: [
        (["add-idea", w, "--title", "Mobilstationen", "an", "Bahnhöfen", "--theme", "mobilitaet"],
         "unexpected word 'an' after --title 'Mobilstationen': an option takes one value; put a value with spaces in quotes: --title \"Mobilstationen an Bahnhöfen\""),
        (["consolidate", w, "--set-aside", "I-MO-01", "--reason", "bereits", "vorhanden"],
         "put a value with spaces in quotes: --reason \"bereits vorhanden\""),
        (["rate", w, "--rater", "AK-01", "--item", "I-MO-01", "--score", "wachstum=4", "netzwerke=3"],
         "unexpected word 'netzwerke=3' after --score 'wachstum=4'"),
        (["budget", w, "extra"], "unexpected argument 'extra'; budget takes at most 1 besides its options"),
        (["vote", w, "--vote", "punkte-2020-08-25", "--close", "now"], "unexpected argument 'now'; vote takes at most 1 besides its options"),
    ])
    func extraWordsAreRefused(_ arguments: [String], _ message: String) throws {
        try refused(arguments, 64, message)
    }

    @Test("Commands that take several words still take them")
    func severalWordsStillTaken() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.run("check", Self.w, Self.w).status == 0)
        let merge = sandbox.run("consolidate", Self.w, "--into", "P1", "I-MO-01", "I-MO-02")
        #expect(!merge.errors.contains("unexpected"), "\(merge.errors)")
    }

    @Test("A single-value option given twice, or one criterion scored twice, is an error", arguments: [
        (["add-idea", w, "--title", "A", "--title", "B", "--theme", "mobilitaet"], "--title is given twice ('A' and 'B'); give it once"),
        (["rate", w, "--rater", "AK-01", "--item", "I-MO-01", "--score", "wachstum=4", "--score", "wachstum=2"],
         "--score 'wachstum=4' and --score 'wachstum=2' score wachstum twice; give one score per criterion"),
    ])
    func repeatedValuesAreRefused(_ arguments: [String], _ message: String) throws {
        try refused(arguments, 64, message)
    }

    @Test("-h or --help as an option's value is a value, not a request for help")
    func helpAsValueIsAValue() throws {
        let sandbox = try Sandbox()
        let outcome = sandbox.run("add-idea", Self.w, "--title", "-h", "--theme", "mobilitaet")
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.hasPrefix("added idea"))
        #expect(try sandbox.read("\(Self.w)/ideas.json").contains("\"title\": \"-h\""))
        // Where an option may stand, it still asks for help, even after a mistake.
        let help = sandbox.run("add-idea", Self.w, "--bogus", "--help")
        #expect(help.status == 0)
        #expect(help.output.hasPrefix("Record an idea sheet"))
    }

    @Test("An argument that is not UTF-8 is refused by its position, before anything runs")
    func invalidUTF8IsRefused() throws {
        let sandbox = try Sandbox()
        let before = try sandbox.snapshot("Workshops")
        let raw: [[UInt8]] = [Array("add-idea".utf8), Array(Self.w.utf8), Array("--title".utf8), [0x4D, 0xFC, 0x6E], Array("--theme".utf8), Array("mobilitaet".utf8)]
        let console = RecordingConsole()
        let status = WorkshopCLI(rawArguments: raw, environment: sandbox.environment, currentDirectory: sandbox.root).run(console: console)
        #expect(status == 64)
        #expect(console.errors.contains("argument 4 ('M\\xFCn') is not valid UTF-8"), "\(console.errors)")
        #expect(try sandbox.snapshot("Workshops") == before)
    }

    @Test("An empty workspace or --out is refused, never the current folder", arguments: [
        (["new", "", "--title", "X"], "the workspace folder is empty ('')"),
        (["new", " ", "--title", "X"], "the workspace folder is empty (' ')"),
        (["run", w, "--out", ""], "--out is empty ('')"),
        (["export", w, "--out", " "], "--out is empty (' ')"),
    ])
    func emptyPathsAreRefused(_ arguments: [String], _ message: String) throws {
        try refused(arguments, 64, message)
    }

    @Test("--csv-profile is checked before any work: nothing printed, nothing written")
    func csvProfileCheckedFirst() throws {
        let sandbox = try Sandbox()
        let outcome = sandbox.run("run", Self.w, "--csv-profile", "excel-fr")
        #expect(outcome.status == 64)
        #expect(outcome.output.isEmpty)
        #expect(outcome.errors.contains("--csv-profile 'excel-fr' is not known; use standard, excel-de"))
        #expect(!FileManager.default.fileExists(atPath: sandbox.root.appendingPathComponent("Exports").path))
    }

    @Test("A folder without process.json is missing input: exit 66")
    func missingProcessExits66() throws {
        let sandbox = try Sandbox()
        try FileManager.default.removeItem(at: sandbox.root.appendingPathComponent("\(Self.w)/process.json"))
        let outcome = sandbox.run("check", Self.w)
        #expect(outcome.status == 66)
        #expect(outcome.errors.contains("\(Self.w)/process.json: no process.json here; this folder is not a workspace"), "\(outcome.errors)")
    }

    @Test("The embedded example is found from any working folder, its exports beside it")
    func exampleFromAnyFolder() throws {
        let sandbox = try Sandbox(withExample: false)
        let outcome = sandbox.run("check")
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.contains("coesfeld-12: ok"))
    }

    @Test("Terminal escapes in user text never reach a terminal raw; piped output keeps them")
    func terminalEscapesAreShownNotSent() throws {
        let sandbox = try Sandbox()
        let title = "Evil\u{1B}]0;owned\u{07}\u{1B}[2J title\u{9B}"
        #expect(sandbox.run("add-idea", Self.w, "--title", title, "--theme", "mobilitaet", "--id", "I-EVIL").status == 0)
        #expect(sandbox.run("consolidate", Self.w, "--into", "P1", "I-EVIL").status == 0)
        for command in ["consolidate", "prioritise", "ranking"] {
            let terminal = sandbox.run(arguments: [command, Self.w], terminal: true)
            #expect(terminal.status == 0, "\(terminal.errors)")
            #expect(!terminal.output.unicodeScalars.contains { $0 == "\u{07}" || $0 == "\u{9B}" }, "\(command)")
            #expect(!terminal.output.contains("\u{1B}]") && !terminal.output.contains("\u{1B}[2J"), "\(command)")
        }
        #expect(sandbox.run(arguments: ["consolidate", Self.w], terminal: true).output.contains("Evil␛]0;owned␇␛[2J title\u{FFFD}"))
        #expect(sandbox.run("consolidate", Self.w).output.contains(title))
    }

    @Test("On a terminal the tool's own colours still pass the sanitiser")
    func sanitiserKeepsOwnColours() throws {
        let sandbox = try Sandbox()
        let outcome = sandbox.run(arguments: ["check", "--bogus"], terminal: true)
        #expect(outcome.errors.hasPrefix("workshop: \u{1B}[1;31merror:\u{1B}[0m unknown option '--bogus'"), "\(outcome.errors)")
    }
}
