import Foundation
import WorkshopKit

/// The `workshop` command line: parses the arguments, runs one subcommand, reports errors.
///
/// All logic lives here rather than in `main.swift`, so tests drive it with their own
/// arguments, folder and console.
///
/// ```swift
/// let status = WorkshopCLI(arguments: ["check", "Workshops/coesfeld-12"], environment: [:],
///                          currentDirectory: URL(fileURLWithPath: "."))
///     .run(console: StandardConsole())
/// ```
public struct WorkshopCLI: Sendable {
    public let arguments: [String]
    public let environment: [String: String]
    public let currentDirectory: URL

    /// Arguments that were not valid UTF-8, named: refused before anything runs.
    private(set) var undecodable: String?

    public init(arguments: [String], environment: [String: String], currentDirectory: URL) {
        self.arguments = arguments
        self.environment = environment
        self.currentDirectory = currentDirectory
    }

    /// The command line as the system passed it: bytes, checked to be UTF-8, so that a
    /// garbled argument is refused by name rather than decoded with U+FFFD in it.
    public init(rawArguments: [[UInt8]], environment: [String: String], currentDirectory: URL) {
        self.init(arguments: rawArguments.map { String(decoding: $0, as: UTF8.self) }, environment: environment, currentDirectory: currentDirectory)
        let bad = rawArguments.indices.filter { String(validating: rawArguments[$0], as: UTF8.self) == nil }
        if let first = bad.first {
            let shown = rawArguments[first].map { $0 < 0x80 && $0 >= 0x20 ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16, uppercase: true) }.joined()
            undecodable = "argument \(first + 1) ('\(shown)') is not valid UTF-8\(bad.count > 1 ? " (nor are \(bad.count - 1) more)" : ""); "
                + "set the terminal or script to UTF-8 and type it again"
        }
    }

    /// Every subcommand, in the order the help lists them: the order of a process.
    static let commands: [Command] = [
        NewCommand.command, AddParticipantCommand.command, AddWorkshopCommand.command, CriterionCommand.command, ThemeCommand.command,
        IdeaSheetCommand.command, AddIdeaCommand.command, RateCommand.command, AddVoteCommand.command, TokensCommand.command,
        VoteCommand.command, KioskCommand.command, CountCommand.command, ConsolidateCommand.command, PrioritiseCommand.command,
        RankingCommand.command,
        VisionCommand.command, RoleCommand.command, BudgetLineCommand.command, FundingCallCommand.command,
        ApplicationCommand.command, BudgetCommand.command, OverviewCommand.command, DecisionCommand.command, MilestoneCommand.command,
        PostCommand.command, StatusCommand.command, ReportCommand.command, SourcesCommand.command, BriefTemplateCommand.command,
        CheckCommand.command, ExportCommand.command, RunCommand.command, UpgradeCommand.command, RepairCommand.command,
        EraseParticipantCommand.command,
    ]

    /// Runs the command line and returns the exit status.
    public func run(console: any Console) -> Int32 {
        let console = SafeConsole(console)
        if let problem = undecodable {
            return report(.usage(problem, command: nil), console: console)
        }
        guard let first = arguments.first else {
            console.out(Help.overview(Self.commands))
            return ExitCode.success.rawValue
        }
        switch first {
        case "-h", "--help":
            console.out(Help.overview(Self.commands))
            return ExitCode.success.rawValue
        case "--version", "version":
            console.out(Help.version + "\n")
            return ExitCode.success.rawValue
        case "help":
            guard arguments.count > 1 else {
                console.out(Help.overview(Self.commands))
                return ExitCode.success.rawValue
            }
            guard let command = Self.command(named: arguments[1]) else {
                return report(.usage(unknownCommand(arguments[1]), command: nil), console: console)
            }
            console.out(command.help)
            return ExitCode.success.rawValue
        default:
            break
        }
        guard let command = Self.command(named: first) else {
            return report(.usage(unknownCommand(first), command: nil), console: console)
        }
        let rest = Array(arguments.dropFirst())
        do {
            let parsed = try Arguments(rest, options: command.options, command: command.name)
            if parsed.asksForHelp {
                console.out(command.help)
                return ExitCode.success.rawValue
            }
            try command.checkPositionals(parsed)
            let invocation = Invocation(
                command: command, arguments: parsed, environment: environment, currentDirectory: currentDirectory,
                console: console)
            try command.run(invocation)
            return ExitCode.success.rawValue
        } catch {
            return report(error, console: console)
        }
    }

    static func command(named name: String) -> Command? {
        commands.first { $0.name == name } ?? aliases[name].flatMap { alias in commands.first { $0.name == alias } }
    }

    /// Other spellings people type.
    static let aliases = ["prioritize": "prioritise", "init": "new"]

    private func unknownCommand(_ name: String) -> String {
        let names = Self.commands.map(\.name)
        let suggestion = Arguments.closest(name, among: names).map { "; did you mean '\($0)'?" } ?? ""
        return "unknown command '\(name)'\(suggestion)"
    }

    /// The one place errors become text on standard error and an exit status.
    private func report(_ error: CLIError, console: any Console) -> Int32 {
        let style = Style(isTerminal: console.errorIsTerminal, environment: environment)
        switch error {
        case .usage(let message, let command):
            console.err("workshop: \(style.red("error:")) \(message)\n")
            if let command, let spec = Self.command(named: command) {
                console.err("Usage:\n" + spec.usage.map { "  workshop \($0)\n" }.joined() + "See 'workshop \(command) --help'.\n")
            } else {
                console.err("Usage: workshop COMMAND [WORKSPACE] [OPTIONS]; see 'workshop --help'.\n")
            }
        case .invalid(let diagnostics):
            console.err(DiagnosticsPrinter(style: style).report(diagnostics))
        case .data(let message):
            console.err("workshop: \(style.red("error:")) \(message)\n")
        case .storage(let storageError):
            console.err("workshop: \(style.red("error:")) \(storageError)\n")
        case .reported:
            break
        }
        return error.exitCode.rawValue
    }
}
