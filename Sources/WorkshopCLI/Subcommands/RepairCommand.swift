import WorkshopKit

/// `workshop repair`: cut off uncommitted log tails, remove leftover temporary files, rebuild the index.
enum RepairCommand {
    static let command = Command(
        name: "repair",
        summary: "Show, and with --yes do, what an interrupted write left: uncommitted records, temporary files, a stale index.",
        usage: ["repair WORKSPACE [--yes]"],
        discussion: """
            A write cut short by a power loss or a killed process can leave records at the end of a log \\
            without their batch's chain value (never counted, and no append is made until they are gone), \\
            temporary files beside the workspace's files, or a ballot index that no longer fits the log. \\
            Without --yes, this command only shows what it would do: the records it would cut off, with \\
            their lines and text, the files it would remove, the index it would rebuild. With --yes it does \\
            it, under the workspace lock. Committed records are never touched.
            """,
        options: [.flag("yes", "Do the repair shown (otherwise it is only shown).")],
        examples: ["workshop repair Workshops/my-process", "workshop repair Workshops/my-process --yes"],
        run: { invocation throws(CLIError) in
            let store = try invocation.workspaceStore(allowDefault: false)
            let plan: RepairPlan
            do throws(StorageError) {
                plan = try store.repairPlan()
            } catch {
                throw .storage(error)
            }
            guard !plan.isEmpty else {
                invocation.out("\(store.shownAs): nothing to repair\n")
                return
            }
            let doing = invocation.arguments.flag("yes")
            var text = ""
            for tail in plan.tails {
                let lines = tail.lines == 1 ? "line \(tail.firstLine)" : "lines \(tail.firstLine)–\(tail.firstLine + tail.lines - 1)"
                text += "\(store.path(tail.file)): \(doing ? "removed" : "would remove") \(tail.lines) uncommitted record\(tail.lines == 1 ? "" : "s") at the end (\(lines), \(tail.bytes) bytes):\n"
                for (offset, line) in tail.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where offset < tail.lines {
                    text += "  \(tail.firstLine + offset) | \(line)\n"
                }
            }
            for leftover in plan.leftovers {
                text += "\(store.shownAs)/\(leftover): \(doing ? "removed" : "would remove") this leftover temporary file\n"
            }
            if let reason = plan.index {
                text += "\(store.shownAs)/.index/ballots.idx: \(doing ? "rebuilt" : "would rebuild") (the index \(reason))\n"
            }
            if doing {
                try invocation.transaction { () throws(WorkspaceError) in try store.repair(plan) }
            } else {
                text += "nothing was changed; run 'workshop repair \(store.shownAs) --yes' to do it\n"
            }
            invocation.out(text)
        })
}
