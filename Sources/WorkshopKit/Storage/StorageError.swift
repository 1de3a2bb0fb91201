/// A file that could not be read or written, with the path and what the system said.
public struct StorageError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The file or folder does not exist.
        case missing
        /// It exists but cannot be read.
        case unreadable
        /// It cannot be created or written.
        case unwritable
        /// It exists already and would be overwritten.
        case exists
    }

    public var kind: Kind
    public var path: String
    public var reason: String

    public init(_ kind: Kind, path: String, reason: String) {
        self.kind = kind
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
