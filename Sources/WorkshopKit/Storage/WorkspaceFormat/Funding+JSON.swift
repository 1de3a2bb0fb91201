extension BudgetLine: JSONCodable {
    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard var object = reader.object(json, "a budget line") else { return nil }
        let project: ProjectID? = reader.required("project", in: &object)
        object.what = "a budget line of \(project?.rawValue ?? "?")"
        let kind: CostKind? = reader.required("kind", in: &object)
        let amount: Money? = reader.required("amount", in: &object)
        let year = reader.number("year", in: &object, range: 1900...2200)
        let label: String? = reader.optional("label", in: &object)
        reader.finish(object)
        guard let project, let kind, let amount else { return nil }
        self.init(project: project, kind: kind, amount: amount, year: year, label: label)
    }

    public var json: JSON {
        .object(["project": project.json, "kind": kind.json, "amount": amount.json, "year": year?.json, "label": label?.json])
    }
}

extension FundingCall: JSONCodable {
    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard var object = reader.object(json, "a funding call") else { return nil }
        let id: FundingCallID? = reader.required("id", in: &object)
        object.what = "funding call \(id?.rawValue ?? "?")"
        let name = reader.requiredText("name", in: &object)
        let funder: String? = reader.optional("funder", in: &object)
        let subsidyRate: Hundredths? = reader.required("subsidyRate", in: &object)
        let cap: Money? = reader.optional("capPerApplication", in: &object)
        let deadline: Day? = reader.optional("deadline", in: &object)
        let reduction: Hundredths? = reader.optional("thirdPartyReductionLimit", in: &object)
        let maximumYears = reader.number("maximumYears", in: &object, range: 1...50)
        let source: String? = reader.optional("source", in: &object)
        for (key, rate) in [("subsidyRate", subsidyRate), ("thirdPartyReductionLimit", reduction)] {
            if let rate, !(0...10_000).contains(rate.value) {
                reader.error("\"\(key)\" is \(rate) %; a percentage lies in 0…100", at: object.position(of: key))
            }
        }
        reader.finish(object)
        guard let id, let name, let subsidyRate, (0...10_000).contains(subsidyRate.value) else { return nil }
        self.init(
            id: id, name: name, funder: funder, subsidyRate: subsidyRate, capPerApplication: cap, deadline: deadline,
            thirdPartyReductionLimit: reduction, maximumYears: maximumYears, source: source)
    }

    public var json: JSON {
        .object([
            "id": id.json,
            "name": .string(name),
            "funder": funder?.json,
            "subsidyRate": subsidyRate.json,
            "capPerApplication": capPerApplication?.json,
            "deadline": deadline?.json,
            "thirdPartyReductionLimit": thirdPartyReductionLimit?.json,
            "maximumYears": maximumYears?.json,
            "source": source?.json,
        ])
    }
}

extension FundingApplication: JSONCodable {
    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard var object = reader.object(json, "an application") else { return nil }
        let id: ApplicationID? = reader.required("id", in: &object)
        object.what = "application \(id?.rawValue ?? "?")"
        let call: FundingCallID? = reader.required("call", in: &object)
        let title = reader.requiredText("title", in: &object)
        let items: [Item] = reader.list("items", in: &object)
        let thirdPartyFunds: Money? = reader.optional("thirdPartyFunds", in: &object)
        let submitted: Day? = reader.optional("submitted", in: &object)
        let ownShareSplit: OwnShareSplit? = reader.optional("ownShareSplit", in: &object)
        let source: String? = reader.optional("source", in: &object)
        if items.isEmpty {
            reader.error("application \(id?.rawValue ?? "?") has no \"items\"; list the projects it bundles", at: object.position(of: "items"))
        }
        var seen = Set<ProjectID>()
        for item in items where !seen.insert(item.project).inserted {
            reader.error("application \(id?.rawValue ?? "?") bundles project \(item.project) twice", at: object.position(of: "items"))
        }
        reader.finish(object)
        guard let id, let call, let title else { return nil }
        self.init(
            id: id, call: call, title: title, items: items, thirdPartyFunds: thirdPartyFunds, submitted: submitted,
            ownShareSplit: ownShareSplit, source: source)
    }

    public var json: JSON {
        .object([
            "id": id.json,
            "call": call.json,
            "title": .string(title),
            "items": .array(items.map(\.json)),
            "thirdPartyFunds": thirdPartyFunds?.json,
            "submitted": submitted?.json,
            "ownShareSplit": ownShareSplit?.json,
            "source": source?.json,
        ])
    }
}

extension OwnShareSplit: JSONCodable {
    /// `{"rule": "equal", "partners": ["a", "b"]}`, `{"rule": "inhabitants", "partners": [{"partner": "a",
    /// "inhabitants": 12000}]}` or `{"rule": "fixed", "partners": [{"partner": "a", "percent": 50}]}`.
    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard var object = reader.object(json, "the own share split") else { return nil }
        let rule: Rule? = reader.required("rule", in: &object)
        let partnersJSON = object.take("partners")
        let position = object.position(of: "partners")
        reader.finish(object)
        guard let rule else { return nil }
        guard let partnersJSON, case .array(let items) = partnersJSON.value, !items.isEmpty else {
            reader.error("the own share split needs \"partners\": a list of the partners that carry it", at: position)
            return nil
        }
        switch rule {
        case .equal:
            let partners: [PartnerID] = reader.list(partnersJSON, "partners")
            guard partners.count == items.count else { return nil }
            self = .equal(partners)
        case .inhabitants, .fixed:
            var weights: [PartnerWeight] = []
            for item in items {
                guard var entry = reader.object(item, "a partner of the split") else { continue }
                let partner: PartnerID? = reader.required("partner", in: &entry)
                let weight: Int?
                if rule == .inhabitants {
                    weight = reader.number("inhabitants", in: &entry, range: 1...1_000_000_000, required: true)
                } else {
                    let percent: Hundredths? = reader.required("percent", in: &entry)
                    if let percent, !(1...10_000).contains(percent.value) {
                        reader.error("\"percent\" is \(percent); a share lies in 0.01…100", at: entry.position(of: "percent"))
                    }
                    weight = percent.flatMap { (1...10_000).contains($0.value) ? $0.value : nil }
                }
                reader.finish(entry)
                if let partner, let weight { weights.append(PartnerWeight(partner: partner, weight: weight)) }
            }
            guard weights.count == items.count else { return nil }
            if rule == .fixed {
                let sum = weights.reduce(0) { $0 + $1.weight }
                guard sum == 10_000 else {
                    reader.error(
                        "the fixed shares add up to \(Hundredths(hundredths: sum)) %; they must add up to 100 %", at: position)
                    return nil
                }
            }
            self = rule == .inhabitants ? .inhabitants(weights) : .fixed(weights)
        }
        var seen = Set<PartnerID>()
        for weight in weights where !seen.insert(weight.partner).inserted {
            reader.error("partner \(weight.partner) appears twice in the own share split", at: position)
            return nil
        }
    }

    public var json: JSON {
        let partners: [JSON] =
            switch self {
            case .equal(let partners): partners.map(\.json)
            case .inhabitants(let weights): weights.map { .object(["partner": $0.partner.json, "inhabitants": .number($0.weight)]) }
            case .fixed(let weights):
                weights.map { .object(["partner": $0.partner.json, "percent": Hundredths(hundredths: $0.weight).json]) }
            }
        return .object(["rule": rule.json, "partners": .array(partners)])
    }
}

extension FundingApplication.Item: JSONCodable {
    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard var object = reader.object(json, "an application item") else { return nil }
        let project: ProjectID? = reader.required("project", in: &object)
        object.what = "the application item for \(project?.rawValue ?? "?")"
        let title = reader.requiredText("title", in: &object)
        let summary: String? = reader.optional("summary", in: &object)
        reader.finish(object)
        guard let project, let title else { return nil }
        self.init(project: project, title: title, summary: summary)
    }

    public var json: JSON { .object(["project": project.json, "title": .string(title), "summary": summary?.json]) }
}

extension StatusEntry: JSONCodable {
    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard var object = reader.object(json, "a status entry") else { return nil }
        let project: ProjectID? = reader.required("project", in: &object)
        object.what = "a status entry of \(project?.rawValue ?? "?")"
        let date: Day? = reader.required("date", in: &object)
        let state: ProjectState? = reader.required("state", in: &object)
        let note = reader.requiredText("note", in: &object)
        let source: String? = reader.optional("source", in: &object)
        reader.finish(object)
        guard let project, let date, let state, let note else { return nil }
        self.init(project: project, date: date, state: state, note: note, source: source)
    }

    public var json: JSON {
        .object(["project": project.json, "date": date.json, "state": state.json, "note": .string(note), "source": source?.json])
    }
}
