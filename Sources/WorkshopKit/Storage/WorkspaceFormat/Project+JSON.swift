extension Project: JSONCodable {
    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard var object = reader.object(json, "a project") else { return nil }
        let id: ProjectID? = reader.required("id", in: &object)
        object.what = "project \(id?.rawValue ?? "?")"
        let title = reader.requiredText("title", in: &object)
        let theme: ThemeID? = reader.required("theme", in: &object)
        let summary: String? = reader.optional("summary", in: &object)
        let goal: String? = reader.optional("goal", in: &object)
        let description: String? = reader.optional("description", in: &object)
        let ideas: [IdeaID] = reader.list("ideas", in: &object)
        let lead: String? = reader.optional("lead", in: &object)
        let partners: [PartnerID] = reader.list("partners", in: &object)
        let start: Day? = reader.optional("start", in: &object)
        let end: Day? = reader.optional("end", in: &object)
        let source: String? = reader.optional("source", in: &object)
        if let start, let end, end < start {
            reader.error("project \(id?.rawValue ?? "?") ends (\(end)) before it starts (\(start))", at: object.position(of: "end"))
        }
        reader.finish(object)
        guard let id, let title, let theme else { return nil }
        self.init(
            id: id, title: title, theme: theme, summary: summary, goal: goal, description: description, ideas: ideas,
            lead: lead, partners: partners, start: start, end: end, source: source)
    }

    public var json: JSON {
        .object([
            "id": id.json,
            "title": .string(title),
            "theme": theme.json,
            "summary": summary?.json,
            "goal": goal?.json,
            "description": description?.json,
            "ideas": .list(ideas),
            "lead": lead?.json,
            "partners": .list(partners),
            "start": start?.json,
            "end": end?.json,
            "source": source?.json,
        ])
    }
}
