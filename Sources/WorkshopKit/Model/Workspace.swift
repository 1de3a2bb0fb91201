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
    public var ideas: [Idea]
    public var projects: [Project]
    public var prioritisation: Prioritisation
    public var votes: [Vote]
    public var budget: [BudgetLine]
    public var fundingCalls: [FundingCall]
    public var applications: [FundingApplication]
    public var status: [StatusEntry]
    /// Due dates of projects and of the process, with the day each was done.
    public var milestones: [Milestone]
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

    public func idea(_ id: IdeaID) -> Idea? { ideas.first { $0.id == id } }
    public func project(_ id: ProjectID) -> Project? { projects.first { $0.id == id } }
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
