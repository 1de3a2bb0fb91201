/// Exit statuses from BSD's sysexits.h, so scripts can tell what went wrong.
public enum ExitCode: Int32, Sendable {
    case success = 0
    case failure = 1
    /// The command was used wrongly: unknown command or option, missing argument.
    case usage = 64
    /// The input data is wrong: a workspace or file with errors.
    case dataError = 65
    /// An input file or folder does not exist or cannot be read.
    case noInput = 66
    /// An output file cannot be created (it exists, or the folder is not writable).
    case cannotCreate = 73
    /// Reading or writing failed.
    case ioError = 74
}
