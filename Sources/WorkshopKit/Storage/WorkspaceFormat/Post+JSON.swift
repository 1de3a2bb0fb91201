extension Post: JSONCodable {
    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard var object = reader.object(json, "a post") else { return nil }
        let id: PostID? = reader.required("id", in: &object)
        object.what = "post \(id?.rawValue ?? "?")"
        let title = reader.requiredText("title", in: &object)
        let partner: PartnerID? = reader.optional("partner", in: &object)
        let project: ProjectID? = reader.optional("project", in: &object)
        let fullTimeEquivalent: Hundredths? = reader.optional("fullTimeEquivalent", in: &object)
        let vacantFrom: Day? = reader.optional("vacantFrom", in: &object)
        let vacantUntil: Day? = reader.optional("vacantUntil", in: &object)
        let note: String? = reader.optional("note", in: &object)
        let source: String? = reader.optional("source", in: &object)
        if let fullTimeEquivalent, !(1...10_000).contains(fullTimeEquivalent.value) {
            reader.error(
                "\"fullTimeEquivalent\" of post \(id?.rawValue ?? "?") is \(fullTimeEquivalent); a post is 0.01…100 full-time equivalents",
                at: object.position(of: "fullTimeEquivalent"))
        }
        if let vacantFrom, let vacantUntil, vacantUntil < vacantFrom {
            reader.error(
                "post \(id?.rawValue ?? "?") is filled (\(vacantUntil)) before it falls vacant (\(vacantFrom))",
                at: object.position(of: "vacantUntil"))
        }
        if vacantUntil != nil && vacantFrom == nil {
            reader.error(
                "post \(id?.rawValue ?? "?") has \"vacantUntil\" without \"vacantFrom\"; say since when it was vacant",
                at: object.position(of: "vacantUntil"))
        }
        reader.finish(object)
        guard let id, let title else { return nil }
        self.init(
            id: id, title: title, partner: partner, project: project, fullTimeEquivalent: fullTimeEquivalent,
            vacantFrom: vacantFrom, vacantUntil: vacantUntil, note: note, source: source)
    }

    public var json: JSON {
        .object([
            "id": id.json, "title": .string(title), "partner": partner?.json, "project": project?.json,
            "fullTimeEquivalent": fullTimeEquivalent?.json, "vacantFrom": vacantFrom?.json, "vacantUntil": vacantUntil?.json,
            "note": note?.json, "source": source?.json,
        ])
    }
}
