/// Every word the exports print, in the workspace's language.
public struct Labels: Sendable {
    public var language: Language

    // Priority groups
    public var priorityGroup: @Sendable (Int) -> String

    // Common
    public var project = ""
    public var projects = ""
    public var projectNumber = ""
    public var theme = ""
    public var idea = ""
    public var ideas = ""
    public var workshop = ""
    public var workshops = ""
    public var date = ""
    public var format = ""
    public var participants = ""
    public var moderator = ""
    public var partners = ""
    public var phases = ""
    public var themes = ""
    public var guidingImage = ""
    public var roles = ""
    public var criterion = ""
    public var criteria = ""
    public var questions = ""
    public var weight = ""
    public var scale = ""
    public var relevance = ""
    public var potential = ""
    public var spread = ""
    public var votes = ""
    public var ballots = ""
    public var raters = ""
    public var ratings = ""
    public var priority = ""
    public var rule = ""
    public var override = ""
    public var lead = ""
    public var status = ""
    public var total = ""
    public var none = ""
    public var notGiven = ""
    public var notRated = ""
    public var partial = ""
    public var disputed = ""
    public var source = ""
    public var origin = ""
    public var notes = ""
    public var yes = ""
    public var title = ""
    public var from = ""
    public var until = ""
    public var kind = ""
    public var year = ""
    public var amount = ""

    // Formats and states
    public var workshopFormat: @Sendable (WorkshopFormat) -> String
    public var projectState: @Sendable (ProjectState) -> String
    public var criterionGroup: @Sendable (CriterionGroup) -> String
    public var costKind: @Sendable (CostKind) -> String

    // Project list
    public var projectListTitle = ""
    public var projectListIntro = ""
    public var ruleTitle = ""
    public var ruleOtherwise = ""
    public var ruleAnd = ""
    public var overridesTitle = ""
    public var decidedBy = ""
    public var reason = ""

    // Briefs
    public var briefTitle = ""
    public var summary = ""
    public var goal = ""
    public var description = ""
    public var benefit = ""
    public var challenges = ""
    public var assessment = ""
    public var traceability = ""
    public var budget = ""
    public var funding = ""
    public var runningTime = ""
    public var allPartners = ""
    public var mean = ""
    public var minimumMaximum = ""
    public var count = ""
    public var weighted = ""
    public var statusHistory = ""
    public var bundledAs = ""
    public var backToList = ""

    // Budget
    public var budgetTitle = ""
    public var millionsHeading = ""
    public var exactHeading = ""
    public var investment = ""
    public var operating = ""
    public var share = ""
    public var subsidy = ""
    public var subsidyRate = ""
    public var millionsUnit = ""
    public var ownShare = ""
    public var thirdPartyFunds = ""
    public var ownShareAfterThirdParty = ""
    public var cap = ""
    public var deadline = ""
    public var checks = ""
    public var subsidyRoundingNote = ""
    public var roundingNote = ""
    public var unbudgeted = ""
    public var totalColumn = ""
    public var withinRunningTime = ""
    public var years = ""
    public var scoreLegend = ""

    // Ideas and consolidation
    public var consolidationTitle = ""
    public var consolidationIntro = ""
    public var mergedInto = ""
    public var setAside = ""
    public var open = ""
    public var ideaState = ""

    // Index
    public var overview = ""
    public var filesTitle = ""
    public var portfolioTitle = ""
    public var portfolioCaption = ""
    public var budgetChartTitle = ""
    public var generatedNote = ""

    // Charts
    public var portfolioAlt = ""
    public var budgetChartAlt = ""
    public var chartThreshold = ""
    public var chartNotPlotted = ""
    public var chartOverrideNote = ""

    public init(_ language: Language) {
        switch language {
        case .german: self = Labels.german
        case .english: self = Labels.english
        }
    }

    private init(
        language: Language, priorityGroup: @escaping @Sendable (Int) -> String,
        workshopFormat: @escaping @Sendable (WorkshopFormat) -> String,
        projectState: @escaping @Sendable (ProjectState) -> String,
        criterionGroup: @escaping @Sendable (CriterionGroup) -> String,
        costKind: @escaping @Sendable (CostKind) -> String
    ) {
        self.language = language
        self.priorityGroup = priorityGroup
        self.workshopFormat = workshopFormat
        self.projectState = projectState
        self.criterionGroup = criterionGroup
        self.costKind = costKind
    }

    /// I, II, III, … for priority groups, as the seed documents write them.
    public static func roman(_ number: Int) -> String {
        let numerals = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = number
        var text = ""
        for (value, numeral) in numerals {
            while rest >= value {
                text += numeral
                rest -= value
            }
        }
        return text.isEmpty ? String(number) : text
    }

    static let german: Labels = {
        var l = Labels(
            language: .german,
            priorityGroup: { "Priorität \(Labels.roman($0))" },
            workshopFormat: {
                switch $0 {
                case .presence: "Präsenz"
                case .online: "online"
                case .hybrid: "hybrid"
                }
            },
            projectState: {
                switch $0 {
                case .planned: "geplant"
                case .running: "in Umsetzung"
                case .paused: "ruht"
                case .done: "abgeschlossen"
                case .dropped: "eingestellt"
                }
            },
            criterionGroup: {
                switch $0 {
                case .relevance: "Relevanz"
                case .potential: "Potenzial"
                }
            },
            costKind: {
                switch $0 {
                case .investment: "investiv"
                case .operating: "konsumtiv"
                }
            })
        l.project = "Projekt"
        l.projects = "Projekte"
        l.projectNumber = "Nr."
        l.theme = "Themenfeld"
        l.idea = "Idee"
        l.ideas = "Ideen"
        l.workshop = "Workshop"
        l.workshops = "Workshops"
        l.date = "Datum"
        l.format = "Format"
        l.participants = "Teilnehmende"
        l.moderator = "Moderation"
        l.partners = "Partner"
        l.phases = "Phasen"
        l.themes = "Themenfelder"
        l.guidingImage = "Leitbild"
        l.roles = "Rollen"
        l.criterion = "Kriterium"
        l.criteria = "Kriterien"
        l.questions = "Leitfragen"
        l.weight = "Gewicht"
        l.scale = "Skala"
        l.relevance = "Relevanz"
        l.potential = "Potenzial"
        l.spread = "Streuung"
        l.votes = "Punkte"
        l.ballots = "Stimmzettel"
        l.raters = "Bewertende"
        l.ratings = "Bewertungen"
        l.priority = "Priorität"
        l.rule = "Regel"
        l.override = "Abweichung"
        l.lead = "Kümmerer"
        l.status = "Sachstand"
        l.total = "Summe"
        l.none = "keine"
        l.notGiven = "nicht angegeben"
        l.notRated = "nicht bewertet"
        l.partial = "teilweise bewertet"
        l.disputed = "uneinig"
        l.source = "Quelle"
        l.origin = "Herkunft"
        l.notes = "Hinweise"
        l.yes = "ja"
        l.title = "Titel"
        l.from = "ab"
        l.until = "bis"
        l.kind = "Art"
        l.year = "Jahr"
        l.amount = "Betrag"
        l.projectListTitle = "Konsolidierte Projektliste"
        l.projectListIntro = "Projekte nach Prioritätengruppe, innerhalb der Gruppe nach Themenfeld und Nummer."
        l.ruleTitle = "Regel für die Prioritätengruppen"
        l.ruleOtherwise = "alle übrigen Projekte"
        l.ruleAnd = "und"
        l.overridesTitle = "Abweichungen von der Regel"
        l.decidedBy = "entschieden von"
        l.reason = "Begründung"
        l.briefTitle = "Projektsteckbrief"
        l.summary = "Kurzbeschreibung"
        l.goal = "Ziel"
        l.description = "Umsetzung"
        l.benefit = "Zentraler Nutzen"
        l.challenges = "Vermutete Herausforderungen und Schwierigkeiten"
        l.assessment = "Bewertung"
        l.traceability = "Herkunft der Ideen"
        l.budget = "Budget"
        l.funding = "Förderung"
        l.runningTime = "Laufzeit"
        l.allPartners = "alle Partner"
        l.mean = "Mittel"
        l.minimumMaximum = "Min–Max"
        l.count = "n"
        l.weighted = "gewichtet"
        l.statusHistory = "Sachstand"
        l.bundledAs = "im Antrag als"
        l.backToList = "Zur Projektliste"
        l.budgetTitle = "Budgetübersicht"
        l.millionsHeading = "in Mio. €"
        l.exactHeading = "Genaue Beträge"
        l.investment = "investiv"
        l.operating = "konsumtiv"
        l.share = "Anteil"
        l.subsidy = "davon Förderung"
        l.subsidyRate = "Förderquote"
        l.millionsUnit = "Mio. €"
        l.ownShare = "davon Eigenanteil"
        l.thirdPartyFunds = "Drittmittel"
        l.ownShareAfterThirdParty = "Eigenanteil nach Drittmitteln"
        l.cap = "Höchstgrenze je Antrag"
        l.deadline = "Bewerbungsfrist"
        l.checks = "Prüfung der Förderbedingungen"
        l.subsidyRoundingNote = "Förderung = Gesamtkosten × Förderquote, auf den Cent abgerundet; Eigenanteil = Rest."
        l.roundingNote = "Zeilen und Summen sind aus genauen Beträgen gerundet; gerundete Zeilen ergeben nicht immer die gerundete Summe."
        l.unbudgeted = "ohne Budgetzeilen"
        l.totalColumn = "gesamt"
        l.withinRunningTime = "Laufzeit höchstens"
        l.years = "Jahre"
        l.scoreLegend = "Relevanz und Potenzial: gewichtetes Mittel der Kriterien ± Streuung (Standardabweichung der Bewertungen); * = nicht alle Kriterien bewertet; – = nicht bewertet. Punkte: Stimmen aller Abstimmungen für das Projekt und seine Ideen."
        l.consolidationTitle = "Konsolidierung: Ideen und Projekte"
        l.consolidationIntro = "Jede Idee mit dem Projekt, in das sie eingegangen ist – oder warum nicht."
        l.mergedInto = "eingegangen in"
        l.setAside = "zurückgestellt"
        l.open = "offen"
        l.ideaState = "Stand"
        l.overview = "Überblick"
        l.filesTitle = "Exporte"
        l.portfolioTitle = "Portfolio: Relevanz × Potenzial"
        l.portfolioCaption = "Jeder Punkt ein Projekt; Linien zeigen die Schwellen der Regel."
        l.budgetChartTitle = "Budget je Projekt (investiv / konsumtiv)"
        l.generatedNote = "Erzeugt mit workshop run; nicht von Hand bearbeiten, sondern die Dateien im Arbeitsbereich ändern und neu erzeugen."
        l.portfolioAlt = "Portfolio-Diagramm: Projekte nach Relevanz und Potenzial, gekennzeichnet nach Prioritätengruppe"
        l.budgetChartAlt = "Balkendiagramm: Budget je Projekt und Antrag, investiv und konsumtiv, in Mio. €"
        l.chartThreshold = "Schwelle der Regel"
        l.chartNotPlotted = "Nicht dargestellt, da ohne Bewertung"
        l.chartOverrideNote = "Abweichung von der Regel"
        return l
    }()

    static let english: Labels = {
        var l = Labels(
            language: .english,
            priorityGroup: { "Priority \(Labels.roman($0))" },
            workshopFormat: { $0 == .presence ? "in presence" : $0.rawValue },
            projectState: {
                switch $0 {
                case .planned: "planned"
                case .running: "running"
                case .paused: "paused"
                case .done: "done"
                case .dropped: "dropped"
                }
            },
            criterionGroup: { $0 == .relevance ? "Relevance" : "Potential" },
            costKind: { $0 == .investment ? "investment" : "operating" })
        l.project = "Project"
        l.projects = "Projects"
        l.projectNumber = "No."
        l.theme = "Theme"
        l.idea = "Idea"
        l.ideas = "Ideas"
        l.workshop = "Workshop"
        l.workshops = "Workshops"
        l.date = "Date"
        l.format = "Format"
        l.participants = "Participants"
        l.moderator = "Moderator"
        l.partners = "Partners"
        l.phases = "Phases"
        l.themes = "Themes"
        l.guidingImage = "Guiding image"
        l.roles = "Roles"
        l.criterion = "Criterion"
        l.criteria = "Criteria"
        l.questions = "Guiding questions"
        l.weight = "Weight"
        l.scale = "Scale"
        l.relevance = "Relevance"
        l.potential = "Potential"
        l.spread = "Spread"
        l.votes = "Votes"
        l.ballots = "Ballots"
        l.raters = "Raters"
        l.ratings = "Ratings"
        l.priority = "Priority"
        l.rule = "Rule"
        l.override = "Override"
        l.lead = "Lead"
        l.status = "Status"
        l.total = "Total"
        l.none = "none"
        l.notGiven = "not given"
        l.notRated = "not rated"
        l.partial = "partly rated"
        l.disputed = "disputed"
        l.source = "Source"
        l.origin = "Origin"
        l.notes = "Notes"
        l.yes = "yes"
        l.title = "Title"
        l.from = "from"
        l.until = "until"
        l.kind = "Kind"
        l.year = "Year"
        l.amount = "Amount"
        l.projectListTitle = "Consolidated project list"
        l.projectListIntro = "Projects by priority group; within a group by theme and number."
        l.ruleTitle = "Rule for the priority groups"
        l.ruleOtherwise = "all other projects"
        l.ruleAnd = "and"
        l.overridesTitle = "Overrides of the rule"
        l.decidedBy = "decided by"
        l.reason = "Reason"
        l.briefTitle = "Project brief"
        l.summary = "Summary"
        l.goal = "Goal"
        l.description = "Implementation"
        l.benefit = "Central benefit"
        l.challenges = "Expected challenges"
        l.assessment = "Assessment"
        l.traceability = "Where the ideas came from"
        l.budget = "Budget"
        l.funding = "Funding"
        l.runningTime = "Running time"
        l.allPartners = "all partners"
        l.mean = "Mean"
        l.minimumMaximum = "Min–max"
        l.count = "n"
        l.weighted = "weighted"
        l.statusHistory = "Status"
        l.bundledAs = "in the application as"
        l.backToList = "Back to the project list"
        l.budgetTitle = "Budget overview"
        l.millionsHeading = "in € million"
        l.exactHeading = "Exact amounts"
        l.investment = "investment"
        l.operating = "operating"
        l.share = "Share"
        l.subsidy = "of which subsidy"
        l.subsidyRate = "Subsidy rate"
        l.millionsUnit = "million €"
        l.ownShare = "of which own share"
        l.thirdPartyFunds = "Third-party funds"
        l.ownShareAfterThirdParty = "Own share after third-party funds"
        l.cap = "Cap per application"
        l.deadline = "Deadline"
        l.checks = "Funding conditions"
        l.subsidyRoundingNote = "Subsidy = total cost × subsidy rate, rounded down to the cent; own share = the rest."
        l.roundingNote = "Rows and totals are rounded from exact amounts; rounded rows do not always add up to the rounded total."
        l.unbudgeted = "has no budget lines"
        l.totalColumn = "total"
        l.withinRunningTime = "running time at most"
        l.years = "years"
        l.scoreLegend = "Relevance and potential: weighted mean of the criteria ± spread (standard deviation of the ratings); * = not every criterion rated; – = not rated. Votes: points from all votes for the project and its ideas."
        l.consolidationTitle = "Consolidation: ideas and projects"
        l.consolidationIntro = "Every idea with the project it went into, or why not."
        l.mergedInto = "merged into"
        l.setAside = "set aside"
        l.open = "open"
        l.ideaState = "State"
        l.overview = "Overview"
        l.filesTitle = "Exports"
        l.portfolioTitle = "Portfolio: relevance × potential"
        l.portfolioCaption = "Each dot a project; lines mark the rule's thresholds."
        l.budgetChartTitle = "Budget per project (investment / operating)"
        l.generatedNote = "Made by workshop run; do not edit by hand: change the workspace files and run it again."
        l.portfolioAlt = "Portfolio chart: projects by relevance and potential, marked by priority group"
        l.budgetChartAlt = "Bar chart: budget per project and application, investment and operating, in € million"
        l.chartThreshold = "Threshold of the rule"
        l.chartNotPlotted = "Not shown, as not rated"
        l.chartOverrideNote = "override of the rule"
        return l
    }()
}
