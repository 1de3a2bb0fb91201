extension Milestone: JSONCodable {
    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard var object = reader.object(json, "a milestone") else { return nil }
        let id: MilestoneID? = reader.required("id", in: &object)
        object.what = "milestone \(id?.rawValue ?? "?")"
        let title = reader.requiredText("title", in: &object)
        let project: ProjectID? = reader.optional("project", in: &object)
        let due: Day? = reader.required("due", in: &object)
        let done: Day? = reader.optional("done", in: &object)
        let note: String? = reader.optional("note", in: &object)
        let source: String? = reader.optional("source", in: &object)
        reader.finish(object)
        guard let id, let title, let due else { return nil }
        self.init(id: id, title: title, project: project, due: due, done: done, note: note, source: source)
    }

    public var json: JSON {
        .object([
            "id": id.json, "title": .string(title), "project": project?.json, "due": due.json, "done": done?.json,
            "note": note?.json, "source": source?.json,
        ])
    }
}
