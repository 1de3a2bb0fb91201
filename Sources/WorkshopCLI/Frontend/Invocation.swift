import Foundation
import WorkshopKit

/// One run of a command: its parsed arguments and the world around it.
final class Invocation {
    let command: Command
    let arguments: Arguments
    let environment: [String: String]
    let currentDirectory: URL
    let console: any Console
    let style: Style
    let errorStyle: Style

    /// The workspace every read-only command uses when none is named: the embedded example.
    static let defaultWorkspace = "Workshops/coesfeld-12"

    init(command: Command, arguments: Arguments, environment: [String: String], currentDirectory: URL, console: any Console) {
        self.command = command
        self.arguments = arguments
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.console = console
        style = Style(isTerminal: console.outputIsTerminal, environment: environment)
        errorStyle = Style(isTerminal: console.errorIsTerminal, environment: environment)
    }

    func out(_ text: String) { console.out(text) }

    /// A path as the user typed it, resolved against the current directory.
    func url(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : currentDirectory.appendingPathComponent(path)
    }

    /// The workspace named by the first positional argument.
    ///
    /// When nothing changes (`allowDefault`), an unnamed workspace means the embedded example
    /// `Workshops/coesfeld-12`; a command that changes a workspace insists on a name, so the
    /// example is never modified by accident.
    func workspaceStore(allowDefault: Bool, position: Int = 0) throws(CLIError) -> WorkspaceStore {
        let path: String
        if position < arguments.positionals.count {
            path = arguments.positionals[position]
        } else if allowDefault {
            path = Self.defaultWorkspace
        } else {
            throw .usage("name the workspace folder to change, e.g. Workshops/my-process", command: command.name)
        }
        return WorkspaceStore(folder: url(path), shownAs: path)
    }

    /// Loads and checks a workspace; any error stops the command with every problem listed.
    func loadWorkspace(_ store: WorkspaceStore) throws(CLIError) -> Workspace {
        let result: WorkspaceDecoder.Result
        do {
            result = try store.load()
        } catch {
            throw .storage(error)
        }
        guard let workspace = result.workspace else { throw .invalid(result.diagnostics) }
        printWarnings(result.diagnostics)
        return workspace
    }

    func printWarnings(_ diagnostics: Diagnostics) {
        for diagnostic in diagnostics.sorted where diagnostic.severity != .error {
            console.err(DiagnosticsPrinter(style: errorStyle).line(diagnostic))
        }
    }

    /// Positional arguments after the workspace.
    var rest: [String] { Array(arguments.positionals.dropFirst()) }

    /// Reads a required option or fails with usage.
    func required(_ name: String) throws(CLIError) -> String {
        guard let value = arguments.value(name), !value.isEmpty else {
            let spec = command.options.first { $0.name == name }
            throw .usage("missing \(spec?.synopsis ?? "--\(name)")", command: command.name)
        }
        return value
    }

    /// An identifier option, checked.
    func identifier<ID: Identifier>(_ name: String, as type: ID.Type, required: Bool = true) throws(CLIError) -> ID? {
        guard let text = required ? try self.required(name) : arguments.value(name) else { return nil }
        switch ID.validated(text) {
        case .success(let id): return id
        case .failure(let error): throw .usage("--\(name): \(error.message)", command: command.name)
        }
    }

    /// A date option, `YYYY-MM-DD`.
    func day(_ name: String) throws(CLIError) -> Day? {
        guard let text = arguments.value(name) else { return nil }
        guard let day = Day(text) else {
            throw .usage("--\(name) '\(text)' is not a date; write YYYY-MM-DD, e.g. 2020-02-19", command: command.name)
        }
        return day
    }

    /// `--format text|json`.
    var wantsJSON: Bool {
        get throws(CLIError) {
            switch arguments.value("format") ?? "text" {
            case "text": return false
            case "json": return true
            case let other: throw .usage("--format '\(other)' is not known; use text or json", command: command.name)
            }
        }
    }

    /// The CSV profile option, if given.
    func csvProfile() throws(CLIError) -> CSVProfile? {
        guard let name = arguments.value("csv-profile") else { return nil }
        guard let profile = CSVProfile(rawValue: name) else {
            throw .usage("--csv-profile '\(name)' is not known; use \(CSVProfile.names)", command: command.name)
        }
        return profile
    }

    /// Saves changed definition files, mapping storage errors.
    func save(_ workspace: Workspace, _ store: WorkspaceStore, files: [WorkspaceFile]) throws(CLIError) {
        do {
            try store.save(workspace, files: files)
        } catch {
            throw .storage(error)
        }
    }

    /// Checks a changed workspace as a whole before anything is written, so a change can
    /// never leave the workspace invalid.
    func validate(_ workspace: Workspace, _ store: WorkspaceStore, changed: [WorkspaceFile]) throws(CLIError) {
        var files: [WorkspaceFile: [UInt8]]
        do {
            files = try store.readFiles()
        } catch {
            throw .storage(error)
        }
        for file in changed { files[file] = Array(WorkspaceEncoder.text(of: file, in: workspace).utf8) }
        let result = WorkspaceDecoder.decode(id: store.id, files: files, folder: store.shownAs)
        if result.diagnostics.hasErrors { throw .invalid(result.diagnostics) }
    }
}
