import Foundation
import WorkshopKit

/// `workshop export`: write the exports of a workspace.
enum ExportCommand {
    static let options: [OptionSpec] = [
        .value("out", "DIR", "Write into DIR instead of Exports/<process>/."),
        .value("csv-profile", "PROFILE", "standard (RFC 4180, comma, no BOM) or excel-de (semicolon, BOM, decimal comma); default: the workspace's csvProfile."),
        .flag("with-names", "Include personal data: participants' names and attributes, ideas' submitters (left out by default; see README, Data safety)."),
    ]

    static let command = Command(
        name: "export",
        summary: "Write the report (HTML), paper (Word), workbook (Excel), CSV and Markdown exports.",
        usage: ["export [WORKSPACE] [--out DIR] [--csv-profile standard|excel-de] [--with-names]"],
        discussion: """
            Checks the workspace and, only when it has no errors, writes every export to \
            Exports/<process>/ (or --out DIR): the committee documents report.html (one self-contained web \
            page, printable on A4), paper.docx (Word, A4) and workbook.xlsx (Excel: project list, budget with \
            formulas, scores, votes, ideas); project-list.csv/.md by priority group, briefs/<project>.md, \
            budget.csv/.md with totals, subsidy and own share, consolidation.md and ideas.csv (idea to project, \
            both ways), scores.csv, votes.csv and votes.md (each vote counted by its rule from the ballot log, \
            as vote --results counts it, with the log's SHA-256 and last chain value and the command that \
            re-runs the count), charts/portfolio.svg (relevance × potential), charts/budget.svg and \
            charts/vote-<vote>.svg, index.md, and SHA256SUMS (check with 'sha256sum -c SHA256SUMS'). \
            Every document names the state it was made from ("Stand: <latest date in the records> · \
            Arbeitsstand <hash of the workspace files>"), never the clock, so the same workspace always gives \
            the same bytes. Each file is written atomically; unchanged files are left alone; files a previous \
            run wrote that are no longer made are removed. The briefs follow the workspace's \
            \(BriefTemplate.path) when there is one (see 'workshop brief-template'). Personal data stays out \
            unless --with-names: participants appear by their ids, ideas without their submitter's name.
            Without a WORKSPACE, exports the embedded example \(Invocation.defaultWorkspace).
            """,
        options: options,
        examples: ["workshop export", "workshop export Workshops/my-process --csv-profile standard --out /tmp/exports", "workshop export Workshops/my-process --with-names --out /tmp/internal"],
        run: { invocation throws(CLIError) in
            let store = try invocation.workspaceStore(allowDefault: true)
            let target = try Target(store.id, invocation)
            let (workspace, digests, seals) = try invocation.loadWorkspaceForStamp(store)
            let evaluation = Evaluation(target.withNames ? workspace : workspace.withoutPersonalData)
            try write(evaluation, stamp: ExportStamp(evaluation, digests: digests, ballotLog: seals[.ballots]), template: try briefTemplate(store), to: target, invocation)
        })

    /// The workspace's brief template, or today's brief when it has none.
    static func briefTemplate(_ store: WorkspaceStore) throws(CLIError) -> BriefTemplate {
        do {
            return try BriefTemplate.load(workspace: store.folder, shownAs: store.shownAs) ?? .standard
        } catch {
            switch error {
            case .storage(let problem): throw .storage(problem)
            case .invalid(let problems): throw .invalid(problems.diagnostics)
            }
        }
    }

    /// Where and how the exports are written, read from the options before any work is done.
    struct Target {
        var csvProfile: CSVProfile?
        /// `--with-names`: personal data in the exports.
        var withNames: Bool
        var folder: URL
        var shownAs: String

        /// `--csv-profile`, and `--out DIR` or else `Exports/<process>/` (beside the embedded
        /// example's `Workshops/` when the example is meant, from any working folder).
        init(_ id: ProcessID, _ invocation: Invocation) throws(CLIError) {
            csvProfile = try invocation.csvProfile()
            withNames = invocation.arguments.flag("with-names")
            if let path = invocation.arguments.value("out") {
                if path.allSatisfy(\.isWhitespace) {
                    throw .usage("--out is empty ('\(path)'); name a folder, e.g. --out /tmp/exports", command: invocation.command.name)
                }
                (folder, shownAs) = (invocation.url(path), path)
            } else if invocation.arguments.positionals.isEmpty, invocation.exampleBase != invocation.currentDirectory {
                folder = invocation.exampleBase.appendingPathComponent("Exports/\(id.rawValue)")
                shownAs = folder.path
            } else {
                shownAs = "Exports/\(id.rawValue)"
                folder = invocation.url(shownAs)
            }
        }
    }

    /// Renders and writes the exports, then prints one line saying what was written where.
    /// - Parameter stamp: the workspace's state as read: its files' hashes and the ballot log's seal.
    static func write(
        _ evaluation: Evaluation, stamp: ExportStamp, template: BriefTemplate, to target: Target, _ invocation: Invocation
    ) throws(CLIError) {
        let writer = ExportWriter(folder: target.folder, shownAs: target.shownAs)
        let result: (files: Int, summary: ExportWriter.Summary)
        do {
            result = try ExportSet.write(evaluation, csvProfile: target.csvProfile, stamp: stamp, briefTemplate: template, to: writer)
        } catch {
            throw .storage(error)
        }
        let summary = result.summary
        var line = "wrote \(result.files) files to \(writer.shownAs)/ (\(summary.written.count) changed, \(summary.unchanged.count) unchanged"
        if !summary.removed.isEmpty { line += ", \(summary.removed.count) removed: \(summary.removed.joined(separator: ", "))" }
        invocation.out(line + ")\n")
    }
}
