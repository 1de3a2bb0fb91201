/// The words for "don't know", raters' comments and rated themes in the exports.
extension Labels {
    /// The column heading of "don't know" counts.
    public var dontKnowColumn: String {
        switch language {
        case .german: "weiß nicht"
        case .english: "don't know"
        }
    }

    public var ratingComments: String {
        switch language {
        case .german: "Kommentare der Bewertenden"
        case .english: "Raters' comments"
        }
    }

    /// "AK-01 zu Wachstumspotenzial, Netzwerke (zu I-VW-01)": who, on what; never a name.
    public func ratingCommentSource(rater: String, criteria: [String], item: String?) -> String {
        let on = criteria.joined(separator: ", ")
        switch language {
        case .german: return "\(rater) zu \(on)" + (item.map { " (Idee \($0))" } ?? "")
        case .english: return "\(rater) on \(on)" + (item.map { " (idea \($0))" } ?? "")
        }
    }

    public var weightChangesTitle: String {
        switch language {
        case .german: "Gewichtsänderungen nach Beginn der Bewertung"
        case .english: "Weight changes after rating began"
        }
    }

    /// "15.09.2020: Wachstumspotenzial 1,5 → 2 – AG-Beschluss".
    public func weightChangeLine(date: String, criterion: String, from: String, to: String, reason: String) -> String {
        "\(date): \(criterion) \(from) → \(to) – \(reason)"
    }

    public var themeScoresTitle: String {
        switch language {
        case .german: "Bewertung der Themenfelder"
        case .english: "Scores of the themes"
        }
    }

    public var themeScoresIntro: String {
        switch language {
        case .german: "Themenfelder, die wie Ideen auf den Kriterien bewertet wurden: gewichtetes Mittel ± Streuung, Bewertende und „weiß nicht“-Antworten."
        case .english: "Themes rated on the criteria like ideas: weighted mean ± spread, raters and \"don't know\" answers."
        }
    }
}
