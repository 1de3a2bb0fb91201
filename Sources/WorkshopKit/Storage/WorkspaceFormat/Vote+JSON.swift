extension Vote: JSONCodable {
    public init?(json: JSON, key: String, reader: inout JSONReader) {
        guard var object = reader.object(json, "a vote") else { return nil }
        let id: VoteID? = reader.required("id", in: &object)
        object.what = "vote \(id?.rawValue ?? "?")"
        let title = reader.requiredText("title", in: &object)
        let workshop: WorkshopID? = reader.optional("workshop", in: &object)
        let method: VotingMethod? = reader.required("method", in: &object)
        let options: [ItemID] = reader.list("options", in: &object)
        let dotsPerVoter = reader.number("dotsPerVoter", in: &object, range: 1...1000)
        let maximumPerOption = reader.number("maximumPerOption", in: &object, range: 1...1000)
        let maximumApprovals = reader.number("maximumApprovals", in: &object, range: 1...100_000)
        let source: String? = reader.optional("source", in: &object)
        let name = "vote \(id?.rawValue ?? "?")"
        if options.isEmpty {
            reader.error("\(name) has no \"options\"; list the ideas or projects on the ballot", at: object.position(of: "options"))
        }
        switch method {
        case .dots:
            if dotsPerVoter == nil && object.members.contains(where: { $0.key == "dotsPerVoter" }) == false {
                reader.error("\(name) uses dots but does not say \"dotsPerVoter\"", at: object.position)
            }
            if let dotsPerVoter, let maximumPerOption, maximumPerOption > dotsPerVoter {
                reader.error("\(name): \"maximumPerOption\" (\(maximumPerOption)) exceeds \"dotsPerVoter\" (\(dotsPerVoter))", at: object.position(of: "maximumPerOption"))
            }
            if maximumApprovals != nil {
                reader.error("\(name): \"maximumApprovals\" belongs to approval votes, not dots", at: object.position(of: "maximumApprovals"))
            }
        case .approval:
            for key in ["dotsPerVoter", "maximumPerOption"] where object.members.contains(where: { $0.key == key }) {
                reader.error("\(name): \"\(key)\" belongs to dot votes, not approval", at: object.position(of: key))
            }
        case nil:
            break
        }
        var seen = Set<ItemID>()
        for option in options where !seen.insert(option).inserted {
            reader.error("\(name) lists option \(option) twice", at: object.position(of: "options"))
        }
        reader.finish(object)
        guard let id, let title, let method, !options.isEmpty else { return nil }
        self.init(
            id: id, title: title, workshop: workshop, method: method, options: options, dotsPerVoter: dotsPerVoter,
            maximumPerOption: maximumPerOption, maximumApprovals: maximumApprovals, source: source)
    }

    public var json: JSON {
        .object([
            "id": id.json,
            "title": .string(title),
            "workshop": workshop?.json,
            "method": method.json,
            "options": .array(options.map(\.json)),
            "dotsPerVoter": dotsPerVoter?.json,
            "maximumPerOption": maximumPerOption?.json,
            "maximumApprovals": maximumApprovals?.json,
            "source": source?.json,
        ])
    }
}
