/// Why a change to a workspace was not made. Nothing was written in any case.
public enum WorkspaceError: Error, Sendable {
    /// A file could not be read or written.
    case storage(StorageError)
    /// The workspace, an input or the change has problems, each with its place.
    case invalid(Diagnostics)
    /// The change breaks a rule (an id is taken, a vote is closed); the message says which.
    case refused(String)
}
