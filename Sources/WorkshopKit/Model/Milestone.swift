/// A step with a due date: of one project, or of the process as a whole.
///
/// A milestone is late on a day when its due date has passed and it was not done by then.
public struct Milestone: Hashable, Sendable, Identifiable {
    public var id: MilestoneID
    public var title: String
    /// The project it belongs to; `nil` for a milestone of the whole process.
    public var project: ProjectID?
    /// The last day it is due (until 24:00).
    public var due: Day
    /// The day it was done, once it is.
    public var done: Day?
    public var note: String?
    public var source: String?

    public init(
        id: MilestoneID, title: String, project: ProjectID? = nil, due: Day, done: Day? = nil, note: String? = nil,
        source: String? = nil
    ) {
        self.id = id
        self.title = title
        self.project = project
        self.due = due
        self.done = done
        self.note = note
        self.source = source
    }

    /// Whether the milestone is overdue on `day`: due before it and not done by then.
    public func isOverdue(on day: Day) -> Bool {
        guard due < day else { return false }
        guard let done else { return true }
        return done > day
    }

    /// Whether it was done after its due date.
    public var wasDoneLate: Bool { done.map { $0 > due } ?? false }
}
