import WorkshopKit

/// Every way a command can fail. One place (`WorkshopCLI.report`) turns it into text on
/// standard error and an exit status.
public enum CLIError: Error {
    /// Wrong use of the command line; the usage of `command` is printed after the message.
    case usage(String, command: String?)
    /// Problems in the workspace or an input file, each with its place.
    case invalid(Diagnostics)
    /// A single problem with input data, not tied to a file line.
    case data(String)
    /// A file or folder could not be read or written.
    case storage(StorageError)
    /// The command printed its problems already and ends with this status.
    case reported(ExitCode)

    /// One problem in an input file, at its place.
    static func invalid(_ message: String, at location: SourceLocation) -> CLIError {
        .invalid(Diagnostics([Diagnostic(.error, message, at: location)]))
    }

    /// A refused transaction of the library, as the command's error.
    init(_ error: WorkspaceError) {
        switch error {
        case .storage(let storage): self = .storage(storage)
        case .invalid(let diagnostics): self = .invalid(diagnostics)
        case .refused(let message): self = .data(message)
        }
    }

    var exitCode: ExitCode {
        switch self {
        case .usage: .usage
        case .invalid, .data: .dataError
        case .reported(let code): code
        case .storage(let error):
            switch error.kind {
            case .missing: .noInput
            case .unreadable: .ioError
            case .unwritable: .ioError
            case .exists: .cannotCreate
            }
        }
    }
}
