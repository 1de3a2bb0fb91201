/// A post ("Stelle") that carries the implementation, such as the county's Smart Region coordination.
///
/// A post is vacant from `vacantFrom` until `vacantUntil` (the day it is filled again), both
/// inclusive; without `vacantFrom` it counts as filled.
public struct Post: Hashable, Sendable, Identifiable {
    public var id: PostID
    public var title: String
    /// The partner that employs it, if known.
    public var partner: PartnerID?
    /// The project it works for, if it is a project post.
    public var project: ProjectID?
    /// Its size in full-time equivalents (1 = a full post, 0.5 = half).
    public var fullTimeEquivalent: Hundredths?
    public var vacantFrom: Day?
    public var vacantUntil: Day?
    public var note: String?
    public var source: String?

    public init(
        id: PostID, title: String, partner: PartnerID? = nil, project: ProjectID? = nil,
        fullTimeEquivalent: Hundredths? = nil, vacantFrom: Day? = nil, vacantUntil: Day? = nil, note: String? = nil,
        source: String? = nil
    ) {
        self.id = id
        self.title = title
        self.partner = partner
        self.project = project
        self.fullTimeEquivalent = fullTimeEquivalent
        self.vacantFrom = vacantFrom
        self.vacantUntil = vacantUntil
        self.note = note
        self.source = source
    }

    /// Whether the post is vacant on `day`.
    public func isVacant(on day: Day) -> Bool {
        guard let vacantFrom, vacantFrom <= day else { return false }
        return vacantUntil.map { day <= $0 } ?? true
    }
}
