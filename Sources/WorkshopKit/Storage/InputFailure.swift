/// Why a file given as input was not used: it could not be read, or what it says has problems.
public enum InputFailure: Error, Sendable {
    /// The file or folder could not be read.
    case storage(StorageError)
    /// What was read has problems, each with its file and line.
    case invalid(InvalidInput)
}
