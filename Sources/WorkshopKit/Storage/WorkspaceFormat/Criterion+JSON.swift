extension Criterion: JSONCodable {
    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard var object = reader.object(json, "a criterion") else { return nil }
        let id: CriterionID? = reader.required("id", in: &object)
        object.what = "criterion \(id?.rawValue ?? "?")"
        let group: CriterionGroup? = reader.required("group", in: &object)
        let name = reader.requiredText("name", in: &object)
        let questions: [String] = reader.list("questions", in: &object)
        let weight: Hundredths? = reader.optional("weight", in: &object)
        let weightIsValid = weight.map { (1...100_000).contains($0.value) } ?? true
        if let weight, !weightIsValid {
            reader.error(
                "\"weight\" of criterion \(id?.rawValue ?? "?") is \(weight); a weight lies in 0.01…1000",
                at: object.position(of: "weight"))
        }
        let scale: Scale? = reader.required("scale", in: &object)
        let changes: [WeightChange] = reader.list("weightChanges", in: &object)
        reader.finish(object)
        guard let id, let group, let name, let scale, weightIsValid else { return nil }
        self.init(id: id, group: group, name: name, questions: questions, weight: weight ?? Hundredths(1), scale: scale, weightChanges: changes)
    }

    public var json: JSON {
        .object([
            "id": id.json,
            "group": group.json,
            "name": .string(name),
            "questions": .list(questions),
            "weight": weight.json,
            "scale": scale.json,
            "weightChanges": .list(weightChanges),
        ])
    }
}

extension WeightChange: JSONCodable {
    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard var object = reader.object(json, "a weight change") else { return nil }
        let date: Day? = reader.required("date", in: &object)
        let from: Hundredths? = reader.required("from", in: &object)
        let to: Hundredths? = reader.required("to", in: &object)
        let reason = reader.requiredText("reason", in: &object)
        reader.finish(object)
        guard let date, let from, let to, let reason else { return nil }
        self.init(date: date, from: from, to: to, reason: reason)
    }

    public var json: JSON { .object(["date": date.json, "from": from.json, "to": to.json, "reason": .string(reason)]) }
}

extension Scale: JSONCodable {
    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard var object = reader.object(json, "a scale") else { return nil }
        let minimum = reader.number("minimum", in: &object, range: -1000...1000, required: true)
        let maximum = reader.number("maximum", in: &object, range: -1000...1000, required: true)
        let labels: [String] = reader.list("labels", in: &object)
        reader.finish(object)
        guard let minimum, let maximum else { return nil }
        guard minimum < maximum else {
            reader.error("a scale needs \"minimum\" < \"maximum\", found \(minimum)…\(maximum)", at: json.position)
            return nil
        }
        let steps = maximum - minimum + 1
        if !labels.isEmpty && labels.count != steps {
            reader.error("the scale \(minimum)…\(maximum) has \(steps) steps but \(labels.count) labels; give one label per step or none", at: object.position(of: "labels"))
            return nil
        }
        self.init(minimum: minimum, maximum: maximum, labels: labels)
    }

    public var json: JSON { .object(["minimum": minimum.json, "maximum": maximum.json, "labels": .list(labels)]) }
}
