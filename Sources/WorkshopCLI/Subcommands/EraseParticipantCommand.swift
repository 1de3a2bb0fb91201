import WorkshopKit

/// `workshop erase-participant`: remove a person's personal data, keeping the id as a tombstone.
enum EraseParticipantCommand {
    static let command = Command(
        name: "erase-participant",
        summary: "Erase a participant's name, partner and attributes (GDPR); the id stays for the logs.",
        usage: ["erase-participant WORKSPACE ID [--date YYYY-MM-DD]"],
        discussion: """
            Personal data lives only in participants.json, never in the chained logs, which name \\
            participants by id alone. Erasing keeps the id and role (so the logs' ratings and ballots still \\
            refer to someone, and their chain still verifies) and removes the name, the partner and every \\
            attribute, noting the day of erasure. The participant stays in workshops' lists by id. Reads no log.
            """,
        options: [.value("date", "YYYY-MM-DD", "The day of erasure (default today).")],
        examples: ["workshop erase-participant Workshops/my-process AK-07"],
        run: { invocation throws(CLIError) in
            let store = try invocation.workspaceStore(allowDefault: false)
            guard let text = invocation.rest.first, invocation.rest.count == 1 else {
                throw .usage("name the participant to erase, e.g. AK-07", command: "erase-participant")
            }
            guard case .success(let id) = ParticipantID.validated(text) else {
                throw .usage("'\(text)' is not a participant id", command: "erase-participant")
            }
            var day = try Clock(environment: invocation.environment).today
            if let given = try invocation.day("date") { day = given }
            try invocation.transaction { () throws(WorkspaceError) in
                try store.change([.participants]) { workspace throws(WorkspaceError) in
                    guard let index = workspace.participants.firstIndex(where: { $0.id == id }) else {
                        throw .refused("no participant \(id) in \(store.path(.participants))")
                    }
                    if let erased = workspace.participants[index].erased {
                        throw .refused("participant \(id) was erased already on \(erased)")
                    }
                    workspace.participants[index] = workspace.participants[index].erasing(on: day)
                }
            }
            invocation.out("erased the personal data of participant \(id) in \(store.path(.participants)); the id stays for the logs\n")
        })
}
