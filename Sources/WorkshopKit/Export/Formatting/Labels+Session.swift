/// The words of a rating session at the terminal (`workshop rate --interactive`), in the
/// workspace's language; each an exhaustive switch, so a missing translation does not compile.
extension Labels {
    /// "Idee 3 von 35", "Projekt 2 von 28", "Themenfeld 1 von 1".
    public func sessionProgress(_ kind: ItemKind, _ number: Int, of count: Int) -> String {
        switch (language, kind) {
        case (.german, .idea): "Idee \(number) von \(count)"
        case (.german, .project): "Projekt \(number) von \(count)"
        case (.german, .theme): "Themenfeld \(number) von \(count)"
        case (.english, .idea): "Idea \(number) of \(count)"
        case (.english, .project): "Project \(number) of \(count)"
        case (.english, .theme): "Theme \(number) of \(count)"
        }
    }

    /// "Kriterium 2 von 12".
    public func sessionCriterion(_ number: Int, of count: Int) -> String {
        switch language {
        case .german: "Kriterium \(number) von \(count)"
        case .english: "Criterion \(number) of \(count)"
        }
    }

    /// What may be typed, shown under the scale.
    public func sessionHelp(_ scale: Scale) -> String {
        switch language {
        case .german: "\(scale.minimum)–\(scale.maximum) · ? weiß nicht · # Kommentar · - überspringen · q beenden"
        case .english: "\(scale.minimum)–\(scale.maximum) · ? don't know · # comment · - skip item · q stop"
        }
    }

    public var sessionPrompt: String {
        switch language {
        case .german: "Bewertung"
        case .english: "Score"
        }
    }

    /// Said after an item's answers were recorded.
    public func sessionSaved(_ item: String, answers: Int) -> String {
        switch language {
        case .german: "✓ \(item) gespeichert (\(answers) Antworten)"
        case .english: "✓ \(item) recorded (\(answers) answers)"
        }
    }

    public func sessionSkipped(_ item: String) -> String {
        switch language {
        case .german: "– \(item) übersprungen (nichts gespeichert)"
        case .english: "– \(item) skipped (nothing recorded)"
        }
    }

    /// A line that is not an answer, on a terminal: asked again.
    public func sessionInvalid(_ text: String, _ scale: Scale) -> String {
        switch language {
        case .german: "'\(text)' ist keine Antwort: \(scale.minimum)–\(scale.maximum), ?, - oder q"
        case .english: "'\(text)' is not an answer: \(scale.minimum)–\(scale.maximum), ?, - or q"
        }
    }

    /// The closing line.
    public func sessionSummary(recorded: Int, skipped: Int, alreadyRated: Int, open: Int) -> String {
        switch language {
        case .german:
            "Sitzung beendet: \(recorded) gespeichert, \(skipped) übersprungen, \(alreadyRated) schon bewertet, \(open) offen."
        case .english:
            "Session ended: \(recorded) recorded, \(skipped) skipped, \(alreadyRated) already rated, \(open) open."
        }
    }
}

