import Foundation

/// The idea sheet ("Ideensteckbrief", the paper "Entwurf") as a Markdown file: a blank to fill
/// in, and the reader for filled ones, in German or English.
///
/// A sheet has fields (`- **Titel:** …`) and two free-text sections under headings:
///
/// ```markdown
/// # Ideensteckbrief (Entwurf)
///
/// - **Titel:** Mobilstationen an Bahnhöfen
/// - **Themenfeld:** Mobilität
/// - **Workshop oder Herkunft:** Themenfeld-Workshop Mobilität
/// - **Eingereicht von:** AK-03
///
/// ## Zentraler Nutzen der Idee
///
/// Bahn, Bus und Sharing an einem Ort.
///
/// ## Vermutete Herausforderungen und Schwierigkeiten
///
/// Flächen an Bahnhöfen.
/// ```
///
/// The reader accepts German and English labels and headings in any mix, with or without
/// Markdown (`Titel: …` and a heading line on its own work in a `.txt` file), ignores the
/// hint lines of the blank (`> …`) and HTML comments, and reports with its line every line
/// it cannot place.
public enum IdeaSheet {
    /// The labels and headings of a sheet in one language.
    struct Wording {
        var heading: String
        var hint: String
        var themesHint: String
        var workshopsHint: String
        var fields: [(IdeaDraft.Field?, String)]
        var benefit: String
        var challenges: String
        var placeholder: String

        static func of(_ language: Language) -> Wording {
            switch language {
            case .german:
                Wording(
                    heading: "Ideensteckbrief (Entwurf)",
                    hint: "Eine Idee je Bogen. Hinter jedem Doppelpunkt ausfüllen, unter den Überschriften frei schreiben.",
                    themesHint: "Themenfelder", workshopsHint: "Workshops",
                    fields: [(.title, "Titel"), (.theme, "Themenfeld"), (nil, "Workshop oder Herkunft"), (.submitter, "Eingereicht von")],
                    benefit: "Zentraler Nutzen der Idee", challenges: "Vermutete Herausforderungen und Schwierigkeiten",
                    placeholder: "…")
            case .english:
                Wording(
                    heading: "Idea sheet (draft)",
                    hint: "One idea per sheet. Fill in after each colon; write freely under the headings.",
                    themesHint: "Themes", workshopsHint: "Workshops",
                    fields: [(.title, "Title"), (.theme, "Theme"), (nil, "Workshop or origin"), (.submitter, "Submitted by")],
                    benefit: "Central benefit of the idea", challenges: "Expected challenges and difficulties", placeholder: "…")
            }
        }
    }

    // MARK: - The blank sheet

    /// A blank sheet; with a workspace, its title, themes and workshops are listed as hints.
    public static func blank(language: Language, workspace: Workspace? = nil) -> String {
        let wording = Wording.of(language)
        var output = "# \(wording.heading)\n\n"
        var hints: [String] = []
        if let workspace { hints.append(workspace.process.title) }
        hints.append(wording.hint)
        if let themes = workspace?.process.themes, !themes.isEmpty {
            hints.append("\(wording.themesHint): " + themes.map(\.name).joined(separator: " · "))
        }
        if let workshops = workspace?.workshops.filter({ $0.theme != nil }), !workshops.isEmpty {
            hints.append("\(wording.workshopsHint): " + workshops.map(\.title).joined(separator: " · "))
        }
        output += hints.map { "> \(MarkdownText.inline($0))\n" }.joined() + "\n"
        output += wording.fields.map { "- **\($0.1):**\n" }.joined()
        for heading in [wording.benefit, wording.challenges] {
            output += "\n## \(heading)\n\n\(wording.placeholder)\n"
        }
        return output
    }

    // MARK: - Reading a filled sheet

    /// Every label a field may have, folded, in both languages.
    static let fieldNames: [String: FieldName] = {
        var names: [String: FieldName] = [:]
        let entries: [(FieldName, [String])] = [
            (.field(.id), ["Nr", "Nr.", "Nummer", "ID", "No", "No.", "Number"]),
            (.field(.title), ["Titel", "Title", "Idee", "Idea"]),
            (.field(.theme), ["Themenfeld", "Thema", "Handlungsfeld", "Theme", "Field of action"]),
            (.workshopOrOrigin, ["Workshop oder Herkunft", "Workshop or origin", "Workshop", "Herkunft", "Origin"]),
            (.field(.submitter), ["Eingereicht von", "Submitted by", "Submitter", "Von", "By"]),
        ]
        for (field, labels) in entries {
            for label in labels { names[TextFolding.key(label)] = field }
        }
        return names
    }()

    static let sectionNames: [String: IdeaDraft.Field] = {
        var names: [String: IdeaDraft.Field] = [:]
        for label in ["Zentraler Nutzen der Idee", "Zentraler Nutzen", "Nutzen", "Central benefit of the idea", "Central benefit", "Benefit"] {
            names[TextFolding.key(label)] = .benefit
        }
        for label in [
            "Vermutete Herausforderungen und Schwierigkeiten", "Vermutete Herausforderungen", "Herausforderungen",
            "Expected challenges and difficulties", "Expected challenges", "Challenges",
        ] {
            names[TextFolding.key(label)] = .challenges
        }
        return names
    }()

    enum FieldName: Hashable {
        case field(IdeaDraft.Field)
        case workshopOrOrigin

        var key: String {
            switch self {
            case .field(let field): field.rawValue
            case .workshopOrOrigin: "workshop"
            }
        }
    }

    /// The labels a sheet may use, for messages.
    static let labelList = "Titel/Title, Themenfeld/Theme, Workshop oder Herkunft/Workshop or origin, Eingereicht von/Submitted by, Nr./No."
    static let headingList = "Zentraler Nutzen der Idee/Central benefit of the idea, Vermutete Herausforderungen und Schwierigkeiten/Expected challenges and difficulties"

    /// Reads one filled sheet.
    /// - Parameters:
    ///   - text: the file's text.
    ///   - file: the file as messages name it.
    /// - Returns: the idea as written, with the line of each field; or every problem found.
    public static func parse(_ text: String, file: String) -> Result<Located<IdeaDraft>, InvalidInput> {
        var draft = IdeaDraft()
        var diagnostics = Diagnostics()
        var fields: [String: SourceLocation] = [:]
        var section: (field: IdeaDraft.Field, lines: [String])?
        var sections: [IdeaDraft.Field: String] = [:]
        var inComment = false

        func closeSection() {
            guard let open = section else { return }
            let body = open.lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            if !isPlaceholder(body) { sections[open.field] = body }
            section = nil
        }

        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        for (offset, rawLine) in lines.enumerated() {
            let number = offset + 1
            let location = SourceLocation(file: file, line: number)
            var line = String(rawLine)
            if inComment {
                guard let end = line.range(of: "-->") else { continue }
                line = String(line[end.upperBound...])
                inComment = false
            }
            while let start = line.range(of: "<!--") {
                if let end = line.range(of: "-->", range: start.upperBound..<line.endIndex) {
                    line.removeSubrange(start.lowerBound..<end.upperBound)
                } else {
                    line = String(line[..<start.lowerBound])
                    inComment = true
                }
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let heading = headingText(trimmed) {
                let key = TextFolding.key(heading.text)
                if let field = sectionNames[key] {
                    closeSection()
                    if sections[field] != nil || fields[field.rawValue] != nil {
                        diagnostics.error("the section '\(heading.text)' appears twice; write it once", at: location)
                    }
                    fields[field.rawValue] = location
                    section = (field, [])
                    continue
                }
                if heading.level == 1 { continue }  // the sheet's own title
                if heading.level > 1 {
                    diagnostics.error(
                        "unknown heading '\(heading.text)'; an idea sheet has the sections \(headingList)", at: location)
                    continue
                }
            }
            if section != nil {
                section?.lines.append(trimmed)
                continue
            }
            if trimmed.isEmpty || trimmed.hasPrefix(">") { continue }
            guard let (label, value) = fieldLine(trimmed) else {
                diagnostics.error(
                    "'\(trimmed)' is neither a field ('Titel: …') nor under a heading; fields are \(labelList)", at: location)
                continue
            }
            guard let name = fieldNames[TextFolding.key(label)] else {
                diagnostics.error("unknown field '\(label)'; fields are \(labelList)", at: location)
                continue
            }
            if fields[name.key] != nil {
                diagnostics.error("the field '\(label)' appears twice (first at line \(fields[name.key]?.line ?? 0)); write it once", at: location)
                continue
            }
            fields[name.key] = location
            let filled = isPlaceholder(value) ? nil : value
            switch name {
            case .field(.id): draft.id = filled
            case .field(.title): draft.title = filled
            case .field(.theme): draft.theme = filled
            case .field(.submitter): draft.submitter = filled
            case .workshopOrOrigin: draft.workshopOrOrigin = filled
            case .field: break
            }
        }
        closeSection()
        draft.benefit = sections[.benefit]
        draft.challenges = sections[.challenges]
        if draft.title == nil {
            diagnostics.error("the sheet has no title; fill in 'Titel:' ('Title:')", at: fields["title"] ?? SourceLocation(file: file, line: 1))
        }
        if diagnostics.hasErrors { return .failure(InvalidInput(diagnostics)) }
        return .success(Located(draft, at: SourceLocation(file: file, line: 1), fields: fields))
    }

    /// `## Heading`, `**Heading**`, `Heading:` on a line of its own: the level (0 without `#`) and the text.
    private static func headingText(_ line: String) -> (level: Int, text: String)? {
        var text = Substring(line)
        let level = text.prefix { $0 == "#" }.count
        text = text.dropFirst(level)
        if level > 0 && !(text.first?.isWhitespace ?? true) { return nil }
        var cleaned = text.trimmingCharacters(in: .whitespaces)
        if cleaned.hasPrefix("**") && cleaned.hasSuffix("**") && cleaned.count > 4 {
            cleaned = String(cleaned.dropFirst(2).dropLast(2))
        }
        if cleaned.hasSuffix(":") { cleaned.removeLast() }
        if level == 0 {
            // Without '#', only a known section name on its own line is a heading.
            return sectionNames[TextFolding.key(cleaned)] != nil ? (0, cleaned) : nil
        }
        return (level, cleaned.trimmingCharacters(in: .whitespaces))
    }

    /// `- **Titel:** value`, `**Titel**: value`, `Titel: value`: the label and the value.
    private static func fieldLine(_ line: String) -> (String, String)? {
        var text = Substring(line)
        if text.hasPrefix("- ") || text.hasPrefix("* ") { text = text.dropFirst(2) }
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let label = text[..<colon].filter { $0 != "*" }.trimmingCharacters(in: .whitespaces)
        var value = text[text.index(after: colon)...].drop { $0 == "*" || $0.isWhitespace }
        while value.last == "*" || value.last?.isWhitespace == true { value = value.dropLast() }
        guard !label.isEmpty else { return nil }
        return (label, String(value))
    }

    /// Text that only stands for "nothing written yet": `…`, `...`, underscores.
    private static func isPlaceholder(_ text: String) -> Bool {
        text.allSatisfy { $0 == "…" || $0 == "." || $0 == "_" || $0.isWhitespace }
    }
}
