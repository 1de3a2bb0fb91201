/// Why a change to a workspace was not made. Nothing was written in any case.
public enum WorkspaceError: Error, Sendable {
    /// A file could not be read or written.
    case storage(StorageError)
    /// The workspace, an input or the change has problems, each with its place.
    case invalid(Diagnostics)
    /// The change breaks a rule (an id is taken, a vote is closed); the message says which.
    case refused(String)
}

extension WorkspaceError {
    /// The refusal for an id that names nothing: "unknown project 'P99'; did you mean 'P9'?;
    /// projects: P1, P2, …".
    public static func unknown<ID: Identifier>(_ id: ID, among known: [ID]) -> WorkspaceError {
        let names = known.sorted().map(\.rawValue)
        return .refused("unknown \(ID.noun) '\(id)'\(Suggestion.didYouMean(id.rawValue, among: names)); \(ID.pluralNoun): \(Suggestion.list(names))")
    }
}
