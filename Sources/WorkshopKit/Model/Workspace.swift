/// Everything recorded about one participation process: the definitions, and what the logs
/// hold that counts.
///
/// A workspace is a value. `WorkspaceStore` reads it (the logs stream into `ratings` and
/// `ballots`, which keep only what the methods need) and changes it in transactions;
/// `WorkspaceDecoder` checks it.
public struct Workspace: Sendable {
    /// The folder name, used for `Exports/<id>/`.
    public var id: ProcessID
    public var process: ParticipationProcess
    public var participants: [Participant]
    public var workshops: [Workshop]
    public var criteria: [Criterion]
    public var ideas: [Idea] { didSet { lookup = nil } }
    public var projects: [Project] { didSet { lookup = nil } }
    public var prioritisation: Prioritisation
    public var votes: [Vote]
    public var budget: [BudgetLine] { didSet { lookup = nil } }
    public var fundingCalls: [FundingCall]
    public var applications: [FundingApplication]
    public var status: [StatusEntry] { didSet { lookup = nil } }
    /// Due dates of projects and of the process, with the day each was done.
    public var milestones: [Milestone] { didSet { lookup = nil } }
    /// Decisions of councils, committees and the mayors' conference, with their papers.
    public var decisions: [Decision]
    /// The posts that carry the implementation, and when they were vacant.
    public var posts: [Post]
    /// The ratings that count (the latest per rater, item and criterion).
    public var ratings: RatingSet
    /// The ballots that count (voided ones left out), per vote.
    public var ballots: BallotSet
    /// A file's `"note"` (provenance, "illustrative data"), kept when the file is rewritten.
    public var notes: [WorkspaceFile: String]
    /// How far each file's data rest on the sources; a file not listed says nothing about it.
    public var provenance: [WorkspaceFile: Provenance]
    /// The ideas and projects by id and the project records by project, when built (`indexed()`).
    private var lookup: WorkspaceLookup?

    public init(
        id: ProcessID, process: ParticipationProcess, participants: [Participant] = [], workshops: [Workshop] = [],
        criteria: [Criterion] = [], ideas: [Idea] = [], projects: [Project] = [],
        prioritisation: Prioritisation = .standard, votes: [Vote] = [], budget: [BudgetLine] = [],
        fundingCalls: [FundingCall] = [], applications: [FundingApplication] = [], status: [StatusEntry] = [],
        milestones: [Milestone] = [], decisions: [Decision] = [], posts: [Post] = [],
        ratings: RatingSet = RatingSet(), ballots: BallotSet = BallotSet(), notes: [WorkspaceFile: String] = [:],
        provenance: [WorkspaceFile: Provenance] = [:]
    ) {
        self.id = id
        self.process = process
        self.participants = participants
        self.workshops = workshops
        self.criteria = criteria
        self.ideas = ideas
        self.projects = projects
        self.prioritisation = prioritisation
        self.votes = votes
        self.budget = budget
        self.fundingCalls = fundingCalls
        self.applications = applications
        self.status = status
        self.milestones = milestones
        self.decisions = decisions
        self.posts = posts
        self.ratings = ratings
        self.ballots = ballots
        self.notes = notes
        self.provenance = provenance
    }

    // MARK: Lookups

    /// The same workspace with its ideas and projects indexed by id and its budget lines,
    /// milestones and status entries by project, for a workspace that is read many times: the
    /// lookups below then cost O(1) (or the entries found) instead of a scan. The index is
    /// dropped when any of those arrays changes, and the lookups scan again.
    /// - Complexity: O(*n*) in the ideas, projects, budget lines, milestones and status entries.
    public func indexed() -> Workspace {
        var workspace = self
        workspace.lookup = WorkspaceLookup(self)
        return workspace
    }

    public func idea(_ id: IdeaID) -> Idea? {
        guard let lookup else { return ideas.first { $0.id == id } }
        return lookup.ideas[id].map { ideas[$0] }
    }

    public func project(_ id: ProjectID) -> Project? {
        guard let lookup else { return projects.first { $0.id == id } }
        return lookup.projects[id].map { projects[$0] }
    }

    /// The budget lines of a project, in file order.
    public func budgetLines(of project: ProjectID) -> [BudgetLine] {
        guard let lookup else { return budget.filter { $0.project == project } }
        return lookup.budget[project, default: []].map { budget[$0] }
    }

    /// The milestones of a project, in file order.
    public func milestones(of project: ProjectID) -> [Milestone] {
        guard let lookup else { return milestones.filter { $0.project == project } }
        return lookup.milestones[project, default: []].map { milestones[$0] }
    }

    /// The status entries of a project with their positions in `status`, in file order.
    public func statusEntries(of project: ProjectID) -> [(offset: Int, element: StatusEntry)] {
        guard let lookup else { return status.enumerated().filter { $0.element.project == project }.map { ($0.offset, $0.element) } }
        return lookup.status[project, default: []].map { ($0, status[$0]) }
    }

    public func workshop(_ id: WorkshopID) -> Workshop? { workshops.first { $0.id == id } }
    public func criterion(_ id: CriterionID) -> Criterion? { criteria.first { $0.id == id } }
    public func participant(_ id: ParticipantID) -> Participant? { participants.first { $0.id == id } }
    public func vote(_ id: VoteID) -> Vote? { votes.first { $0.id == id } }
    public func fundingCall(_ id: FundingCallID) -> FundingCall? { fundingCalls.first { $0.id == id } }
    public func application(_ id: ApplicationID) -> FundingApplication? { applications.first { $0.id == id } }
    public func milestone(_ id: MilestoneID) -> Milestone? { milestones.first { $0.id == id } }
    public func post(_ id: PostID) -> Post? { posts.first { $0.id == id } }
    public func partner(_ id: PartnerID) -> Partner? { process.partners.first { $0.id == id } }
}
