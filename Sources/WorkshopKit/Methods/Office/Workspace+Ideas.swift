/// Adding idea sheets: the next free id, and many ideas at once, all or nothing.
extension Workspace {
    /// The next free `I-<n>`: not the id of any idea or project.
    public func nextIdeaID() -> IdeaID { nextIdeaIDs(1).first ?? IdeaID("I-\(ideas.count + 1)") }

    /// The next `count` free ids `I-<n>`, ascending.
    func nextIdeaIDs(_ count: Int, besides reserved: Set<String> = []) -> [IdeaID] {
        let taken = Set(ideas.map(\.id.rawValue) + projects.map(\.id.rawValue)).union(reserved)
        var ids: [IdeaID] = []
        var number = ideas.count + 1
        while ids.count < count {
            if !taken.contains("I-\(number)") { ids.append(IdeaID("I-\(number)")) }
            number += 1
        }
        return ids
    }

    /// The theme `text` names: its id, or its name in any case and umlaut spelling.
    public func theme(named text: String) -> ThemeID? {
        NameIndex(process.themes.map { ($0.id, $0.name) }).resolve(text)
    }

    /// Adds the ideas read from sheets, lists or platform exports, after checking every one:
    /// ids free and valid, theme and workshop known. Themes are found by id or by name,
    /// ignoring case, umlaut spelling and composed or decomposed characters; a sheet's
    /// "Workshop oder Herkunft" becomes the workshop when it names one, the origin otherwise.
    /// - Parameter defaultTheme: the theme of ideas that name none.
    /// - Returns: the ids given, in the order of `drafts`.
    /// - Throws: `InvalidInput` with every problem and where it was written; nothing is added then.
    @discardableResult
    public mutating func addIdeas(_ drafts: [Located<IdeaDraft>], defaultTheme: ThemeID? = nil) throws(InvalidInput) -> [IdeaID] {
        var diagnostics = Diagnostics()
        let themes = NameIndex(process.themes.map { ($0.id, $0.name) })
        let workshopIndex = NameIndex(workshops.map { ($0.id, $0.title) })
        let taken = Set(ideas.map(\.id.rawValue) + projects.map(\.id.rawValue))
        var given: [String: SourceLocation] = [:]
        for draft in drafts {
            guard let text = draft.value.id else { continue }
            if let problem = IdeaID.problem(with: text) {
                diagnostics.error(problem, at: draft.at("id"))
            } else if taken.contains(text) {
                diagnostics.error("id \(text) is taken by an idea or project; choose another or leave it out", at: draft.at("id"))
            } else if let earlier = given[text] {
                diagnostics.error("id \(text) is given twice (also at \(earlier))", at: draft.at("id"))
            }
            given[text] = given[text] ?? draft.at("id")
        }
        var fresh = nextIdeaIDs(drafts.count { $0.value.id == nil }, besides: Set(given.keys)).makeIterator()
        var added: [Idea] = []
        for draft in drafts {
            let value = draft.value
            guard let title = value.title else {
                diagnostics.error("the idea has no title", at: draft.at("title"))
                continue
            }
            var theme: ThemeID?
            if let text = value.theme {
                theme = themes.resolve(text)
                if theme == nil { diagnostics.error(themes.unknown(text, noun: "theme", file: "process.json"), at: draft.at("theme")) }
            } else if let defaultTheme {
                theme = defaultTheme
            } else {
                diagnostics.error("the idea '\(title)' names no theme; fill it in or give a default theme (--theme)", at: draft.at("theme"))
            }
            var workshop: WorkshopID?
            var origin = value.origin
            if let text = value.workshop {
                workshop = workshopIndex.resolve(text)
                if workshop == nil {
                    diagnostics.error(workshopIndex.unknown(text, noun: "workshop", file: "workshops.json"), at: draft.at("workshop"))
                }
            } else if let text = value.workshopOrOrigin {
                workshop = workshopIndex.resolve(text)
                if workshop == nil { origin = text }
            }
            let id = value.id.map(IdeaID.init(rawValue:)) ?? fresh.next() ?? nextIdeaID()
            guard let theme else { continue }
            added.append(
                Idea(
                    id: id, title: title, theme: theme, benefit: value.benefit, challenges: value.challenges, workshop: workshop,
                    origin: origin, submitter: value.submitter))
        }
        if diagnostics.hasErrors { throw InvalidInput(diagnostics) }
        ideas.append(contentsOf: added)
        return added.map(\.id)
    }
}
