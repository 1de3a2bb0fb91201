extension Prioritisation: JSONCodable {
    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard var object = reader.object(json, "the prioritisation") else { return nil }
        let rule: [PriorityStep] = reader.list("rule", in: &object)
        let overrides: [PriorityOverride] = reader.list("overrides", in: &object)
        let vote: VoteID? = reader.optional("vote", in: &object)
        if rule.isEmpty {
            reader.error("the prioritisation has no \"rule\"; give at least one step, e.g. {\"group\": 1, \"minimums\": {}}", at: object.position(of: "rule"))
        } else if let last = rule.last, !last.minimums.isEmpty {
            reader.error(
                "the last step of the rule (group \(last.group)) has minimums, so a project could get no group; end the rule with a step without minimums",
                at: object.position(of: "rule"))
        }
        reader.finish(object)
        guard !rule.isEmpty else { return nil }
        self.init(rule: rule, overrides: overrides, vote: vote)
    }

    public var json: JSON {
        .object(["rule": .array(rule.map(\.json)), "overrides": .array(overrides.map(\.json)), "vote": vote?.json])
    }
}

extension PriorityStep: JSONCodable {
    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard var object = reader.object(json, "a rule step") else { return nil }
        let group = reader.number("group", in: &object, range: 1...9, required: true)
        var minimums: [Measure: Hundredths] = [:]
        if let value = object.take("minimums"), var inner = reader.object(value, "\"minimums\"") {
            for measure in Measure.allCases {
                guard let minimum: Hundredths = reader.optional(measure.rawValue, in: &inner) else { continue }
                if measure == .votes && minimum.value % 100 != 0 {
                    reader.error("\"votes\" counts whole points; found \(minimum)", at: inner.position(of: "votes"))
                    continue
                }
                minimums[measure] = minimum
            }
            reader.finish(inner)
        } else if object.members.contains(where: { $0.key == "minimums" }) == false {
            reader.error("a rule step needs \"minimums\" ({} for a step every project meets)", at: object.position)
        }
        reader.finish(object)
        guard let group else { return nil }
        self.init(group: group, minimums: minimums)
    }

    public var json: JSON {
        JSON(.object([
            JSON.Member(key: "group", value: group.json),
            JSON.Member(key: "minimums", value: JSON(.object(orderedMinimums.map { JSON.Member(key: $0.measure.rawValue, value: $0.minimum.json) }))),
        ]))
    }
}

extension PriorityOverride: JSONCodable {
    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard var object = reader.object(json, "an override") else { return nil }
        let project: ProjectID? = reader.required("project", in: &object)
        object.what = "the override of \(project?.rawValue ?? "?")"
        let group = reader.number("group", in: &object, range: 1...9, required: true)
        let reason = reader.requiredText("reason", in: &object)
        let decidedBy = reader.requiredText("decidedBy", in: &object)
        let date: Day? = reader.required("date", in: &object)
        reader.finish(object)
        guard let project, let group, let reason, let decidedBy, let date else { return nil }
        self.init(project: project, group: group, reason: reason, decidedBy: decidedBy, date: date)
    }

    public var json: JSON {
        .object([
            "project": project.json, "group": group.json, "reason": .string(reason), "decidedBy": .string(decidedBy),
            "date": date.json,
        ])
    }
}
