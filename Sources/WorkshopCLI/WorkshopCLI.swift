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

    public init(arguments: [String], environment: [String: String], currentDirectory: URL) {
        self.arguments = arguments
        self.environment = environment
        self.currentDirectory = currentDirectory
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
        if rest.contains("--help") || rest.contains("-h") {
            console.out(command.help)
            return ExitCode.success.rawValue
        }
        do {
            let parsed = try Arguments(rest, options: command.options, command: command.name)
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
