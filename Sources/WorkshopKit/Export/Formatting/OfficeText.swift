/// The words of the project office's exports (sources and assumptions, the cycle, the status
/// report, the funding checks) in both languages. Each key has a German and an English text
/// in an exhaustive switch, so a missing translation does not compile.
public enum OfficeText: Sendable, CaseIterable {
    // Sources and assumptions
    case sourcesAndAssumptions, sources, whatComesFromWhere, file, contents, provenance, note
    case provenanceExplanation, detailsUnder, illustrativeData, projectSourced, ideaSourced, illustrativeParts, reconstructedParts
    // Parts of the data, as the provenance line names them
    case partIdeas, partAssessment, partVotes, partPriority, partBrief, partBudget, partFunding, partStatus, partMilestones
    case partScores, partRule, partProcess, partParticipants, partWorkshops, partCriteria, partDecisions, partPosts
    // Process at a glance
    case profile, fact, value, vision, motto, decisions, body, document, subject, outcome, posts, post, size, vacancy
    case vacantSince, vacantFromTo, filled, milestones, milestone, due, done, open, project, processWide
    // Funding checks
    case passed, failed, notCheckable, notSetByCall, noSubmissionDate, runningTimeUnknown
    case conditionCap, conditionDeadline, conditionRunningTime, conditionThirdParty, conditionBudgetLines
    case submitted, notSubmitted, byYear, withoutYear, ownShareSplit, splitRule, splitEqual, splitInhabitants, splitFixed
    case remainderRule, partner, weight, inhabitants, percentShare, amount, unbudgetedProjects, overlongProjects
    // Status report
    case statusReport, period, asOf, whatChanged, statusChanges, milestonesDone, milestonesLate, milestonesUpcoming
    case vacantPosts, projectsAsOf, applicationsSubmitted, daysLate, doneLate, onTime, none, latestState, since
    case newStatusEntries, overview, reportSources

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        language == .german ? german : english
    }

    var german: String {
        switch self {
        case .sourcesAndAssumptions: "Quellen und Annahmen"
        case .sources: "Quellen"
        case .whatComesFromWhere: "Was woher stammt"
        case .file: "Datei"
        case .contents: "Inhalt"
        case .provenance: "Herkunft"
        case .note: "Hinweis"
        case .provenanceExplanation:
            "„aus den Quellen“: wie in den Quellen; „rekonstruiert“: aus den Quellen erschlossen (eine Zuordnung, ein genaues Datum, eine unleserliche Zeile); „illustrativ“: für das Beispiel erfunden, nicht aus den Quellen."
        case .detailsUnder: "Einzelheiten unter"
        case .illustrativeData: "mit illustrativen Daten"
        case .projectSourced: "Nummer, Titel und Themenfeld"
        case .ideaSourced: "Idee"
        case .illustrativeParts: "Illustrativ"
        case .reconstructedParts: "Rekonstruiert"
        case .partIdeas: "Ideen"
        case .partAssessment: "Bewertung"
        case .partVotes: "Punkte"
        case .partPriority: "Prioritätengruppe (Regel und Abweichungen)"
        case .partBrief: "Steckbriefangaben (Kurzbeschreibung, Kümmerer, Partner, Laufzeit)"
        case .partBudget: "Budget"
        case .partFunding: "Förderantrag"
        case .partStatus: "Sachstand"
        case .partMilestones: "Meilensteine"
        case .partScores: "Bewertungen (Relevanz, Potenzial)"
        case .partRule: "Regel und Abweichungen der Prioritätengruppen"
        case .partProcess: "Prozess, Partner, Phasen, Rollen, Themenfelder"
        case .partParticipants: "Teilnehmende"
        case .partWorkshops: "Workshops"
        case .partCriteria: "Kriterien, Gewichte, Skala"
        case .partDecisions: "Entscheidungen"
        case .partPosts: "Stellen"
        case .profile: "Kurzprofil"
        case .fact: "Angabe"
        case .value: "Wert"
        case .vision: "Vision"
        case .motto: "Leitsatz"
        case .decisions: "Entscheidungen"
        case .body: "Gremium"
        case .document: "Vorlage"
        case .subject: "Gegenstand"
        case .outcome: "Ergebnis"
        case .posts: "Stellen"
        case .post: "Stelle"
        case .size: "Umfang"
        case .vacancy: "Besetzung"
        case .vacantSince: "vakant seit"
        case .vacantFromTo: "vakant"
        case .filled: "besetzt"
        case .milestones: "Meilensteine"
        case .milestone: "Meilenstein"
        case .due: "fällig"
        case .done: "erledigt"
        case .open: "offen"
        case .project: "Projekt"
        case .processWide: "Gesamtprozess"
        case .passed: "erfüllt"
        case .failed: "nicht erfüllt"
        case .notCheckable: "nicht prüfbar"
        case .notSetByCall: "der Aufruf setzt keine solche Bedingung"
        case .noSubmissionDate: "kein Einreichungsdatum"
        case .runningTimeUnknown: "ohne Laufzeit"
        case .conditionCap: "Höchstgrenze je Antrag"
        case .conditionDeadline: "Bewerbungsfrist"
        case .conditionRunningTime: "Förderzeitraum"
        case .conditionThirdParty: "Minderung des Eigenanteils durch Drittmittel"
        case .conditionBudgetLines: "Budgetzeilen für jedes Projekt"
        case .submitted: "Eingereicht"
        case .notSubmitted: "kein Einreichungsdatum erfasst"
        case .byYear: "Nach Haushaltsjahr"
        case .withoutYear: "ohne Jahr"
        case .ownShareSplit: "Aufteilung des Eigenanteils"
        case .splitRule: "Regel"
        case .splitEqual: "zu gleichen Teilen"
        case .splitInhabitants: "nach Einwohnern"
        case .splitFixed: "nach festen Anteilen"
        case .remainderRule:
            "Jeder Anteil wird auf den Cent abgerundet; die verbleibenden Cent erhalten die Partner mit dem größten Rest, bei gleichem Rest in der genannten Reihenfolge (Hare-Niemeyer). Die Anteile ergeben genau den Eigenanteil."
        case .partner: "Partner"
        case .weight: "Gewicht"
        case .inhabitants: "Einwohner"
        case .percentShare: "Anteil"
        case .amount: "Betrag"
        case .unbudgetedProjects: "ohne Budgetzeilen"
        case .overlongProjects: "länger als gefördert"
        case .statusReport: "Sachstandsbericht"
        case .period: "Berichtszeitraum"
        case .asOf: "Stand"
        case .whatChanged: "Was sich geändert hat"
        case .statusChanges: "Neuer Sachstand"
        case .milestonesDone: "Erledigte Meilensteine"
        case .milestonesLate: "Verspätete Meilensteine"
        case .milestonesUpcoming: "Anstehende Meilensteine"
        case .vacantPosts: "Vakante Stellen"
        case .projectsAsOf: "Stand der Projekte"
        case .applicationsSubmitted: "Eingereichte Förderanträge"
        case .daysLate: "Tage über der Frist"
        case .doneLate: "verspätet"
        case .onTime: "fristgerecht"
        case .none: "keine"
        case .latestState: "Sachstand"
        case .since: "seit"
        case .newStatusEntries: "Einträge zum Sachstand"
        case .overview: "Überblick"
        case .reportSources: "Quellen der Einträge"
        }
    }

    var english: String {
        switch self {
        case .sourcesAndAssumptions: "Sources and assumptions"
        case .sources: "Sources"
        case .whatComesFromWhere: "What comes from where"
        case .file: "File"
        case .contents: "Contents"
        case .provenance: "Provenance"
        case .note: "Note"
        case .provenanceExplanation:
            "“from the sources”: as the sources give it; “reconstructed”: inferred from the sources (a mapping, an exact date, an illegible line); “illustrative”: made up for the example, not from the sources."
        case .detailsUnder: "Details under"
        case .illustrativeData: "with illustrative data"
        case .projectSourced: "Number, title and theme"
        case .ideaSourced: "Idea"
        case .illustrativeParts: "Illustrative"
        case .reconstructedParts: "Reconstructed"
        case .partIdeas: "ideas"
        case .partAssessment: "assessment"
        case .partVotes: "votes"
        case .partPriority: "priority group (rule and overrides)"
        case .partBrief: "brief entries (summary, lead, partners, running time)"
        case .partBudget: "budget"
        case .partFunding: "funding application"
        case .partStatus: "status"
        case .partMilestones: "milestones"
        case .partScores: "scores (relevance, potential)"
        case .partRule: "rule and overrides of the priority groups"
        case .partProcess: "process, partners, phases, roles, themes"
        case .partParticipants: "participants"
        case .partWorkshops: "workshops"
        case .partCriteria: "criteria, weights, scale"
        case .partDecisions: "decisions"
        case .partPosts: "posts"
        case .profile: "Profile"
        case .fact: "Fact"
        case .value: "Value"
        case .vision: "Vision"
        case .motto: "Motto"
        case .decisions: "Decisions"
        case .body: "Body"
        case .document: "Paper"
        case .subject: "Subject"
        case .outcome: "Outcome"
        case .posts: "Posts"
        case .post: "Post"
        case .size: "Size"
        case .vacancy: "Staffing"
        case .vacantSince: "vacant since"
        case .vacantFromTo: "vacant"
        case .filled: "filled"
        case .milestones: "Milestones"
        case .milestone: "Milestone"
        case .due: "due"
        case .done: "done"
        case .open: "open"
        case .project: "Project"
        case .processWide: "whole process"
        case .passed: "passed"
        case .failed: "failed"
        case .notCheckable: "not checkable"
        case .notSetByCall: "the call sets no such condition"
        case .noSubmissionDate: "no submission date"
        case .runningTimeUnknown: "without running time"
        case .conditionCap: "Cap per application"
        case .conditionDeadline: "Deadline"
        case .conditionRunningTime: "Funding period"
        case .conditionThirdParty: "Own share reduced by third-party funds"
        case .conditionBudgetLines: "Budget lines for every project"
        case .submitted: "Submitted"
        case .notSubmitted: "no submission date recorded"
        case .byYear: "By budget year"
        case .withoutYear: "no year"
        case .ownShareSplit: "Own share split"
        case .splitRule: "Rule"
        case .splitEqual: "in equal parts"
        case .splitInhabitants: "by inhabitants"
        case .splitFixed: "by fixed shares"
        case .remainderRule:
            "Each part is rounded down to the cent; the cents left over go to the partners with the largest remainders, between equal remainders in the order named (largest remainder). The parts add up to the own share exactly."
        case .partner: "Partner"
        case .weight: "Weight"
        case .inhabitants: "Inhabitants"
        case .percentShare: "Share"
        case .amount: "Amount"
        case .unbudgetedProjects: "without budget lines"
        case .overlongProjects: "longer than funded"
        case .statusReport: "Status report"
        case .period: "Period"
        case .asOf: "As of"
        case .whatChanged: "What changed"
        case .statusChanges: "New status"
        case .milestonesDone: "Milestones done"
        case .milestonesLate: "Late milestones"
        case .milestonesUpcoming: "Coming milestones"
        case .vacantPosts: "Vacant posts"
        case .projectsAsOf: "Projects as of"
        case .applicationsSubmitted: "Funding applications submitted"
        case .daysLate: "days late"
        case .doneLate: "late"
        case .onTime: "on time"
        case .none: "none"
        case .latestState: "Status"
        case .since: "since"
        case .newStatusEntries: "status entries"
        case .overview: "Overview"
        case .reportSources: "Sources of the entries"
        }
    }
}

extension Provenance {
    /// "aus den Quellen", "rekonstruiert", "illustrativ".
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.sources, .german): "aus den Quellen"
        case (.reconstructed, .german): "rekonstruiert"
        case (.illustrative, .german): "illustrativ"
        case (.sources, .english): "from the sources"
        case (.reconstructed, .english): "reconstructed"
        case (.illustrative, .english): "illustrative"
        }
    }
}

extension String {
    /// The text with its first letter in upper case: "fällig" → "Fällig".
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
