extension Idea: JSONCodable {
    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard var object = reader.object(json, "an idea") else { return nil }
        let id: IdeaID? = reader.required("id", in: &object)
        object.what = "idea \(id?.rawValue ?? "?")"
        let title = reader.requiredText("title", in: &object)
        let theme: ThemeID? = reader.required("theme", in: &object)
        let benefit: String? = reader.optional("benefit", in: &object)
        let challenges: String? = reader.optional("challenges", in: &object)
        let workshop: WorkshopID? = reader.optional("workshop", in: &object)
        let origin: String? = reader.optional("origin", in: &object)
        let submitter: String? = reader.optional("submitter", in: &object)
        let setAside: String? = reader.optional("setAside", in: &object)
        let source: String? = reader.optional("source", in: &object)
        reader.finish(object)
        guard let id, let title, let theme else { return nil }
        self.init(
            id: id, title: title, theme: theme, benefit: benefit, challenges: challenges, workshop: workshop,
            origin: origin, submitter: submitter, setAside: setAside, source: source)
    }

    public var json: JSON {
        .object([
            "id": id.json,
            "title": .string(title),
            "theme": theme.json,
            "benefit": benefit?.json,
            "challenges": challenges?.json,
            "workshop": workshop?.json,
            "origin": origin?.json,
            "submitter": submitter?.json,
            "setAside": setAside?.json,
            "source": source?.json,
        ])
    }
}
