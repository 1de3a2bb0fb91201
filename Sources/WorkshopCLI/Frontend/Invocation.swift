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

    /// The package's folder as it was when the tool was built, where the embedded example lives
    /// (this file is `Sources/WorkshopCLI/Frontend/Invocation.swift` in it).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The folder that holds the embedded example's `Workshops/` and `Exports/`: the current
    /// folder when the example is there (a checkout being worked on), else the package the tool
    /// was built from, so `workshop check` works from any folder.
    var exampleBase: URL {
        FileSystem.isDirectory(currentDirectory.appendingPathComponent(Self.defaultWorkspace)) ? currentDirectory : Self.packageRoot
    }

    /// The embedded example's workspace, found from any working folder.
    /// - Throws: `.storage(.missing)` when the checkout the tool was built from has moved.
    func exampleStore() throws(CLIError) -> WorkspaceStore {
        let base = exampleBase
        if base == currentDirectory { return try store(Self.defaultWorkspace) }
        let folder = base.appendingPathComponent(Self.defaultWorkspace)
        guard FileSystem.isDirectory(folder) else {
            throw .storage(
                StorageError(
                    .missing, path: Self.defaultWorkspace,
                    reason: "the embedded example is neither in the current folder nor at \(folder.path), where the tool was built; "
                        + "name a workspace folder, or build the tool again from the checkout's new place"))
        }
        return WorkspaceStore(folder: folder, shownAs: folder.path)
    }

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

    /// Writes one of the tool's own screen controls (clear the screen, the alternate screen)
    /// to standard output as it is: never user text, so it passes the terminal sanitiser.
    func screen(_ control: String) {
        if let safe = console as? SafeConsole { safe.base.out(control) } else { console.out(control) }
    }

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
        if position < arguments.positionals.count {
            return try store(arguments.positionals[position])
        }
        guard allowDefault else {
            throw .usage("name the workspace folder to change, e.g. Workshops/my-process", command: command.name)
        }
        return try exampleStore()
    }

    /// The workspace at `path`, whose folder name must serve as a process id.
    func store(_ path: String) throws(CLIError) -> WorkspaceStore {
        if path.allSatisfy(\.isWhitespace) {
            throw .usage("the workspace folder is empty ('\(path)'); name a folder, e.g. Workshops/my-process", command: command.name)
        }
        let store = WorkspaceStore(folder: url(path), shownAs: path)
        if let problem = ProcessID.problem(with: store.id.rawValue) {
            throw .usage("the workspace folder's name is its process id: \(problem)", command: command.name)
        }
        return store
    }

    /// Loads and checks a workspace (the files in `files`, all by default); any error stops
    /// the command with every problem listed, warnings are printed.
    func loadWorkspace(_ store: WorkspaceStore, files: Set<WorkspaceFile>? = nil) throws(CLIError) -> Workspace {
        try load(store, files: files, hashing: false).workspace
    }

    /// Loads and checks every file of a workspace (or those in `files`), and the SHA-256 of each
    /// as it was read: what the exports' stamp names (`ExportStamp`), with the logs' seals that
    /// vote results name. The logs are hashed while they stream past, never read a second time.
    func loadWorkspaceForStamp(
        _ store: WorkspaceStore, files: Set<WorkspaceFile>? = nil
    ) throws(CLIError) -> (workspace: Workspace, digests: [WorkspaceFile: String], seals: [LogKind: LogSeal]) {
        try load(store, files: files, hashing: true)
    }

    private func load(
        _ store: WorkspaceStore, files: Set<WorkspaceFile>?, hashing: Bool
    ) throws(CLIError) -> (workspace: Workspace, digests: [WorkspaceFile: String], seals: [LogKind: LogSeal]) {
        let result: WorkspaceDecoder.Result
        let reading = ProgressLine("reading \(store.shownAs)", invocation: self)
        do {
            result = try store.load(files, hashing: hashing) { reading.update($0, $1) }
            reading.finish()
        } catch {
            reading.finish()
            throw .storage(error)
        }
        guard let workspace = result.workspace else { throw .invalid(result.diagnostics) }
        printWarnings(result.diagnostics)
        return (workspace, result.digests, result.seals)
    }

    /// Runs a library transaction, turning its refusal into the command's error.
    @discardableResult
    func transaction<Result>(_ body: () throws(WorkspaceError) -> Result) throws(CLIError) -> Result {
        do {
            return try body()
        } catch {
            throw CLIError(error)
        }
    }

    func printWarnings(_ diagnostics: Diagnostics) {
        for diagnostic in diagnostics.sorted where diagnostic.severity != .error {
            console.err(DiagnosticsPrinter(style: errorStyle).line(diagnostic))
        }
    }

    /// Positional arguments after the workspace.
    var rest: [String] { Array(arguments.positionals.dropFirst()) }

    /// Reads a required option, which must hold more than white space, or fails with usage.
    func required(_ name: String) throws(CLIError) -> String {
        guard let value = try text(name) else {
            let spec = command.options.first { $0.name == name }
            throw .usage("missing \(spec?.synopsis ?? "--\(name)")", command: command.name)
        }
        return value
    }

    /// A required identifier option, checked.
    func identifier<ID: Identifier>(_ name: String, as type: ID.Type) throws(CLIError) -> ID {
        try checked(try required(name), option: name)
    }

    /// An identifier option that may be left out, checked when given.
    func optionalIdentifier<ID: Identifier>(_ name: String, as type: ID.Type) throws(CLIError) -> ID? {
        guard let text = arguments.value(name) else { return nil }
        return try checked(text, option: name)
    }

    private func checked<ID: Identifier>(_ text: String, option name: String) throws(CLIError) -> ID {
        switch ID.validated(text) {
        case .success(let id): return id
        case .failure(let error): throw .usage("--\(name): \(error.message)", command: command.name)
        }
    }

    /// A text option that must hold more than white space, when given.
    func text(_ name: String) throws(CLIError) -> String? {
        guard let value = arguments.value(name) else { return nil }
        if value.allSatisfy(\.isWhitespace) { throw .usage("--\(name) is empty; give some text", command: command.name) }
        return value
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
}
