/// A stakeholder role in the process, such as the mayors' conference that decides.
public struct Role: Hashable, Sendable, Identifiable {
    public var id: RoleID
    public var name: String
    /// What the role does in the process.
    public var responsibility: String

    public init(id: RoleID, name: String, responsibility: String) {
        self.id = id
        self.name = name
        self.responsibility = responsibility
    }

    /// The stakeholder roles of Coesfeld 12.0 (seed 004) in the given language: the default for a new process.
    public static func catalogue(_ language: Language) -> [Role] {
        language == .german ? defaultCatalogue : englishCatalogue
    }

    static let englishCatalogue: [Role] = [
        Role(id: "IZ", name: "All towns and the county", responsibility: "Main author and user of the result"),
        Role(id: "BMK", name: "Mayors' conference", responsibility: "Decides; main actors of the strategy"),
        Role(id: "PA", name: "Process consultants (research lab)", responsibility: "Strategy consulting; digitalisation processes"),
        Role(id: "PB", name: "Process office", responsibility: "Administrative steering of the process"),
        Role(id: "AK", name: "Working group", responsibility: "Sounding board; advice; multiplier of the results in the deciding bodies"),
        Role(id: "MO", name: "Moderator", responsibility: "Moderates the theme workshops"),
        Role(id: "TDG", name: "Theme digitalisation sponsor", responsibility: "Ideas and impulses"),
        Role(id: "ITE", name: "Regional theme partner", responsibility: "Content expert; enabler of later implementation"),
    ]

    /// The stakeholder roles of Coesfeld 12.0 (seed 004), in German as the seed names them.
    public static let defaultCatalogue: [Role] = [
        Role(
            id: "IZ", name: "Alle Städte und Gemeinden und der Kreis",
            responsibility: "Hauptautor und Nutzer des Ergebnisses"),
        Role(
            id: "BMK", name: "Bürgermeisterkonferenz",
            responsibility: "Entscheider; Hauptakteure der Strategieentwicklung"),
        Role(
            id: "PA", name: "Prozessbegleitung (Forschungslabor)",
            responsibility: "Strategieberatung; Digitalisierungsprozesse"),
        Role(
            id: "PB", name: "Prozessbüro",
            responsibility: "Administrative Begleitung des Strategieentwicklungsprozesses"),
        Role(
            id: "AK", name: "Arbeitskreis",
            responsibility: "Resonanzboden; Beratung; Multiplikator der Ergebnisse in den Entscheidungsgremien"),
        Role(id: "MO", name: "Moderation", responsibility: "Moderator der Themenworkshops"),
        Role(id: "TDG", name: "Themenspezifischer Digitalisierungspate", responsibility: "Ideen- und Impulsgeber"),
        Role(
            id: "ITE", name: "Regionaler Themenpartner",
            responsibility: "Inputgeber, Möglichmacher für nachfolgende Umsetzungen"),
    ]
}
