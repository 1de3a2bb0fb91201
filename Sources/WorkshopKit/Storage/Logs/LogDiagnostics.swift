/// The problems found in one log, with their lines and columns. A damaged log of a million
/// lines must not print a million messages: after `limit` errors the rest are only counted.
struct LogDiagnostics {
    let path: String
    let limit: Int
    private(set) var diagnostics = Diagnostics()
    private var errors = 0
    private var unlisted = 0

    init(path: String, limit: Int = 200) {
        self.path = path
        self.limit = limit
    }

    var hasErrors: Bool { errors > 0 }

    mutating func error(_ message: String, line: Int?, column: Int? = nil) {
        errors += 1
        guard errors <= limit else {
            unlisted += 1
            return
        }
        diagnostics.error(message, at: SourceLocation(file: path, line: line, column: column))
    }

    mutating func warning(_ message: String, line: Int? = nil, column: Int? = nil) {
        diagnostics.warning(message, at: SourceLocation(file: path, line: line, column: column))
    }

    /// Every problem, with a last line counting those not listed.
    var all: Diagnostics {
        var all = diagnostics
        if unlisted > 0 {
            all.error("\(unlisted) more problems in this log are not listed; fix the ones above and check again", at: SourceLocation(file: path))
        }
        return all
    }
}
