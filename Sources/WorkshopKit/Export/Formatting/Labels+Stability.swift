/// The words for sensitivity and agreement, in the workspace's language.
///
/// Kept beside `Labels` rather than in it: each is an exhaustive switch over the languages,
/// so a missing translation does not compile.
extension Labels {
    /// The workbook's sheet with `sensitivity.csv`'s rows.
    public var stabilitySheet: String {
        switch language {
        case .german: "Stabilität"
        case .english: "Stability"
        }
    }

    public var stabilityTitle: String {
        switch language {
        case .german: "Stabilität der Prioritätengruppen"
        case .english: "Stability of the priority groups"
        }
    }

    /// The paragraph under the stability heading.
    public func stabilityIntro(bandPercent: Int) -> String {
        switch language {
        case .german:
            "Je Projekt die kleinste Änderung eines einzelnen Gewichts (in Schritten von 0,01 wie in criteria.json, alle anderen unverändert; kleinste = um den kleinsten Faktor) und einer einzelnen Schwelle der Regel, die es in eine andere Gruppe bringt, und die Gruppen, die erreichbar sind, wenn jedes Gewicht unabhängig um bis zu ±\(bandPercent)\(Typography.noBreakSpace)% schwankt. Alles bezieht sich auf die Gruppe nach der Regel; eine Abweichung bleibt, was entschieden wurde."
        case .english:
            "Per project the smallest change of one weight (in steps of 0.01 as in criteria.json, all others unchanged; smallest = by the least factor) and of one threshold of the rule that moves it to another group, and the groups it can reach when every weight varies independently by up to ±\(bandPercent)\(Typography.noBreakSpace)%. All of it concerns the rule's group; an override stays what was decided."
        }
    }

    public var smallestWeightChange: String {
        switch language {
        case .german: "Kleinste Gewichtsänderung"
        case .english: "Smallest weight change"
        }
    }

    public var smallestThresholdChange: String {
        switch language {
        case .german: "Kleinste Schwellenänderung"
        case .english: "Smallest threshold change"
        }
    }

    /// "Gewichte ±20 %".
    public func weightBand(_ percent: Int) -> String {
        switch language {
        case .german: "Gewichte ±\(percent)\(Typography.noBreakSpace)%"
        case .english: "Weights ±\(percent)\(Typography.noBreakSpace)%"
        }
    }

    public var staysInGroup: String {
        switch language {
        case .german: "bleibt"
        case .english: "stays"
        }
    }

    /// A cell where no weight criteria.json allows moves the project: "keine (Gewichte 0,01–1000)".
    public func noChangeMoves(_ numbers: NumberStyle) -> String {
        let range = "\(numbers.hundredths(Sensitivity.weightRange.lowerBound))–\(numbers.integer(Sensitivity.weightRange.upperBound / 100))"
        switch language {
        case .german: return "keine (Gewichte \(range))"
        case .english: return "none (weights \(range))"
        }
    }

    /// "II oder III".
    public func groupAlternatives(_ groups: [Int]) -> String {
        let numerals = groups.map(Labels.roman)
        switch language {
        case .german: return numerals.joined(separator: " oder ")
        case .english: return numerals.joined(separator: " or ")
        }
    }

    /// The sentence after the stability table naming the projects that move within the band.
    public func movingWithinBand(_ projects: [String], percent: Int) -> String {
        switch (language, projects.isEmpty) {
        case (.german, true): "Bei ±\(percent)\(Typography.noBreakSpace)% Gewichtsschwankung bleibt jedes Projekt in seiner Gruppe."
        case (.german, false): "Bei ±\(percent)\(Typography.noBreakSpace)% Gewichtsschwankung können die Gruppe wechseln: \(projects.joined(separator: ", "))."
        case (.english, true): "With weights varying by ±\(percent)\(Typography.noBreakSpace)%, every project stays in its group."
        case (.english, false): "With weights varying by ±\(percent)\(Typography.noBreakSpace)%, these can change group: \(projects.joined(separator: ", "))."
        }
    }

    /// "nein", the counterpart of `yes`.
    public var answerNo: String {
        switch language {
        case .german: "nein"
        case .english: "no"
        }
    }

    public var agreementTitle: String {
        switch language {
        case .german: "Übereinstimmung der Bewertenden"
        case .english: "Agreement among the raters"
        }
    }

    public var agreementIntro: String {
        switch language {
        case .german:
            "Krippendorffs α (ordinal) je Kriterium über alle Ideen und Projekte, die mindestens zwei Personen bewertet haben: 1 heißt volle Übereinstimmung, 0 Übereinstimmung wie durch Zufall. Ab 0,800 sind die Bewertungen verlässlich, von 0,667 bis unter 0,800 taugen sie nur für vorläufige Schlüsse, darunter stimmen die Bewertenden zu wenig überein, um darauf zu bauen (Krippendorff 2011)."
        case .english:
            "Krippendorff's alpha (ordinal) per criterion over every idea and project rated by at least two people: 1 means full agreement, 0 agreement as by chance. From 0.800 the ratings are reliable, from 0.667 to below 0.800 good for tentative conclusions only, below that the raters agree too little to build on (Krippendorff 2011)."
        }
    }

    /// The heading of a column naming a criterion's group (relevance or potential).
    public var criterionGroupHeading: String {
        switch language {
        case .german: "Gruppe"
        case .english: "Group"
        }
    }

    public var alpha: String {
        switch language {
        case .german: "Krippendorffs α"
        case .english: "Krippendorff's α"
        }
    }

    public var pairableUnits: String {
        switch language {
        case .german: "mehrfach bewertet"
        case .english: "rated twice or more"
        }
    }

    public var reading: String {
        switch language {
        case .german: "Einschätzung"
        case .english: "Reading"
        }
    }

    /// "verlässlich", "vorläufig", "nicht verlässlich".
    public func reliability(_ reliability: KrippendorffAlpha.Reliability) -> String {
        switch (language, reliability) {
        case (.german, .reliable): "verlässlich"
        case (.german, .tentative): "nur vorläufig"
        case (.german, .unreliable): "nicht verlässlich"
        case (.english, .reliable): "reliable"
        case (.english, .tentative): "tentative only"
        case (.english, .unreliable): "not reliable"
        }
    }

    /// Where alpha cannot be computed: fewer than two raters per item, or no variation at all.
    public var notDefined: String {
        switch language {
        case .german: "nicht bestimmbar"
        case .english: "not defined"
        }
    }
}
