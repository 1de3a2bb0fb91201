extension Workshop: JSONCodable {
    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard var object = reader.object(json, "a workshop") else { return nil }
        let id: WorkshopID? = reader.required("id", in: &object)
        object.what = "workshop \(id?.rawValue ?? "?")"
        let title = reader.requiredText("title", in: &object)
        let theme: ThemeID? = reader.optional("theme", in: &object)
        let date: Day? = reader.optional("date", in: &object)
        let format: WorkshopFormat? = reader.optional("format", in: &object)
        let moderator: String? = reader.optional("moderator", in: &object)
        let participantCount = reader.number("participantCount", in: &object, range: 0...1_000_000)
        let participants: [ParticipantID] = reader.list("participants", in: &object)
        let agenda: [String] = reader.list("agenda", in: &object)
        let notes: String? = reader.optional("notes", in: &object)
        let source: String? = reader.optional("source", in: &object)
        if let participantCount, participantCount < participants.count {
            reader.error(
                "workshop \(id?.rawValue ?? "?") counts \(participantCount) participants but lists \(participants.count); the count may not be smaller than the list",
                at: object.position(of: "participantCount"))
        }
        reader.finish(object)
        guard let id, let title else { return nil }
        self.init(
            id: id, title: title, theme: theme, date: date, format: format, moderator: moderator,
            participantCount: participantCount, participants: participants, agenda: agenda, notes: notes, source: source)
    }

    public var json: JSON {
        .object([
            "id": id.json,
            "title": .string(title),
            "theme": theme?.json,
            "date": date?.json,
            "format": format?.json,
            "moderator": moderator?.json,
            "participantCount": participantCount?.json,
            "participants": .list(participants),
            "agenda": .list(agenda),
            "notes": notes?.json,
            "source": source?.json,
        ])
    }
}

extension Participant: JSONCodable {
    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard var object = reader.object(json, "a participant") else { return nil }
        let id: ParticipantID? = reader.required("id", in: &object)
        object.what = "participant \(id?.rawValue ?? "?")"
        let erased: Day? = reader.optional("erased", in: &object)
        let role: RoleID? = reader.required("role", in: &object)
        var name: String?
        var partner: PartnerID?
        var attributes: [String: String] = [:]
        if erased != nil {
            // A tombstone: the id stays for the logs, the personal data is gone.
            for key in ["name", "partner", "attributes"] where object.take(key) != nil {
                reader.error("\(object.what) was erased, so it keeps no \"\(key)\"; remove it", at: object.position(of: key))
            }
            name = ""
        } else {
            name = reader.requiredText("name", in: &object)
            partner = reader.optional("partner", in: &object)
            if let value = object.take("attributes"), var inner = reader.object(value, "\"attributes\" of \(object.what)") {
                for member in inner.members {
                    if let text: String = reader.optional(member.key, in: &inner) { attributes[member.key] = text }
                }
                reader.finish(inner)
            }
        }
        reader.finish(object)
        guard let id, let name, let role else { return nil }
        self.init(id: id, name: name, role: role, partner: partner, attributes: attributes, erased: erased)
    }

    public var json: JSON {
        let attributes =
            attributes.isEmpty
            ? nil : JSON(.object(attributes.sorted { $0.key < $1.key }.map { JSON.Member(key: $0.key, value: .string($0.value)) }))
        return .object([
            "id": id.json, "name": erased == nil ? .string(name) : nil, "role": role.json, "partner": partner?.json,
            "attributes": attributes, "erased": erased?.json,
        ])
    }
}
