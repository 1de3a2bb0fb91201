import WorkshopKit

/// `workshop upgrade`: rewrite logs of format 1 in format 2.
enum UpgradeCommand {
    static let command = Command(
        name: "upgrade",
        summary: "Rewrite ratings.csv and ballots.csv from format 1 into format 2 (version line, numbered, chained).",
        usage: ["upgrade WORKSPACE"],
        discussion: """
            Logs written before format 2 have no version line, no record numbers and no chain. Read-only \\
            commands still read them, but nothing is appended to them. This command rewrites each such log \\
            atomically in format 2: every old line becomes one batch of its own (so a later change to any one \\
            record is found), the records keep their values and times; a vote's first ballot is preceded by \\
            the vote's open record, which freezes its current definition in votes.json. Logs already in \\
            format 2 are left alone; a row that cannot be read, or a ballot of a vote votes.json does not \\
            define, stops the upgrade before anything is written.
            """,
        options: [],
        examples: ["workshop upgrade Workshops/my-process"],
        run: { invocation throws(CLIError) in
            let store = try invocation.workspaceStore(allowDefault: false)
            let report = try invocation.transaction { () throws(WorkspaceError) in try store.upgrade() }
            invocation.out(report.isEmpty ? "no logs in \(store.shownAs)\n" : report.map { $0 + "\n" }.joined())
        })
}
