/// A participation process: who takes part, in which phases, on which themes.
///
/// Coesfeld 12.0 is one: a county and its 11 towns, four phases, five themes with projects.
public struct ParticipationProcess: Hashable, Sendable {
    public var title: String
    public var subtitle: String?
    /// Language of labels, dates and numbers in exports; never the machine's locale.
    public var language: Language
    /// The CSV profile exports use unless a command names another.
    public var csvProfile: CSVProfile
    /// ISO 4217 code of the currency all amounts are in.
    public var currency: String
    public var partners: [Partner]
    public var phases: [Phase]
    public var roles: [Role]
    public var themes: [Theme]
    /// The vision all partners share, if recorded.
    public var vision: Vision?
    /// Facts about the area: region, inhabitants, area, broadband, each with its source.
    public var profile: [ProfileFact]
    /// The documents the data come from, as labels that name them ("Sachstandsbericht 2023, SV-10-0968").
    public var sources: [String]

    public init(
        title: String, subtitle: String? = nil, language: Language = .english, csvProfile: CSVProfile = .standard,
        currency: String = "EUR", partners: [Partner] = [], phases: [Phase] = [], roles: [Role] = Role.defaultCatalogue,
        themes: [Theme] = [], vision: Vision? = nil, profile: [ProfileFact] = [], sources: [String] = []
    ) {
        self.title = title
        self.subtitle = subtitle
        self.language = language
        self.csvProfile = csvProfile
        self.currency = currency
        self.partners = partners
        self.phases = phases
        self.roles = roles
        self.themes = themes
        self.vision = vision
        self.profile = profile
        self.sources = sources
    }

    public func theme(_ id: ThemeID) -> Theme? { themes.first { $0.id == id } }
}

/// The language of an export: labels, number and date formats.
public enum Language: String, Sendable, CaseIterable, JSONEnum {
    case german = "de"
    case english = "en"
}

/// One of the partners that carry the process.
public struct Partner: Hashable, Sendable, Identifiable {
    public enum Kind: String, Sendable, CaseIterable, JSONEnum {
        case county, town, organisation
    }

    public var id: PartnerID
    public var name: String
    public var kind: Kind

    public init(id: PartnerID, name: String, kind: Kind) {
        self.id = id
        self.name = name
        self.kind = kind
    }
}

/// A phase of the process, e.g. initialisation, elaboration, adoption, implementation.
public struct Phase: Hashable, Sendable, Identifiable {
    public var id: PhaseID
    public var name: String
    public var summary: String?
    public var start: Day?
    public var end: Day?

    public init(id: PhaseID, name: String, summary: String? = nil, start: Day? = nil, end: Day? = nil) {
        self.id = id
        self.name = name
        self.summary = summary
        self.start = start
        self.end = end
    }
}

/// A theme (field of action) with its guiding image.
public struct Theme: Hashable, Sendable, Identifiable {
    public var id: ThemeID
    public var name: String
    /// The "Leitbild": where the theme should be in some years, in a sentence or two.
    public var guidingImage: String?

    public init(id: ThemeID, name: String, guidingImage: String? = nil) {
        self.id = id
        self.name = name
        self.guidingImage = guidingImage
    }
}
