extension Vote: JSONCodable {
    /// The keys that carry a method's parameters, and the methods they belong to.
    static let parameterKeys: [(key: String, methods: [VotingMethod.Name])] = [
        ("dotsPerVoter", [.dots]), ("pointsPerVoter", [.cumulative]), ("maximumPerOption", [.dots, .cumulative]),
        ("useAllPoints", [.cumulative]), ("minimumApprovals", [.approval]), ("maximumApprovals", [.approval]),
        ("minimumScore", [.score]), ("maximumScore", [.score]), ("rankingLength", [.ranked]), ("ties", [.ranked]),
        ("budget", [.budget]), ("costs", [.budget]),
    ]

    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard var object = reader.object(json, "a vote") else { return nil }
        let id: VoteID? = reader.required("id", in: &object)
        let name = "vote \(id?.rawValue ?? "?")"
        object.what = name
        let title = reader.requiredText("title", in: &object)
        let workshop: WorkshopID? = reader.optional("workshop", in: &object)
        let methodName: VotingMethod.Name? = reader.required("method", in: &object)
        let options: [ItemID] = reader.list("options", in: &object)
        let rule: RuleName? = reader.optional("rule", in: &object)
        let voters: VoterMode? = reader.optional("voters", in: &object)
        let timestamps: TimestampPrecision? = reader.optional("timestamps", in: &object)
        let source: String? = reader.optional("source", in: &object)
        if options.isEmpty {
            reader.error("\(name) has no \"options\"; list the ideas or projects on the ballot", at: object.position(of: "options"))
        }
        var seen = Set<ItemID>()
        for option in options where !seen.insert(option).inserted {
            reader.error("\(name) lists option \(option) twice", at: object.position(of: "options"))
        }
        if let methodName {
            for (key, methods) in Self.parameterKeys where !methods.contains(methodName) && object.members.contains(where: { $0.key == key }) {
                reader.error(
                    "\(name): \"\(key)\" belongs to \(methods.map(\.rawValue).joined(separator: " and ")) votes, not \(methodName.rawValue)",
                    at: object.position(of: key))
                _ = object.take(key)
            }
        }
        let method = methodName.flatMap { Self.method($0, options: options, object: &object, reader: &reader, name: name) }
        if let rule, let method, !rule.counts(method) {
            reader.error(
                "\(name): the rule \(rule.rawValue) counts \(rule.needs); this vote's method is \(method.name.rawValue)", at: object.position(of: "rule"))
        }
        reader.finish(object)
        guard let id, let title, let method, !options.isEmpty else { return nil }
        self.init(
            id: id, title: title, workshop: workshop, method: method, options: options, rule: rule, voters: voters ?? .named,
            timestamps: timestamps, source: source)
    }

    /// Reads the parameters of a method; `nil` after reporting what is missing or wrong.
    private static func method(
        _ methodName: VotingMethod.Name, options: [ItemID], object: inout JSONObject, reader: inout JSONReader, name: String
    ) -> VotingMethod? {
        let errors = reader.diagnostics.errorCount
        func requiredNumber(_ key: String, _ range: ClosedRange<Int>) -> Int? {
            let value = reader.number(key, in: &object, range: range)
            if value == nil, !object.members.contains(where: { $0.key == key }) {
                reader.error("\(name) uses \(methodName.rawValue) but does not say \"\(key)\"", at: object.position)
            }
            return value
        }
        let method: VotingMethod?
        switch methodName {
        case .dots:
            let perVoter = requiredNumber("dotsPerVoter", 1...1000)
            let perOption = reader.number("maximumPerOption", in: &object, range: 1...1000)
            if let perVoter, let perOption, perOption > perVoter {
                reader.error(
                    "\(name): \"maximumPerOption\" (\(perOption)) exceeds \"dotsPerVoter\" (\(perVoter))", at: object.position(of: "maximumPerOption"))
            }
            method = perVoter.map { .dots(perVoter: $0, perOption: perOption) }
        case .cumulative:
            let points = requiredNumber("pointsPerVoter", 1...BallotNotation.valueLimit)
            let perOption = reader.number("maximumPerOption", in: &object, range: 1...BallotNotation.valueLimit)
            let useAll: Bool? = reader.optional("useAllPoints", in: &object)
            if let points, let perOption, perOption > points {
                reader.error(
                    "\(name): \"maximumPerOption\" (\(perOption)) exceeds \"pointsPerVoter\" (\(points))", at: object.position(of: "maximumPerOption"))
            }
            method = points.map { .cumulative(points: $0, perOption: perOption, useAll: useAll ?? false) }
        case .approval:
            let limit = max(options.count, 1)
            let minimum = reader.number("minimumApprovals", in: &object, range: 0...limit)
            let maximum = reader.number("maximumApprovals", in: &object, range: 1...limit)
            if let minimum, let maximum, minimum > maximum {
                reader.error(
                    "\(name): \"minimumApprovals\" (\(minimum)) exceeds \"maximumApprovals\" (\(maximum))", at: object.position(of: "minimumApprovals"))
            }
            method = .approval(minimum: minimum, maximum: maximum)
        case .score:
            let range = -BallotNotation.valueLimit...BallotNotation.valueLimit
            let minimum = requiredNumber("minimumScore", range)
            let maximum = requiredNumber("maximumScore", range)
            if let minimum, let maximum, minimum >= maximum {
                reader.error(
                    "\(name): \"minimumScore\" (\(minimum)) must be below \"maximumScore\" (\(maximum))", at: object.position(of: "minimumScore"))
            }
            method = minimum.flatMap { minimum in maximum.map { .score(minimum: minimum, maximum: $0) } }
        case .ranked:
            let length = reader.number("rankingLength", in: &object, range: 1...max(options.count, 1))
            let ties: Bool? = reader.optional("ties", in: &object)
            method = .ranked(length: length, ties: ties ?? false)
        case .budget:
            let limit: Money? = reader.required("budget", in: &object)
            if let limit, limit <= .zero {
                reader.error("\(name): \"budget\" must be more than 0, found \(limit)", at: object.position(of: "budget"))
            }
            var costs: [ItemID: Money] = [:]
            if let value = object.take("costs"), var inner = reader.object(value, "\"costs\" of \(name)") {
                let known = Set(options)
                for member in inner.members {
                    _ = inner.take(member.key)
                    if let problem = ItemID.problem(with: member.key) {
                        reader.error("\(name): \"costs\": \(problem)", at: member.keyPosition)
                        continue
                    }
                    let option = ItemID(rawValue: member.key)
                    if !known.contains(option) {
                        reader.error("\(name): \"costs\" names \(option), which is not an option of the vote", at: member.keyPosition)
                    }
                    if let cost = Money(json: member.value, key: member.key, reader: &reader) {
                        if cost < .zero { reader.error("\(name): the cost of \(option) is negative (\(cost))", at: member.value.position) }
                        costs[option] = cost
                    }
                }
                reader.finish(inner)
                for option in options where costs[option] == nil {
                    reader.error("\(name): \"costs\" gives no cost for option \(option); give every option's cost, or leave \"costs\" out to take them from budget.json", at: value.position)
                }
            }
            method = limit.map { .budget(limit: $0, costs: costs) }
        }
        return reader.diagnostics.errorCount == errors ? method : nil
    }

    public var json: JSON {
        var members: [JSON.Member] = [
            JSON.Member(key: "id", value: id.json), JSON.Member(key: "title", value: .string(title)),
            JSON.Member(key: "method", value: method.name.json), JSON.Member(key: "options", value: .array(options.map(\.json))),
        ]
        func add(_ key: String, _ value: JSON?) { if let value { members.append(JSON.Member(key: key, value: value)) } }
        add("workshop", workshop?.json)
        add("rule", rule?.json)
        add("voters", voters == .named ? nil : voters.json)
        add("timestamps", timestamps?.json)
        add("source", source?.json)
        for (key, value) in method.parameters { add(key, value) }
        return JSON(.object(members))
    }
}

extension VotingMethod {
    /// The method's parameters as votes.json writes them.
    var parameters: [(String, JSON?)] {
        switch self {
        case .dots(let perVoter, let perOption): [("dotsPerVoter", perVoter.json), ("maximumPerOption", perOption?.json)]
        case .cumulative(let points, let perOption, let useAll):
            [("pointsPerVoter", points.json), ("maximumPerOption", perOption?.json), ("useAllPoints", useAll ? .bool(true) : nil)]
        case .approval(let minimum, let maximum): [("minimumApprovals", minimum?.json), ("maximumApprovals", maximum?.json)]
        case .score(let minimum, let maximum): [("minimumScore", minimum.json), ("maximumScore", maximum.json)]
        case .ranked(let length, let ties): [("rankingLength", length?.json), ("ties", ties ? .bool(true) : nil)]
        case .budget(let limit, let costs):
            [
                ("budget", limit.json),
                ("costs", costs.isEmpty ? nil : JSON(.object(costs.sorted { $0.key < $1.key }.map { JSON.Member(key: $0.key.rawValue, value: $0.value.json) }))),
            ]
        }
    }
}
