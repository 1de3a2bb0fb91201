/// Writes a workspace's files as people read them in git: pretty JSON with sorted keys.
public enum WorkspaceEncoder {
    /// The contents of one file of `workspace`.
    ///
    /// A log is written here only as a new, empty log (its two header lines): a workspace
    /// holds what the logs count, not their records, and records are only ever appended
    /// (`WorkspaceStore.record`, `LogBuilder`).
    public static func text(of file: WorkspaceFile, in workspace: Workspace) -> String {
        let note = workspace.notes[file].map { JSON.string($0) }
        switch file {
        case .process:
            return JSONWriter.text(adding(note, to: workspace.process.json))
        case .prioritisation:
            return JSONWriter.text(adding(note, to: workspace.prioritisation.json))
        case .funding:
            return JSONWriter.text(
                .object([
                    "calls": .array(workspace.fundingCalls.map(\.json)),
                    "applications": .array(workspace.applications.map(\.json)),
                    "note": note,
                ]))
        case .participants: return listFile(file, workspace.participants, note)
        case .workshops: return listFile(file, workspace.workshops, note)
        case .criteria: return listFile(file, workspace.criteria, note)
        case .ideas: return listFile(file, workspace.ideas, note)
        case .projects: return listFile(file, workspace.projects, note)
        case .votes: return listFile(file, workspace.votes, note)
        case .budget: return listFile(file, workspace.budget, note)
        case .status: return listFile(file, workspace.status, note)
        case .ratings: return String(decoding: LogKind.ratings.header, as: UTF8.self)
        case .ballots: return String(decoding: LogKind.ballots.header, as: UTF8.self)
        }
    }

    private static func listFile<T: JSONCodable>(_ file: WorkspaceFile, _ items: [T], _ note: JSON?) -> String {
        JSONWriter.text(JSON(.object([JSON.Member(key: file.listKey!, value: .array(items.map(\.json)))] + (note.map { [JSON.Member(key: "note", value: $0)] } ?? []))))
    }

    private static func adding(_ note: JSON?, to object: JSON) -> JSON {
        guard let note, case .object(let members) = object.value else { return object }
        return JSON(.object(members + [JSON.Member(key: "note", value: note)]))
    }
}
