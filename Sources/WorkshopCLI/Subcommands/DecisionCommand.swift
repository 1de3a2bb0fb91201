import WorkshopKit

/// `workshop decision`: a decision of a council, committee or the mayors' conference.
enum DecisionCommand {
    static let command = Command(
        name: "decision",
        summary: "Record a decision: body, date, paper number, subject and outcome.",
        usage: ["decision WORKSPACE --id ID --body BODY --subject TEXT [--date YYYY-MM-DD] [--document NUMBER] [--outcome TEXT] [--source TEXT]"],
        discussion: """
            Appends a decision to decisions.json: which body decided (Kreistag, a committee, the mayors' \
            conference), on which day, on which paper (e.g. SV-10-0968), about what, and how. Leave out \
            --date when the sources do not give it. index.md lists the decisions; 'workshop report' those of \
            its period.
            """,
        options: [
            .value("id", "ID", "The decision's id."),
            .value("body", "BODY", "Who decided."),
            .value("subject", "TEXT", "What was decided on."),
            .value("date", "YYYY-MM-DD", "The day of the meeting."),
            .value("document", "NUMBER", "The paper's number, e.g. SV-10-0968."),
            .value("outcome", "TEXT", "The decision as worded, e.g. \"zur Kenntnis genommen\"."),
            .value("source", "TEXT", "The paper it comes from."),
        ],
        examples: [
            "workshop decision Workshops/coesfeld-12 --id afwd-2023-09-14 --body \"Ausschuss für Finanzen, Wirtschaftsförderung und Digitalisierung\" --date 2023-09-14 --document SV-10-0968 --subject \"Sachstandsbericht Digitalisierungsstrategie und Digitalagentur\" --outcome \"zur Kenntnis genommen\""
        ],
        run: { invocation throws(CLIError) in
            let decision = Decision(
                id: try invocation.identifier("id", as: DecisionID.self), body: try invocation.required("body"),
                date: try invocation.day("date"), document: try invocation.text("document"), subject: try invocation.required("subject"),
                outcome: try invocation.text("outcome"), source: try invocation.text("source"))
            try WorkspaceChange.apply(invocation, files: [.decisions]) { workspace throws(WorkspaceError) in
                try workspace.addDecision(decision)
                return "recorded decision \(decision.id)"
            }
        })
}
