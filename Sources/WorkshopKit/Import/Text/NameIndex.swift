/// Finds a theme or workshop by what people write for it: its id, or its name in any case and
/// umlaut spelling.
struct NameIndex<ID: Identifier> {
    let entries: [(id: ID, name: String)]
    private let byKey: [String: ID]

    init(_ entries: [(ID, String)]) {
        self.entries = entries.map { (id: $0.0, name: $0.1) }
        var byKey: [String: ID] = [:]
        for (id, name) in entries {
            byKey[TextFolding.key(id.rawValue)] = byKey[TextFolding.key(id.rawValue)] ?? id
            byKey[TextFolding.key(name)] = byKey[TextFolding.key(name)] ?? id
        }
        self.byKey = byKey
    }

    func resolve(_ text: String) -> ID? {
        if let exact = entries.first(where: { $0.id.rawValue == text }) { return exact.id }
        return byKey[TextFolding.key(text)]
    }

    /// "unknown theme 'Mobilitat'; did you mean 'Mobilität'?; themes in process.json: …".
    func unknown(_ text: String, noun: String, file: String) -> String {
        let names = entries.map(\.name)
        let known = entries.map { "\($0.id) (\($0.name))" }
        return "unknown \(noun) '\(text)'\(Suggestion.didYouMean(text, among: names + entries.map(\.id.rawValue))); \(noun)s in \(file): \(Suggestion.list(known))"
    }
}
