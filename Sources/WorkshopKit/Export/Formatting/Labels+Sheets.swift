/// The words of a scoring sheet, in the workspace's language; the reader accepts both
/// languages' words, so a sheet still reads after the workspace's language changed.
extension Labels {
    public var sheetTitle: String {
        switch language {
        case .german: "Bewertungsbogen"
        case .english: "Scoring sheet"
        }
    }

    public var sheetWorkspace: String {
        switch language {
        case .german: "Arbeitsbereich"
        case .english: "Workspace"
        }
    }

    public var sheetRater: String {
        switch language {
        case .german: "Bewertende Person"
        case .english: "Rater"
        }
    }

    public var sheetID: String {
        switch language {
        case .german: "Bogen-Nr."
        case .english: "Sheet"
        }
    }

    public var sheetDontKnow: String {
        switch language {
        case .german: "Weiß nicht"
        case .english: "Don't know"
        }
    }

    public var sheetDontKnowText: String {
        switch language {
        case .german: "? eintragen, wo Sie etwas nicht beurteilen können: zählt weder als Bewertung noch als 0. Leer heißt nicht bewertet."
        case .english: "Write ? where you cannot judge: it counts neither as a score nor as 0. Empty means not rated."
        }
    }

    public var sheetHowTo: String {
        switch language {
        case .german: "Ausfüllen"
        case .english: "How to fill in"
        }
    }

    public var sheetHowToText: String {
        switch language {
        case .german:
            "Eine Zeile je Idee oder Projekt, eine Spalte je Kriterium (Leitfragen in der Kopfzeile): eine ganze Zahl der Skala, ? oder leer; Kommentar frei. Kopfzeilen, Nr. und Bogen-Nr. bitte nicht ändern; als CSV speichern."
        case .english:
            "One row per idea or project, one column per criterion (guiding questions in the heading): a whole number of the scale, ? or nothing; comment as you like. Please keep the headings, numbers and sheet number; save as CSV."
        }
    }

    public var sheetComment: String {
        switch language {
        case .german: "Kommentar"
        case .english: "Comment"
        }
    }

    /// "1 = sehr gering, …, 5 = sehr hoch", or "ganze Zahl von 1 bis 5" without labels.
    public func sheetScaleText(_ scale: Scale) -> String {
        if scale.labels.count == scale.maximum - scale.minimum + 1 {
            return scale.labels.enumerated().map { "\(scale.minimum + $0.offset) = \($0.element)" }.joined(separator: ", ")
        }
        switch language {
        case .german: return "ganze Zahl von \(scale.minimum) bis \(scale.maximum)"
        case .english: return "a whole number from \(scale.minimum) to \(scale.maximum)"
        }
    }

    /// "(1 bis 5)", under a criterion's heading.
    public func sheetScaleRange(_ scale: Scale) -> String {
        switch language {
        case .german: "(\(scale.minimum) bis \(scale.maximum))"
        case .english: "(\(scale.minimum) to \(scale.maximum))"
        }
    }
}
