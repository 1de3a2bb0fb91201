/// Writes a workspace's files as people read them in git: pretty JSON with sorted keys.
public enum WorkspaceEncoder {
    /// The contents of one file of `workspace`.
    ///
    /// A log is written here only as a new, empty log (its two header lines): a workspace
    /// holds what the logs count, not their records, and records are only ever appended
    /// (`WorkspaceStore.record`, `LogBuilder`).
    public static func text(of file: WorkspaceFile, in workspace: Workspace) -> String {
        let about = provenanceMembers(file, in: workspace)
        switch file {
        case .process:
            return JSONWriter.text(adding(about + logsMember(workspace), to: workspace.process.json))
        case .prioritisation:
            return JSONWriter.text(adding(about, to: workspace.prioritisation.json))
        case .funding:
            return JSONWriter.text(
                JSON(.object([
                    JSON.Member(key: "calls", value: .array(workspace.fundingCalls.map(\.json))),
                    JSON.Member(key: "applications", value: .array(workspace.applications.map(\.json))),
                ] + about)))
        case .participants: return listFile(file, workspace.participants, about)
        case .workshops: return listFile(file, workspace.workshops, about)
        case .criteria: return listFile(file, workspace.criteria, about)
        case .ideas: return listFile(file, workspace.ideas, about)
        case .projects: return listFile(file, workspace.projects, about)
        case .votes: return listFile(file, workspace.votes, about)
        case .budget: return listFile(file, workspace.budget, about)
        case .status: return listFile(file, workspace.status, about)
        case .milestones: return listFile(file, workspace.milestones, about)
        case .decisions: return listFile(file, workspace.decisions, about)
        case .posts: return listFile(file, workspace.posts, about)
        case .ratings: return String(decoding: LogKind.ratings.header, as: UTF8.self)
        case .ballots: return String(decoding: LogKind.ballots.header, as: UTF8.self)
        }
    }

    private static func listFile<T: JSONCodable>(_ file: WorkspaceFile, _ items: [T], _ about: [JSON.Member]) -> String {
        JSONWriter.text(JSON(.object([JSON.Member(key: file.listKey!, value: .array(items.map(\.json)))] + about)))
    }

    private static func adding(_ members: [JSON.Member], to object: JSON) -> JSON {
        guard !members.isEmpty, case .object(let existing) = object.value else { return object }
        return JSON(.object(existing + members))
    }

    /// A JSON file's `"note"` and `"provenance"`, when given.
    private static func provenanceMembers(_ file: WorkspaceFile, in workspace: Workspace) -> [JSON.Member] {
        var members: [JSON.Member] = []
        if let note = workspace.notes[file] { members.append(JSON.Member(key: "note", value: .string(note))) }
        if let provenance = workspace.provenance[file] { members.append(JSON.Member(key: "provenance", value: provenance.json)) }
        return members
    }

    /// The logs' notes and provenance, kept in process.json since the logs have no place for them:
    /// `"logs": {"ratings.csv": {"note": "…", "provenance": "illustrative"}}`.
    private static func logsMember(_ workspace: Workspace) -> [JSON.Member] {
        let logs = WorkspaceFile.allCases.filter(\.isLog).compactMap { file -> JSON.Member? in
            let members = provenanceMembers(file, in: workspace)
            return members.isEmpty ? nil : JSON.Member(key: file.rawValue, value: JSON(.object(members)))
        }
        return logs.isEmpty ? [] : [JSON.Member(key: WorkspaceDecoder.logsKey, value: JSON(.object(logs)))]
    }
}
