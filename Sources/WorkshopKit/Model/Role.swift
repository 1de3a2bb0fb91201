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

    /// The stakeholder roles of Coesfeld 12.0 (seed 004), the default for a new process.
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
