/// A dated note on how a project stands, as a status report ("Sachstandsbericht") gives it.
public struct StatusEntry: Hashable, Sendable {
    public var project: ProjectID
    public var date: Day
    public var state: ProjectState
    public var note: String
    public var source: String?

    public init(project: ProjectID, date: Day, state: ProjectState, note: String, source: String? = nil) {
        self.project = project
        self.date = date
        self.state = state
        self.note = note
        self.source = source
    }
}

/// Where a project stands.
public enum ProjectState: String, Sendable, CaseIterable, JSONEnum {
    case planned, running, paused, done, dropped
}
