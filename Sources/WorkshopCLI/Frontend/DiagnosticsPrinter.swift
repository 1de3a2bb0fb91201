import WorkshopKit

/// Prints diagnostics as `file:line:column: error: message`, the form editors and CI understand.
struct DiagnosticsPrinter {
    let style: Style

    func line(_ diagnostic: Diagnostic) -> String {
        let severity: String =
            switch diagnostic.severity {
            case .error: style.red("error:")
            case .warning: style.yellow("warning:")
            case .note: style.dim("note:")
            }
        return "\(style.bold(diagnostic.location.description + ":")) \(severity) \(Self.readable(diagnostic.message))\n"
    }

    /// A message that quotes a huge value (a header of 100 000 NUL bytes) keeps its words but
    /// not the whole value: each quoted value beyond 80 characters is cut, with its length.
    static func readable(_ message: String) -> String {
        guard message.count > 1_000 else { return message }
        let parts = message.split(separator: "'", omittingEmptySubsequences: false)
        return parts.enumerated().map { offset, part in
            guard offset % 2 == 1, part.count > 80 else { return String(part) }
            return part.prefix(60) + "… (\(part.count) characters)"
        }.joined(separator: "'")
    }

    /// Every diagnostic in file order (a repeated one once), then a count.
    func report(_ diagnostics: Diagnostics) -> String {
        var seen = Set<Diagnostic>()
        let unique = diagnostics.sorted.filter { seen.insert($0).inserted }
        var text = unique.map(line).joined()
        let errors = unique.count { $0.severity == .error }
        let warnings = unique.count { $0.severity == .warning }
        if errors + warnings > 0 {
            text += "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")\n"
        }
        return text
    }
}
