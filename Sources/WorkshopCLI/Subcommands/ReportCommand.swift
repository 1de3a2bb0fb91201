import WorkshopKit

/// `workshop report`: the status report (Sachstandsbericht) for a period.
enum ReportCommand {
    static let command = Command(
        name: "report",
        summary: "Write the status report (Sachstandsbericht) for a period as Markdown for a committee paper.",
        usage: ["report [WORKSPACE] --from YYYY-MM-DD --to YYYY-MM-DD [--out FILE]"],
        discussion: """
            Reports what changed from --from to --to (both included): the status entries dated in the \
            period, the milestones done, the decisions taken, the applications submitted; and how things \
            stand at its end: the milestones that are late (due before --to and not done by then, with the \
            days), the coming ones, the posts vacant on --to, and the latest status of every project. The \
            sources of the entries and what of them is reconstructed or illustrative close the report. \
            Written to standard output, or atomically to --out FILE. Read-only; without a WORKSPACE, the \
            embedded example. Turn it into a committee paper with pandoc -f gfm FILE -o bericht.docx.
            """,
        options: [
            .value("from", "YYYY-MM-DD", "The first day of the period."),
            .value("to", "YYYY-MM-DD", "The last day of the period."),
            .value("out", "FILE", "Write the report to FILE instead of standard output."),
        ],
        examples: [
            "workshop report Workshops/coesfeld-12 --from 2022-09-14 --to 2023-09-14",
            "workshop report Workshops/coesfeld-12 --from 2022-09-14 --to 2023-09-14 --out sachstandsbericht-2023.md",
        ],
        run: { invocation throws(CLIError) in
            let from = try invocation.require("from", invocation.day)
            let to = try invocation.require("to", invocation.day)
            guard from <= to else { throw .usage("the period ends (\(to)) before it starts (\(from))", command: "report") }
            let store = try invocation.workspaceStore(allowDefault: true)
            // Status, milestones, decisions, posts and each file's provenance: no log is read.
            let evaluation = Evaluation(try invocation.loadWorkspace(store, files: WorkspaceFile.definitions))
            let markdown = StatusReportRenderer(ExportContext(evaluation: evaluation)).markdown(StatusReport(evaluation.workspace, from: from, to: to))
            guard let path = invocation.arguments.value("out") else { return invocation.out(markdown) }
            do throws(StorageError) {
                try FileSystem.writeAtomically(Array(markdown.utf8), to: invocation.url(path), shownAs: path)
            } catch {
                throw .storage(error)
            }
            invocation.out("wrote the status report \(from) – \(to) to \(path)\n")
        })
}
