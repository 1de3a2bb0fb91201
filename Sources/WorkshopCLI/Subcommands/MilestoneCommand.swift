import WorkshopKit

/// `workshop milestone`: due dates of projects and of the process.
enum MilestoneCommand {
    static let command = Command(
        name: "milestone",
        summary: "Add a milestone with its due date, mark one done, or list them with the late ones marked.",
        usage: [
            "milestone WORKSPACE --id ID --title TITLE --due YYYY-MM-DD [--project PROJECT] [--note TEXT] [--source TEXT]",
            "milestone WORKSPACE --done ID [--date YYYY-MM-DD]",
            "milestone [WORKSPACE] [--on YYYY-MM-DD]",
        ],
        discussion: """
            Milestones live in milestones.json: a title, the day it is due, the project it belongs to (none \
            for a milestone of the whole process) and, once it is, the day it was done. A milestone is late \
            on a day when it was due before that day and not done by then. --done records the day one was \
            done (default today). Without --id or --done, lists every milestone and marks those late on \
            --on (default today); briefs list a project's milestones, 'workshop report' the late ones.
            """,
        options: [
            .value("id", "ID", "The milestone's id, e.g. ms-vollantrag."),
            .value("title", "TITLE", "What is to be reached."),
            .value("due", "YYYY-MM-DD", "The last day it is due."),
            .value("project", "PROJECT", "The project it belongs to (none: the whole process)."),
            .value("note", "TEXT", "A note."),
            .value("source", "TEXT", "The paper it comes from."),
            .value("done", "ID", "Mark this milestone done."),
            .value("date", "YYYY-MM-DD", "With --done: the day it was done (default today)."),
            .value("on", "YYYY-MM-DD", "When listing: the day lateness is judged on (default today)."),
        ],
        examples: [
            "workshop milestone Workshops/coesfeld-12 --id ms-start-antrag --title \"Start der Antragsprojekte\" --due 2022-03-31 --project P14",
            "workshop milestone Workshops/coesfeld-12 --done ms-start-antrag --date 2022-06-01",
            "workshop milestone Workshops/coesfeld-12 --on 2023-09-14",
        ],
        run: run)

    static func run(_ invocation: Invocation) throws(CLIError) {
        if invocation.arguments.has("done") {
            let id = try invocation.identifier("done", as: MilestoneID.self)
            let day = try invocation.dayOrToday()
            return try WorkspaceChange.apply(invocation, files: [.milestones]) { workspace throws(WorkspaceError) in
                try workspace.completeMilestone(id, on: day)
                return "milestone \(id) done on \(day)"
            }
        }
        guard invocation.arguments.has("id") else { return try list(invocation) }
        let milestone = Milestone(
            id: try invocation.identifier("id", as: MilestoneID.self), title: try invocation.required("title"),
            project: try invocation.optionalIdentifier("project", as: ProjectID.self),
            due: try invocation.require("due", invocation.day),
            note: try invocation.text("note"), source: try invocation.text("source"))
        try WorkspaceChange.apply(invocation, files: [.milestones]) { workspace throws(WorkspaceError) in
            try workspace.addMilestone(milestone)
            return "added milestone \(milestone.id), due \(milestone.due)"
        }
    }

    static func list(_ invocation: Invocation) throws(CLIError) {
        let store = try invocation.workspaceStore(allowDefault: true)
        let workspace = try invocation.loadWorkspace(store, files: [.process, .milestones])
        let day = try invocation.dayOrToday("on")
        let milestones = workspace.milestones.sorted { ($0.due, $0.id) < ($1.due, $1.id) }
        if milestones.isEmpty { return invocation.out("no milestones in \(store.path(.milestones))\n") }
        var text = ""
        for milestone in milestones {
            let state: String
            if let done = milestone.done, done <= day {
                state = "done \(done)" + (milestone.wasDoneLate ? " (late)" : "")
            } else if milestone.isOverdue(on: day) {
                state = invocation.style.red("late by \(milestone.due.days(until: day)) days")
            } else {
                state = "open"
            }
            text += "\(milestone.due)  \(milestone.id.rawValue.rightPadded(16)) \((milestone.project?.rawValue ?? "–").rightPadded(5)) \(milestone.title) – \(state)\n"
        }
        invocation.out(text)
    }
}
