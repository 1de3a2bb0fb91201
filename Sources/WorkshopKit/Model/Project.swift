/// A project of the consolidated project list, with what its brief ("Steckbrief") says.
///
/// A project is made from one or more ideas; `ideas` keeps that trace, so every project
/// can be followed back to the idea sheets and workshops it came from.
public struct Project: Hashable, Sendable, Identifiable {
    public var id: ProjectID
    public var title: String
    public var theme: ThemeID
    /// One line saying what the project does.
    public var summary: String?
    /// What the project is to achieve.
    public var goal: String?
    /// How it is to be done: steps, scope.
    public var description: String?
    /// The idea sheets merged into this project.
    public var ideas: [IdeaID]
    /// The person or office responsible ("Kümmerer").
    public var lead: String?
    /// The partners taking part; empty means all.
    public var partners: [PartnerID]
    public var start: Day?
    public var end: Day?
    public var source: String?

    public init(
        id: ProjectID, title: String, theme: ThemeID, summary: String? = nil, goal: String? = nil,
        description: String? = nil, ideas: [IdeaID] = [], lead: String? = nil, partners: [PartnerID] = [],
        start: Day? = nil, end: Day? = nil, source: String? = nil
    ) {
        self.id = id
        self.title = title
        self.theme = theme
        self.summary = summary
        self.goal = goal
        self.description = description
        self.ideas = ideas
        self.lead = lead
        self.partners = partners
        self.start = start
        self.end = end
        self.source = source
    }
}
