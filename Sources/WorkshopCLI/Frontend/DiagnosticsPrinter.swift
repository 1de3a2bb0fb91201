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

    /// Every diagnostic in file order, then a count.
    func report(_ diagnostics: Diagnostics) -> String {
        var text = diagnostics.sorted.map(line).joined()
        let errors = diagnostics.errorCount
        let warnings = diagnostics.warningCount
        if errors + warnings > 0 {
            text += "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")\n"
        }
        return text
    }
}
