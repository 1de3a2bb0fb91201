import WorkshopKit

/// `workshop check`: validate workspaces and report every problem.
enum CheckCommand {
    static let command = Command(
        name: "check",
        summary: "Check a workspace and report every problem with file, line and column.",
        usage: ["check [WORKSPACE ...] [--format text|json]"],
        discussion: """
            Reads every file of each workspace and reports all problems at once, as \
            file:line:column: error: message (for CSV files the column is the field number): broken JSON \
            with its position, unknown keys, duplicate ids, references to ideas, projects, themes or \
            participants that do not exist, scores outside their scale, ballots that break their vote's \
            rules, and the brief template (\(BriefTemplate.path)) when there is one. For the logs it checks the \
            format, the numbering and the chain of every record, and names the first record that was altered, \
            inserted or removed; records a write left uncommitted at a log's end are reported (not counted). \
            Leftover temporary files are warnings, a ballot index that is behind or missing a note. Warnings \
            do not fail the check. A workspace without errors gets one line: its ideas, projects, ratings, \
            ballots and, when there are any, poster counts (voided ones left out). Nothing is written. Exit status 65 when any error is found, 66 when a \
            workspace folder is missing (the others are still checked).
            Without a WORKSPACE, checks the embedded example \(Invocation.defaultWorkspace).
            """,
        options: [.value("format", "text|json", "Print a summary as text (default) or the diagnostics as JSON.")],
        examples: ["workshop check", "workshop check Workshops/coesfeld-12 Workshops/my-process", "workshop check Workshops/my-process --format json"],
        run: run)

    static func run(_ invocation: Invocation) throws(CLIError) {
        let json = try invocation.wantsJSON
        let paths = invocation.arguments.positionals.isEmpty ? [Invocation.defaultWorkspace] : invocation.arguments.positionals
        var failed = false
        var missing = false
        var reports: [JSON] = []
        for path in paths {
            let store = try invocation.arguments.positionals.isEmpty ? invocation.exampleStore() : invocation.store(path)
            var loaded: WorkspaceDecoder.Result
            let checking = ProgressLine("checking \(path)", invocation: invocation)
            do {
                loaded = try store.load(checkOnly: true) { checking.update($0, $1) }
                checking.finish()
                loaded.diagnostics.append(contentsOf: store.housekeeping())
            } catch {
                checking.finish()
                // Report it and go on with the other workspaces.
                missing = true
                if json {
                    reports.append(.object(["workspace": .string(path), "ok": .bool(false), "error": .string(error.description)]))
                } else {
                    invocation.console.err("workshop: \(invocation.errorStyle.red("error:")) \(error)\n")
                }
                continue
            }
            var result = loaded
            do {
                _ = try BriefTemplate.load(workspace: store.folder, shownAs: store.shownAs)
            } catch {
                switch error {
                case .storage(let problem): result.diagnostics.error(problem.reason, at: SourceLocation(file: problem.path))
                case .invalid(let problems): result.diagnostics.append(contentsOf: problems.diagnostics)
                }
                result.workspace = nil
            }
            failed = failed || result.diagnostics.hasErrors
            if json {
                reports.append(report(path, result))
                continue
            }
            let printer = DiagnosticsPrinter(style: invocation.errorStyle)
            if !result.diagnostics.isEmpty { invocation.console.err(printer.report(result.diagnostics)) }
            if let workspace = result.workspace {
                invocation.out(
                    "\(path): \(invocation.style.green("ok")) – \(RunCommand.count(workspace.ideas.count, "idea")), "
                        + "\(RunCommand.count(workspace.projects.count, "project")), \(RunCommand.count(workspace.ratings.recordCount, "rating")), "
                        + "\(RunCommand.count(workspace.ballots.count, "ballot"))"
                        + (workspace.ballots.posterCount > 0 ? ", \(RunCommand.count(workspace.ballots.posterCount, "poster count"))" : "") + "\n")
            }
        }
        if json { invocation.out(JSONWriter.text(.object(["workspaces": .array(reports)]))) }
        if missing { throw .reported(.noInput) }
        if failed { throw .reported(.dataError) }
    }

    static func report(_ path: String, _ result: WorkspaceDecoder.Result) -> JSON {
        .object([
            "workspace": .string(path),
            "ok": .bool(!result.diagnostics.hasErrors),
            "errors": .number(result.diagnostics.errorCount),
            "warnings": .number(result.diagnostics.warningCount),
            "diagnostics": .array(
                result.diagnostics.sorted.map { diagnostic in
                    .object([
                        "file": .string(diagnostic.location.file),
                        "line": diagnostic.location.line.map(JSON.number),
                        "column": diagnostic.location.column.map(JSON.number),
                        "severity": .string(diagnostic.severity.rawValue),
                        "message": .string(diagnostic.message),
                    ])
                }),
        ])
    }
}
