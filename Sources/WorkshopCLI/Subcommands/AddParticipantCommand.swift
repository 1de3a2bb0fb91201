import WorkshopKit

/// `workshop add-participant`: register someone who rates or votes.
enum AddParticipantCommand {
    static let command = Command(
        name: "add-participant",
        summary: "Register a participant (or a pseudonym) with a stakeholder role.",
        usage: ["add-participant WORKSPACE --id ID --name NAME --role ROLE [--partner PARTNER]"],
        discussion: """
            Adds a participant to participants.json. Ratings and ballots name participants by id, so \
            every rater and voter is registered first. Names may be pseudonyms. ROLE is a role of \
            process.json (IZ, BMK, PA, PB, AK, MO, TDG, ITE by default).
            """,
        options: [
            .value("id", "ID", "Short id used in ratings and ballots, e.g. AK-11."),
            .value("name", "NAME", "Name or pseudonym."),
            .value("role", "ROLE", "Stakeholder role id from process.json."),
            .value("partner", "PARTNER", "The partner (town, county) the participant speaks for."),
        ],
        examples: ["workshop add-participant Workshops/my-process --id AK-11 --name \"Mitglied Arbeitskreis 11\" --role AK --partner olfen"],
        run: { invocation throws(CLIError) in
            let store = try invocation.workspaceStore(allowDefault: false)
            var workspace = try invocation.loadForChange(store)
            let id = try invocation.identifier("id", as: ParticipantID.self)
            let name = try invocation.required("name")
            let role = try invocation.identifier("role", as: RoleID.self)
            let partner = try invocation.optionalIdentifier("partner", as: PartnerID.self)
            if workspace.participant(id) != nil { throw .data("participant \(id) exists already in \(store.path(.participants))") }
            let roles = workspace.process.roles.map(\.id.rawValue)
            guard roles.contains(role.rawValue) else {
                throw .data("unknown role '\(role)'; roles in process.json: \(roles.joined(separator: ", "))")
            }
            if let partner, !workspace.process.partners.contains(where: { $0.id == partner }) {
                throw .data("unknown partner '\(partner)'; partners in process.json: \(workspace.process.partners.map(\.id.rawValue).joined(separator: ", "))")
            }
            workspace.participants.append(Participant(id: id, name: name, role: role, partner: partner))
            try invocation.validate(workspace, store, changed: [.participants])
            try invocation.save(workspace, store, files: [.participants])
            invocation.out("added participant \(id) to \(store.path(.participants))\n")
        })
}
