/// How the exports name the settings a count used (votes.md's parameter line), in the
/// workspace's language, from the parameter's kind and values. English is the text
/// `workshop count` prints; every other language has an exhaustive switch over the kinds, so a
/// missing translation does not compile.
extension Labels {
    /// A count's setting as a name and a value: `Punkte` and `die Punkte, die jeder Stimmzettel vergibt`.
    /// - Parameters:
    ///   - parameter: the setting, as the rule reports it.
    ///   - numbers: how numbers are written; exact values stay exact (`1/3`), only the decimal separator changes.
    public func countParameter(_ parameter: CountParameter, numbers: NumberStyle) -> (name: String, value: String) {
        switch language {
        case .english: (parameter.name, parameter.value)
        case .german: Self.german(parameter, numbers: numbers)
        }
    }

    private static func german(_ parameter: CountParameter, numbers: NumberStyle) -> (name: String, value: String) {
        func exact(_ value: Rational) -> String { value.exactText.replacingBytes(of: ".", with: numbers.decimalSeparator) }
        switch parameter {
        case .points(let kind, let placePoints): return ("Punkte", germanPoints(kind, placePoints: placePoints))
        case .posterPoints(let points, let counts):
            let source = counts == 1 ? "einer Plakat-Zählung" : "\(numbers.integer(counts)) Plakat-Zählungen"
            return ("Plakat-Punkte", "\(numbers.integer(points)) Punkte stammen aus \(source), für die keine Regeln je Person gelten")
        case .approvalSupport(let kind):
            let value =
                switch kind {
                case .approvals: "jede Zustimmung zählt 1"
                case .points: "jede Option mit Punkten zählt 1, gleich wie viele Punkte"
                case .ranking: "jede gereihte Option zählt 1, gleich auf welchem Platz"
                case .scores: "jede Option mit einer Bewertung über null zählt 1"
                }
            return ("Unterstützung", value)
        case .budget(let amount): return ("Budget", exact(amount))
        case .greedySupport(.approvals, _): return ("Unterstützung", "Zustimmungen")
        case .greedySupport(let kind, let placePoints): return ("Unterstützung", germanPoints(kind, placePoints: placePoints))
        case .supportPerCost: return ("Reihenfolge", "nach Unterstützung je Kosteneinheit")
        case .stopAtFirstMisfit: return ("Abbruch", "beim ersten Projekt, das nicht mehr passt")
        case .minimumSupport(let amount): return ("Mindestunterstützung", exact(amount))
        case .costUtilities: return ("Nutzen", "die Kosten (wer ein Projekt unterstützt, gewinnt dessen Kosten)")
        case .budgetPerVoter(let amount): return ("Budget je Person", exact(amount))
        case .completion(let increments):
            return (
                "Vervollständigung",
                "das Budget jeder Person um 1 erhöhen, solange das Ergebnis passt (+\(numbers.integer(increments))), dann nach Zahl der Unterstützenden"
            )
        case .winningVotes: return ("Stärke einer Verbindung", "Stimmen der Mehrheit im Paarvergleich (winning votes)")
        case .unrankedBelowRanked: return ("Nicht gereihte Optionen", "gleichauf hinter jeder gereihten")
        case .namedComparisons: return ("Vergleiche", "nur zwischen Optionen, die ein Stimmzettel nennt")
        case .schulzeRanking: return ("Rangfolge", "Schulze, Stimmen der Mehrheit im Paarvergleich (winning votes)")
        case .sharedFirstPlaces: return ("Erste Plätze", "Optionen gleichauf auf dem ersten Platz teilen sich die Stimme zu gleichen Teilen")
        case .marginDefeats: return ("Stärke einer Niederlage", "der Abstand (margin)")
        case .scoreSum: return ("Reihenfolge", "nach Summe der Bewertungen")
        case .symmetricBorda: return ("Punktvergabe", "symmetrisch (nicht gereihte Optionen gleichauf am Ende)")
        case .copelandScore: return ("Wertung", "Siege + ½ × Unentschieden")
        case .runoffMajority: return ("Mehrheit", "mehr als die Hälfte der Stimmen der verbliebenen Optionen")
        case .eliminatedTogether: return ("Gleichstand beim Ausscheiden", "alle Optionen mit gleich wenigen Stimmen scheiden zusammen aus")
        }
    }

    /// What a points count adds up for ballots of `kind`, in German.
    private static func germanPoints(_ kind: BallotKind, placePoints: Int) -> String {
        switch kind {
        case .approvals: "jede Zustimmung zählt 1 Punkt"
        case .points: "die Punkte, die jeder Stimmzettel vergibt"
        case .scores: "die Bewertungen, die jeder Stimmzettel vergibt"
        case .ranking:
            "Platzpunkte: der erste Platz erhält \(placePoints), jeder weitere einen weniger"
                + (CountParameter.placeSeries(placePoints).map { " (\($0))" } ?? "")
        }
    }
}
