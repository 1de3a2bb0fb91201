extension BudgetLine: JSONCodable {
    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard var object = reader.object(json, "a budget line") else { return nil }
        let project: ProjectID? = reader.required("project", in: &object)
        object.what = "a budget line of \(project?.rawValue ?? "?")"
        let kind: CostKind? = reader.required("kind", in: &object)
        let amount: Money? = reader.required("amount", in: &object)
        let year = reader.number("year", in: &object, range: 1900...2200)
        let label: String? = reader.optional("label", in: &object)
        if let amount, amount.cents < 0 {
            reader.error("\"amount\" is \(amount); budget lines must not be negative", at: object.position(of: "amount"))
        }
        reader.finish(object)
        guard let project, let kind, let amount, amount.cents >= 0 else { return nil }
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
            source: source)
    }

    public var json: JSON {
        .object([
            "id": id.json,
            "call": call.json,
            "title": .string(title),
            "items": .array(items.map(\.json)),
            "thirdPartyFunds": thirdPartyFunds?.json,
            "submitted": submitted?.json,
            "source": source?.json,
        ])
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
