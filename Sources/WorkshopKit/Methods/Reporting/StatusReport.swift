/// What a status report ("Sachstandsbericht") covers for a period: what changed in it, and
/// how things stand at its end.
///
/// ```swift
/// let report = StatusReport(workspace, from: Day("2022-09-13")!, to: Day("2023-09-14")!)
/// print(report.lateMilestones.map(\.title), report.vacantPosts.map(\.title))
/// ```
public struct StatusReport: Sendable {
    /// The first and last day of the period, both included.
    public let from: Day
    public let to: Day
    /// Status entries dated in the period, by date, then in the order recorded.
    public let statusEntries: [StatusEntry]
    /// Milestones done in the period, by the day they were done.
    public let doneMilestones: [Milestone]
    /// Milestones overdue at the end of the period: due before it and not done by then.
    public let lateMilestones: [Milestone]
    /// Milestones not done and due after the end of the period, by due date.
    public let comingMilestones: [Milestone]
    /// Decisions taken in the period, by date.
    public let decisions: [Decision]
    /// Applications handed in during the period.
    public let submittedApplications: [FundingApplication]
    /// Posts vacant at the end of the period.
    public let vacantPosts: [Post]
    /// Each project with a status entry by the end of the period, with its latest one.
    public let projectStates: [(project: Project, entry: StatusEntry)]

    /// - Precondition: `from` is not after `to`.
    public init(_ workspace: Workspace, from: Day, to: Day) {
        precondition(from <= to, "a report's period must not end before it starts")
        self.from = from
        self.to = to
        let period = from...to
        statusEntries = workspace.status.enumerated().filter { period.contains($0.element.date) }
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        doneMilestones = workspace.milestones.filter { $0.done.map(period.contains) ?? false }
            .sorted { ($0.done ?? $0.due, $0.id) < ($1.done ?? $1.due, $1.id) }
        lateMilestones = workspace.milestones.filter { $0.isOverdue(on: to) }.sorted { ($0.due, $0.id) < ($1.due, $1.id) }
        comingMilestones = workspace.milestones.filter { $0.due > to && ($0.done.map { $0 > to } ?? true) }
            .sorted { ($0.due, $0.id) < ($1.due, $1.id) }
        decisions = workspace.decisions.filter { $0.date.map(period.contains) ?? false }
            .sorted { ($0.date ?? to, $0.id) < ($1.date ?? to, $1.id) }
        submittedApplications = workspace.applications.filter { $0.submitted.map(period.contains) ?? false }
        vacantPosts = workspace.posts.filter { $0.isVacant(on: to) }
        let latest = workspace.status.enumerated().filter { $0.element.date <= to }
            .reduce(into: [ProjectID: (offset: Int, element: StatusEntry)]()) { latest, entry in
                if let current = latest[entry.element.project], (current.element.date, current.offset) > (entry.element.date, entry.offset) { return }
                latest[entry.element.project] = entry
            }
        projectStates = workspace.projects.sorted { $0.id < $1.id }.compactMap { project in
            latest[project.id].map { (project, $0.element) }
        }
    }

    /// Whether nothing happened in the period and nothing stands out at its end.
    public var isEmpty: Bool {
        statusEntries.isEmpty && doneMilestones.isEmpty && lateMilestones.isEmpty && decisions.isEmpty
            && submittedApplications.isEmpty && vacantPosts.isEmpty
    }
}
