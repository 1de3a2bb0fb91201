/// Why a ballot file cannot be counted: it cannot be read, or what it holds is wrong.
public enum BallotFileError: Error, Sendable {
    /// The file is missing or cannot be read.
    case storage(StorageError)
    /// The file's content has problems, each with its place.
    case invalid(InvalidInput)
}
