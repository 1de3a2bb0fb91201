/// A workshop: a session on a theme where ideas are collected, scored or voted on.
public struct Workshop: Hashable, Sendable, Identifiable {
    public var id: WorkshopID
    public var title: String
    /// The theme the workshop works on; `nil` for cross-theme sessions such as consolidation.
    public var theme: ThemeID?
    /// `nil` when the sources do not give the date.
    public var date: Day?
    /// `nil` when the sources do not say.
    public var format: WorkshopFormat?
    public var moderator: String?
    /// Number of participants; with `participants` listed it may not be smaller than the list.
    public var participantCount: Int?
    /// Registered participants, where known.
    public var participants: [ParticipantID]
    public var agenda: [String]
    public var notes: String?
    /// Where the facts come from ("SV-9-1809"), or "illustrative".
    public var source: String?

    public init(
        id: WorkshopID, title: String, theme: ThemeID? = nil, date: Day? = nil, format: WorkshopFormat? = nil,
        moderator: String? = nil, participantCount: Int? = nil, participants: [ParticipantID] = [],
        agenda: [String] = [], notes: String? = nil, source: String? = nil
    ) {
        self.id = id
        self.title = title
        self.theme = theme
        self.date = date
        self.format = format
        self.moderator = moderator
        self.participantCount = participantCount
        self.participants = participants
        self.agenda = agenda
        self.notes = notes
        self.source = source
    }

    /// The number of people who took part: the count given, or the length of the list.
    public var headcount: Int? { participantCount ?? (participants.isEmpty ? nil : participants.count) }
}

/// How a workshop was held.
public enum WorkshopFormat: String, Sendable, CaseIterable, JSONEnum {
    case presence, online, hybrid
}
