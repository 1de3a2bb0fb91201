extension Decision: JSONCodable {
    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard var object = reader.object(json, "a decision") else { return nil }
        let id: DecisionID? = reader.required("id", in: &object)
        object.what = "decision \(id?.rawValue ?? "?")"
        let body = reader.requiredText("body", in: &object)
        let date: Day? = reader.optional("date", in: &object)
        let document: String? = reader.optional("document", in: &object)
        let subject = reader.requiredText("subject", in: &object)
        let outcome: String? = reader.optional("outcome", in: &object)
        let source: String? = reader.optional("source", in: &object)
        reader.finish(object)
        guard let id, let body, let subject else { return nil }
        self.init(id: id, body: body, date: date, document: document, subject: subject, outcome: outcome, source: source)
    }

    public var json: JSON {
        .object([
            "id": id.json, "body": .string(body), "date": date?.json, "document": document?.json, "subject": .string(subject),
            "outcome": outcome?.json, "source": source?.json,
        ])
    }
}
