import WorkshopKit

/// `workshop role`: a stakeholder role of the process.
enum RoleCommand {
    static let command = Command(
        name: "role",
        summary: "Add or change a stakeholder role (who decides, who steers, who advises).",
        usage: ["role WORKSPACE --id ID --name NAME [--responsibility TEXT]"],
        discussion: """
            Writes a role to process.json; a role with the same id is changed. Participants name their \
            role; index.md lists the roles with what each does. New processes start with the roles of \
            Coesfeld 12.0 (IZ, BMK, PA, PB, AK, MO, TDG, ITE).
            """,
        options: [
            .value("id", "ID", "The role's short name, e.g. DA."),
            .value("name", "NAME", "Who holds it."),
            .value("responsibility", "TEXT", "What the role does."),
        ],
        examples: [
            "workshop role Workshops/coesfeld-12 --id DA --name \"Digitalagentur (virtuelle Organisation)\" --responsibility \"Kümmerer für die Umsetzung; Fördermittel; Kommunikation\""
        ],
        run: { invocation throws(CLIError) in
            let role = Role(
                id: try invocation.identifier("id", as: RoleID.self), name: try invocation.required("name"),
                responsibility: try invocation.text("responsibility") ?? "")
            try WorkspaceChange.apply(invocation, files: [.process]) { workspace throws(WorkspaceError) in
                let changed = workspace.process.roles.contains { $0.id == role.id }
                try workspace.setRole(role)
                return "\(changed ? "changed" : "added") role \(role.id)"
            }
        })
}
