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
        return "\(style.bold(diagnostic.location.description + ":")) \(severity) \(diagnostic.message)\n"
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
