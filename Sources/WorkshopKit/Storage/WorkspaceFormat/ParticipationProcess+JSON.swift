extension ParticipationProcess: JSONCodable {
    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard var object = reader.object(json, "the process") else { return nil }
        let title = reader.requiredText("title", in: &object)
        let subtitle: String? = reader.optional("subtitle", in: &object)
        let language: Language? = reader.required("language", in: &object)
        let csvProfile: CSVProfile? = reader.optional("csvProfile", in: &object)
        let currency: String? = reader.optional("currency", in: &object)
        if let currency, currency.count != 3 || !currency.allSatisfy({ $0.isASCII && $0.isUppercase }) {
            reader.error("\"currency\" must be a three-letter ISO 4217 code such as EUR, found '\(currency)'", at: object.position(of: "currency"))
        }
        let partners: [Partner] = reader.list("partners", in: &object)
        let phases: [Phase] = reader.list("phases", in: &object)
        let rolesGiven = object.take("roles") != nil
        let roles: [Role] = reader.list("roles", in: &object)
        let themes: [Theme] = reader.list("themes", in: &object)
        let vision: Vision? = reader.optional("vision", in: &object)
        let profile: [ProfileFact] = reader.list("profile", in: &object)
        let sources: [String] = reader.list("sources", in: &object)
        reader.finish(object)
        guard let title, let language else { return nil }
        self.init(
            title: title, subtitle: subtitle, language: language, csvProfile: csvProfile ?? .standard,
            currency: currency ?? "EUR", partners: partners, phases: phases,
            roles: rolesGiven ? roles : Role.defaultCatalogue, themes: themes, vision: vision, profile: profile,
            sources: sources)
    }

    public var json: JSON {
        .object([
            "title": .string(title),
            "subtitle": subtitle?.json,
            "language": language.json,
            "csvProfile": csvProfile.json,
            "currency": .string(currency),
            "partners": .list(partners),
            "phases": .list(phases),
            "roles": .array(roles.map(\.json)),
            "themes": .list(themes),
            "vision": vision?.json,
            "profile": .list(profile),
            "sources": .list(sources),
        ])
    }
}

extension Vision: JSONCodable {
    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard var object = reader.object(json, "the vision") else { return nil }
        let statement = reader.requiredText("statement", in: &object)
        let motto: String? = reader.optional("motto", in: &object)
        let source: String? = reader.optional("source", in: &object)
        reader.finish(object)
        guard let statement else { return nil }
        self.init(statement: statement, motto: motto, source: source)
    }

    public var json: JSON { .object(["statement": .string(statement), "motto": motto?.json, "source": source?.json]) }
}

extension ProfileFact: JSONCodable {
    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard var object = reader.object(json, "a profile fact") else { return nil }
        let label = reader.requiredText("label", in: &object)
        object.what = "the profile fact \(label ?? "?")"
        let value = reader.requiredText("value", in: &object)
        let source: String? = reader.optional("source", in: &object)
        reader.finish(object)
        guard let label, let value else { return nil }
        self.init(label: label, value: value, source: source)
    }

    public var json: JSON { .object(["label": .string(label), "value": .string(value), "source": source?.json]) }
}

extension Partner: JSONCodable {
    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard var object = reader.object(json, "a partner") else { return nil }
        let id: PartnerID? = reader.required("id", in: &object)
        object.what = "partner \(id?.rawValue ?? "?")"
        let name = reader.requiredText("name", in: &object)
        let kind: Kind? = reader.required("kind", in: &object)
        reader.finish(object)
        guard let id, let name, let kind else { return nil }
        self.init(id: id, name: name, kind: kind)
    }

    public var json: JSON { .object(["id": id.json, "name": .string(name), "kind": kind.json]) }
}

extension Phase: JSONCodable {
    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard var object = reader.object(json, "a phase") else { return nil }
        let id: PhaseID? = reader.required("id", in: &object)
        object.what = "phase \(id?.rawValue ?? "?")"
        let name = reader.requiredText("name", in: &object)
        let summary: String? = reader.optional("summary", in: &object)
        let start: Day? = reader.optional("start", in: &object)
        let end: Day? = reader.optional("end", in: &object)
        if let start, let end, end < start {
            reader.error("phase \(id?.rawValue ?? "?") ends (\(end)) before it starts (\(start))", at: object.position(of: "end"))
        }
        reader.finish(object)
        guard let id, let name else { return nil }
        self.init(id: id, name: name, summary: summary, start: start, end: end)
    }

    public var json: JSON {
        .object(["id": id.json, "name": .string(name), "summary": summary?.json, "start": start?.json, "end": end?.json])
    }
}

extension Theme: JSONCodable {
    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard var object = reader.object(json, "a theme") else { return nil }
        let id: ThemeID? = reader.required("id", in: &object)
        object.what = "theme \(id?.rawValue ?? "?")"
        let name = reader.requiredText("name", in: &object)
        let guidingImage: String? = reader.optional("guidingImage", in: &object)
        reader.finish(object)
        guard let id, let name else { return nil }
        self.init(id: id, name: name, guidingImage: guidingImage)
    }

    public var json: JSON { .object(["id": id.json, "name": .string(name), "guidingImage": guidingImage?.json]) }
}

extension Role: JSONCodable {
    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard var object = reader.object(json, "a role") else { return nil }
        let id: RoleID? = reader.required("id", in: &object)
        object.what = "role \(id?.rawValue ?? "?")"
        let name = reader.requiredText("name", in: &object)
        let responsibility: String? = reader.optional("responsibility", in: &object)
        reader.finish(object)
        guard let id, let name else { return nil }
        self.init(id: id, name: name, responsibility: responsibility ?? "")
    }

    public var json: JSON {
        .object(["id": id.json, "name": .string(name), "responsibility": responsibility.isEmpty ? nil : .string(responsibility)])
    }
}
