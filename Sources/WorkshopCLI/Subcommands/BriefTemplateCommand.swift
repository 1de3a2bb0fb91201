import WorkshopKit

/// `workshop brief-template`: the default template of the project briefs, to adapt.
enum BriefTemplateCommand {
    static let command = Command(
        name: "brief-template",
        summary: "Print the brief template to adapt, with every placeholder explained.",
        usage: ["brief-template"],
        discussion: """
            Prints the template the project briefs are made with. Save it as \(BriefTemplate.path) in a \
            workspace and change it: reorder, drop or add sections, write your own text around them; \
            'workshop export' and 'workshop run' then use it, and 'workshop check' checks it (an unknown \
            placeholder is an error with its line and column).
            Blocks, each on a line of its own (a block with nothing to show leaves no gap):
            \(BriefTemplate.Block.allCases.map { "  {{\($0.rawValue)}}: \($0.meaning)" }.joined(separator: "\n"))
            Values, anywhere in a line, as plain text:
            \(BriefTemplate.Value.allCases.map { "  {{\($0.rawValue)}}: \($0.meaning)" }.joined(separator: "\n"))
            """,
        options: [],
        examples: ["workshop brief-template > Workshops/my-process/\(BriefTemplate.path)"],
        run: { invocation throws(CLIError) in
            if !invocation.arguments.positionals.isEmpty {
                throw .usage("brief-template takes no workspace; redirect its output into WORKSPACE/\(BriefTemplate.path)", command: "brief-template")
            }
            invocation.out(BriefTemplate.defaultText)
        })
}
