/// An idea as it was read from a sheet, a list or a platform's export, before it gets an id
/// and its theme and workshop are looked up in the workspace.
///
/// Values are kept as written: `theme` may be a theme's id or its name, `workshop` a
/// workshop's id or title. `Workspace.addIdeas(_:defaultTheme:)` resolves them.
public struct IdeaDraft: Hashable, Sendable {
    /// The id asked for, if any; otherwise the next free `I-<n>` is given.
    public var id: String?
    public var title: String?
    /// A theme's id or name.
    public var theme: String?
    public var benefit: String?
    public var challenges: String?
    /// A workshop's id or title.
    public var workshop: String?
    public var origin: String?
    /// A sheet's "Workshop oder Herkunft": a workshop when it names one, otherwise the origin.
    public var workshopOrOrigin: String?
    public var submitter: String?

    public init(
        id: String? = nil, title: String? = nil, theme: String? = nil, benefit: String? = nil, challenges: String? = nil,
        workshop: String? = nil, origin: String? = nil, workshopOrOrigin: String? = nil, submitter: String? = nil
    ) {
        self.id = id
        self.title = title
        self.theme = theme
        self.benefit = benefit
        self.challenges = challenges
        self.workshop = workshop
        self.origin = origin
        self.workshopOrOrigin = workshopOrOrigin
        self.submitter = submitter
    }

    /// The names of the fields, as `Located.fields` keys and CSV columns.
    public enum Field: String, Sendable, CaseIterable {
        case id, title, theme, benefit, challenges, workshop, origin, submitter
    }
}
