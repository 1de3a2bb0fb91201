extension Vote {
    /// What is frozen when a vote opens: its method and limits, options, rule, who votes and how
    /// finely ballots are timestamped, with every default written out. Title, workshop and
    /// source are descriptions and may still change.
    public var definition: JSON {
        var members: [JSON.Member] = [
            JSON.Member(key: "method", value: method.name.json), JSON.Member(key: "options", value: .array(options.map(\.json))),
            JSON.Member(key: "voters", value: voters.json), JSON.Member(key: "timestamps", value: recordedPrecision.json),
        ]
        if let rule { members.append(JSON.Member(key: "rule", value: rule.json)) }
        for (key, value) in method.parameters { if let value { members.append(JSON.Member(key: key, value: value)) } }
        return JSON(.object(members))
    }

    /// The SHA-256 of the definition's canonical text (pretty JSON, keys sorted), as the ballot
    /// log's `open` record writes it: `sha256:<64 hex digits>`.
    public var definitionHash: String { "sha256:" + SHA256.hex(Array(JSONWriter.text(definition).utf8)) }
}
