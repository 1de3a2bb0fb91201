/// A subcommand: its name, its help and what it does. Each lives in `Subcommands/`.
struct Command: Sendable {
    var name: String
    /// One line for the command list.
    var summary: String
    /// Synopsis lines, without the leading `workshop`.
    var usage: [String]
    /// What the command does, in a few sentences.
    var discussion: String
    var options: [OptionSpec]
    var examples: [String]
    var run: @Sendable (Invocation) throws(CLIError) -> Void

    /// The help text `workshop help NAME` and `workshop NAME --help` print.
    var help: String {
        var text = "\(summary)\n\nUsage:\n"
        text += usage.map { "  workshop \($0)\n" }.joined()
        text += "\n" + Help.wrap(discussion, indent: 0) + "\n"
        let all = options + [OptionSpec.flag("help", "Show this help.")]
        text += "\nOptions:\n"
        let width = min(28, (all.map(\.synopsis.count).max() ?? 0) + 2)
        for option in all {
            let synopsis = option.synopsis
            let padding = synopsis.count < width ? String(repeating: " ", count: width - synopsis.count) : "\n" + String(repeating: " ", count: width + 2)
            text += "  \(synopsis)\(padding)\(Help.wrap(option.help, indent: width + 2).drop { $0 == " " })\n"
        }
        if !examples.isEmpty {
            text += "\nExamples:\n" + examples.map { "  \($0)\n" }.joined()
        }
        return text
    }
}
