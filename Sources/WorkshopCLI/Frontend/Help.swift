/// The overall help and text wrapping.
enum Help {
    static let version = "workshop 0.1.0"

    static func overview(_ commands: [Command]) -> String {
        var text = """
            workshop – run participation processes: workshops, idea sheets, scoring on relevance
            and potential, votes, priority groups, project briefs, budgets and funding.

            Usage:
              workshop COMMAND [WORKSPACE] [OPTIONS]
              workshop help COMMAND
              workshop COMMAND --help

            A workspace is a folder of plain files (Workshops/<process>/). Commands that only
            read fall back to the embedded example, \(Invocation.defaultWorkspace).

            Commands:

            """
        let width = (commands.map(\.name.count).max() ?? 0) + 2
        for command in commands {
            text += "  \(command.name)\(String(repeating: " ", count: width - command.name.count))\(command.summary)\n"
        }
        text += """

            Start here:
              workshop run                      check the Coesfeld example and write Exports/coesfeld-12/
              workshop new Workshops/my-process --title "My process" --language en

            Exit status: 0 ok, 64 usage error, 65 bad data, 66 missing input, 73 cannot create, 74 I/O error.
            Colour only on a terminal; set NO_COLOR to turn it off.

            """
        return text
    }

    /// Wraps `text` at 88 columns, indenting continuation lines.
    static func wrap(_ text: String, indent: Int, width: Int = 88) -> String {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty && indent + line.count + 1 + word.count > width {
                    lines.append(line)
                    line = ""
                }
                line += (line.isEmpty ? "" : " ") + word
            }
            lines.append(line)
        }
        let padding = String(repeating: " ", count: indent)
        return lines.map { padding + $0 }.joined(separator: "\n")
    }
}
