/// A place in a workspace file: a path, and where known the line and column (both 1-based).
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file, as the user named it or relative to the workspace's parent folder.
    public var file: String
    public var line: Int?
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file`, `file:line` or `file:line:column`, the form editors and CI annotate.
    public var description: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line ?? 0, lhs.column ?? 0) < (rhs.file, rhs.line ?? 0, rhs.column ?? 0)
    }
}

/// One problem found in a workspace or an input file, with where it is and what to do.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case error, warning, note

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// For a ballot the log refuses, why, so a front end can say it in the voter's language.
    public var refusal: BallotRefusal?

    public init(_ severity: Severity, _ message: String, at location: SourceLocation, refusal: BallotRefusal? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
        self.refusal = refusal
    }

    /// `file:line:column: error: message`, the form swiftc, gcc and swift-format print.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// Collects every problem found, so a check can report all of them rather than the first.
public struct Diagnostics: Sendable, Sequence {
    public private(set) var all: [Diagnostic] = []

    public init(_ all: [Diagnostic] = []) { self.all = all }

    public var hasErrors: Bool { all.contains { $0.severity == .error } }
    public var errorCount: Int { all.count { $0.severity == .error } }
    public var warningCount: Int { all.count { $0.severity == .warning } }
    public var isEmpty: Bool { all.isEmpty }

    public mutating func error(_ message: String, at location: SourceLocation, refusal: BallotRefusal? = nil) {
        all.append(Diagnostic(.error, message, at: location, refusal: refusal))
    }

    public mutating func warning(_ message: String, at location: SourceLocation) {
        all.append(Diagnostic(.warning, message, at: location))
    }

    public mutating func append(_ diagnostic: Diagnostic) { all.append(diagnostic) }

    public mutating func append(contentsOf other: Diagnostics) { all.append(contentsOf: other.all) }

    /// The diagnostics in file, line and column order; equal places keep the order they were found in.
    public var sorted: [Diagnostic] {
        all.enumerated()
            .sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }
            .map(\.element)
    }

    public func makeIterator() -> IndexingIterator<[Diagnostic]> { all.makeIterator() }
}

/// Thrown when input cannot be used; carries every problem found in it.
public struct InvalidInput: Error, Sendable, CustomStringConvertible {
    public var diagnostics: Diagnostics

    public init(_ diagnostics: Diagnostics) { self.diagnostics = diagnostics }

    public init(_ message: String, at location: SourceLocation) {
        var diagnostics = Diagnostics()
        diagnostics.error(message, at: location)
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.sorted.map(\.description).joined(separator: "\n") }
}
