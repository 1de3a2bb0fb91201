import WorkshopKit

/// `workshop add-participant`: register someone who rates or votes.
enum AddParticipantCommand {
    static let command = Command(
        name: "add-participant",
        summary: "Register a participant (or a pseudonym) with a stakeholder role.",
        usage: ["add-participant WORKSPACE --id ID --name NAME --role ROLE [--partner PARTNER] [--attribute NAME=VALUE ...]"],
        discussion: """
            Adds a participant to participants.json. Ratings and ballots name participants by id, so \
            every rater and named voter is registered first. Names may be pseudonyms. ROLE is a role of \
            process.json (IZ, BMK, PA, PB, AK, MO, TDG, ITE by default). Names, partners and attributes are \
            personal data: they stay in participants.json, never in the chained logs, so \
            'workshop erase-participant' can remove them later. Reads no log.
            """,
        options: [
            .value("id", "ID", "Short id used in ratings and ballots, e.g. AK-11."),
            .value("name", "NAME", "Name or pseudonym."),
            .value("role", "ROLE", "Stakeholder role id from process.json."),
            .value("partner", "PARTNER", "The partner (town, county) the participant speaks for."),
            .repeated("attribute", "NAME=VALUE", "A personal attribute such as district=Lette or age=30-44; repeatable."),
        ],
        examples: ["workshop add-participant Workshops/my-process --id AK-11 --name \"Mitglied Arbeitskreis 11\" --role AK --partner olfen"],
        run: { invocation throws(CLIError) in
            let store = try invocation.workspaceStore(allowDefault: false)
            let id = try invocation.identifier("id", as: ParticipantID.self)
            let name = try invocation.required("name")
            let role = try invocation.identifier("role", as: RoleID.self)
            let partner = try invocation.optionalIdentifier("partner", as: PartnerID.self)
            var attributes: [String: String] = [:]
            for text in invocation.arguments.all("attribute") {
                guard let equals = text.firstIndex(of: "="), !text[..<equals].isEmpty, text.index(after: equals) < text.endIndex else {
                    throw .usage("--attribute '\(text)' must be NAME=VALUE, e.g. district=Lette", command: "add-participant")
                }
                attributes[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            try invocation.transaction { () throws(WorkspaceError) in
                try store.change([.participants]) { workspace throws(WorkspaceError) in
                    if workspace.participant(id) != nil { throw .refused("participant \(id) exists already in \(store.path(.participants))") }
                    let roles = workspace.process.roles.map(\.id.rawValue)
                    guard roles.contains(role.rawValue) else {
                        throw .refused("unknown role '\(role)'; roles in process.json: \(roles.joined(separator: ", "))")
                    }
                    if let partner, !workspace.process.partners.contains(where: { $0.id == partner }) {
                        throw .refused(
                            "unknown partner '\(partner)'; partners in process.json: \(workspace.process.partners.map(\.id.rawValue).joined(separator: ", "))")
                    }
                    workspace.participants.append(Participant(id: id, name: name, role: role, partner: partner, attributes: attributes))
                }
            }
            invocation.out("added participant \(id) to \(store.path(.participants))\n")
        })
}
