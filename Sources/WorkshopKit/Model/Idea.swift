/// An idea sheet ("Entwurf"): one idea as a workshop wrote it down.
public struct Idea: Hashable, Sendable, Identifiable {
    public var id: IdeaID
    public var title: String
    public var theme: ThemeID
    /// "Zentraler Nutzen der Idee": what the idea is good for.
    public var benefit: String?
    /// "Vermutete Herausforderungen und Schwierigkeiten": what may stand in its way.
    public var challenges: String?
    /// The workshop the idea came from, if any.
    public var workshop: WorkshopID?
    /// Where the idea came from when not from a workshop ("Bestandsaufnahme", "online form").
    public var origin: String?
    /// Who handed the idea in (a participant id or a free name), if recorded.
    public var submitter: String?
    /// Why the idea was not taken into any project; `nil` while it is open or consolidated.
    public var setAside: String?
    public var source: String?

    public init(
        id: IdeaID, title: String, theme: ThemeID, benefit: String? = nil, challenges: String? = nil,
        workshop: WorkshopID? = nil, origin: String? = nil, submitter: String? = nil, setAside: String? = nil,
        source: String? = nil
    ) {
        self.id = id
        self.title = title
        self.theme = theme
        self.benefit = benefit
        self.challenges = challenges
        self.workshop = workshop
        self.origin = origin
        self.submitter = submitter
        self.setAside = setAside
        self.source = source
    }
}
