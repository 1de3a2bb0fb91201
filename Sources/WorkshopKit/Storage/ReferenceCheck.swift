/// The checks that span files: every id referred to exists, no id is used twice, scores lie
/// on their scale, ballots follow their vote's rules.
struct ReferenceCheck {
    let workspace: Workspace
    /// Files whose own errors make their lists incomplete: references into them are not checked.
    let unreliable: Set<WorkspaceFile>
    var diagnostics = Diagnostics()

    private let themes: Set<ThemeID>
    private let roles: Set<RoleID>
    private let partners: Set<PartnerID>
    private let participants: Set<ParticipantID>
    private let workshops: Set<WorkshopID>
    private let ideas: Set<IdeaID>
    private let projects: Set<ProjectID>
    private let items: Set<ItemID>
    /// What may be rated: ideas, projects and themes.
    private let ratedItems: Set<ItemID>

    init(workspace: Workspace, unreliable: Set<WorkspaceFile> = []) {
        self.workspace = workspace
        self.unreliable = unreliable
        themes = Set(workspace.process.themes.map(\.id))
        roles = Set(workspace.process.roles.map(\.id))
        partners = Set(workspace.process.partners.map(\.id))
        participants = Set(workspace.participants.map(\.id))
        workshops = Set(workspace.workshops.map(\.id))
        ideas = Set(workspace.ideas.map(\.id))
        projects = Set(workspace.projects.map(\.id))
        items = Set(workspace.ideas.map { ItemID($0.id) } + workspace.projects.map { ItemID($0.id) })
        ratedItems = items.union(workspace.process.themes.map { ItemID(rawValue: $0.id.rawValue) })
    }

    // MARK: Helpers

    /// Reports an id that is not among `known`, naming where the known ones are defined.
    /// Stays silent when a defining file has errors of its own (its list may be incomplete).
    private mutating func require<ID: Identifier>(
        _ id: ID, in known: Set<ID>, definedIn files: [WorkspaceFile], at location: SourceLocation, context: String
    ) {
        guard !known.contains(id), unreliable.isDisjoint(with: files) else { return }
        diagnostics.error(Self.unknown(id, among: known, definedIn: files, context: context), at: location)
    }

    /// The message for an id that is not among `known`: the closest known one, and where and
    /// which the known ones are.
    static func unknown<ID: Identifier>(_ id: ID, among known: Set<ID>, definedIn files: [WorkspaceFile], context: String) -> String {
        let definedIn = files.map(\.rawValue).joined(separator: " and ")
        let names = known.sorted().map(\.rawValue)
        return "\(context): unknown \(ID.noun) '\(id)'\(Suggestion.didYouMean(id.rawValue, among: names)); \(ID.pluralNoun) in \(definedIn): \(Suggestion.list(names))"
    }

    private mutating func requireUnique<T: Identifiable>(_ items: [Located<T>], noun: String) where T.ID: Identifier {
        var first: [T.ID: SourceLocation] = [:]
        for item in items {
            if let earlier = first[item.value.id] {
                diagnostics.error(
                    "duplicate \(noun) id '\(item.value.id)' (first defined at line \(earlier.line ?? 0)); ids must be unique",
                    at: item.at("id"))
            } else {
                first[item.value.id] = item.at("id")
            }
        }
    }

    private mutating func requireUnique<T: Identifiable>(_ items: [T], noun: String, at location: SourceLocation)
    where T.ID: Identifier {
        var seen = Set<T.ID>()
        for item in items where !seen.insert(item.id).inserted {
            diagnostics.error("duplicate \(noun) id '\(item.id)'; ids must be unique", at: location)
        }
    }

    // MARK: Files

    mutating func checkProcess(_ process: Located<ParticipationProcess>) {
        requireUnique(process.value.partners, noun: "partner", at: process.at("partners"))
        requireUnique(process.value.phases, noun: "phase", at: process.at("phases"))
        requireUnique(process.value.roles, noun: "role", at: process.at("roles"))
        requireUnique(process.value.themes, noun: "theme", at: process.at("themes"))
    }

    mutating func checkParticipants(_ list: [Located<Participant>]) {
        requireUnique(list, noun: "participant")
        for item in list {
            let participant = item.value
            let context = "participant \(participant.id)"
            require(participant.role, in: roles, definedIn: [.process], at: item.at("role"), context: context)
            if let partner = participant.partner {
                require(partner, in: partners, definedIn: [.process], at: item.at("partner"), context: context)
            }
        }
    }

    mutating func checkWorkshops(_ list: [Located<Workshop>]) {
        requireUnique(list, noun: "workshop")
        for item in list {
            let workshop = item.value
            let context = "workshop \(workshop.id)"
            if let theme = workshop.theme {
                require(theme, in: themes, definedIn: [.process], at: item.at("theme"), context: context)
            }
            for (index, participant) in workshop.participants.enumerated() {
                require(participant, in: participants, definedIn: [.participants], at: item.at("participants.\(index)"), context: context)
            }
        }
    }

    mutating func checkCriteria(_ list: [Located<Criterion>]) {
        requireUnique(list, noun: "criterion")
    }

    mutating func checkIdeas(_ list: [Located<Idea>]) {
        requireUnique(list, noun: "idea")
        for item in list {
            let idea = item.value
            let context = "idea \(idea.id)"
            require(idea.theme, in: themes, definedIn: [.process], at: item.at("theme"), context: context)
            if let workshop = idea.workshop {
                require(workshop, in: workshops, definedIn: [.workshops], at: item.at("workshop"), context: context)
            }
        }
    }

    mutating func checkProjects(_ list: [Located<Project>], ideas ideaList: [Located<Idea>]) {
        requireUnique(list, noun: "project")
        let ideaIDs = Set(ideaList.map { $0.value.id.rawValue })
        for item in list {
            let project = item.value
            let context = "project \(project.id)"
            if ideaIDs.contains(project.id.rawValue) {
                diagnostics.error(
                    "\(context): an idea has the same id; ideas and projects share one set of ids so ratings and votes can name either",
                    at: item.at("id"))
            }
            require(project.theme, in: themes, definedIn: [.process], at: item.at("theme"), context: context)
            var seen = Set<IdeaID>()
            for (index, idea) in project.ideas.enumerated() {
                require(idea, in: ideas, definedIn: [.ideas], at: item.at("ideas.\(index)"), context: context)
                if !seen.insert(idea).inserted {
                    diagnostics.error("\(context) lists idea \(idea) twice", at: item.at("ideas.\(index)"))
                }
            }
            for (index, partner) in project.partners.enumerated() {
                require(partner, in: partners, definedIn: [.process], at: item.at("partners.\(index)"), context: context)
            }
        }
        let merged = Set(list.flatMap(\.value.ideas))
        for item in ideaList where item.value.setAside != nil && merged.contains(item.value.id) {
            let into = list.filter { $0.value.ideas.contains(item.value.id) }.map(\.value.id.rawValue).joined(separator: ", ")
            diagnostics.error(
                "idea \(item.value.id) is set aside but merged into \(into); remove it from the project or drop \"setAside\"",
                at: item.at("setAside"))
        }
    }

    mutating func checkPrioritisation(_ located: Located<Prioritisation>) {
        let prioritisation = located.value
        let groups = Set(prioritisation.rule.map(\.group))
        var seen: [ProjectID: Int] = [:]
        for (offset, override) in prioritisation.overrides.enumerated() {
            let location = located.fields["overrides.\(offset)"] ?? located.location
            let context = "override of \(override.project)"
            require(override.project, in: projects, definedIn: [.projects], at: location, context: context)
            if !groups.contains(override.group) {
                diagnostics.error(
                    "\(context): group \(override.group) is not a group of the rule (\(groups.sorted().map(String.init).joined(separator: ", ")))",
                    at: location)
            }
            if let earlier = seen[override.project] {
                diagnostics.error(
                    "\(context): project \(override.project) is overridden twice (also override \(earlier + 1)); keep one decision per project",
                    at: location)
            }
            seen[override.project] = offset
        }
        if let id = prioritisation.vote {
            let location = located.fields["vote"] ?? located.location
            if let vote = workspace.vote(id) {
                if !vote.method.isPointsLike {
                    diagnostics.error(
                        "the rule counts the votes of \(id), a \(vote.method.name.rawValue) vote; its outcome is not points per project, so name a dots, cumulative, approval or budget vote",
                        at: location)
                }
            } else {
                require(id, in: Set(workspace.votes.map(\.id)), definedIn: [.votes], at: location, context: "prioritisation")
            }
        }
        for step in prioritisation.rule {
            for measure in step.orderedMinimums.map(\.measure) {
                let group: CriterionGroup? =
                    switch measure {
                    case .relevance: .relevance
                    case .potential: .potential
                    case .votes: nil
                    }
                if let group, !workspace.criteria.contains(where: { $0.group == group }) {
                    diagnostics.warning(
                        "the rule asks for \(measure.rawValue) in group \(step.group), but criteria.json has no \(group.rawValue) criteria, so no project can meet it",
                        at: located.location)
                }
            }
        }
    }

    mutating func checkVotes(_ list: [Located<Vote>]) {
        requireUnique(list, noun: "vote")
        for item in list {
            let vote = item.value
            let context = "vote \(vote.id)"
            if let workshop = vote.workshop {
                require(workshop, in: workshops, definedIn: [.workshops], at: item.at("workshop"), context: context)
            }
            for (index, option) in vote.options.enumerated() {
                require(option, in: items, definedIn: [.ideas, .projects], at: item.at("options.\(index)"), context: context)
            }
            if case .budget(_, let costs) = vote.method, costs.isEmpty, unreliable.isDisjoint(with: [.budget, .projects]) {
                let budgeted = Set(workspace.budget.map { ItemID($0.project) })
                let missing = vote.options.filter { !budgeted.contains($0) }
                if !missing.isEmpty {
                    diagnostics.error(
                        "\(context) takes its costs from budget.json, but \(missing.map(\.rawValue).joined(separator: ", ")) \(missing.count == 1 ? "has" : "have") no budget lines there; give the vote \"costs\" or add the lines",
                        at: item.at("options"))
                }
            }
        }
    }

    mutating func checkBudget(_ list: [Located<BudgetLine>]) {
        var total = 0
        for item in list {
            let (sum, overflow) = total.addingReportingOverflow(item.value.amount.cents)
            if overflow || sum > Money.totalLimit.cents {
                diagnostics.error(
                    "the budget lines add up to more than \(Money.totalLimit), more than the toolkit can add exactly; check the amounts",
                    at: item.at("amount"))
                break
            }
            total = sum
            require(item.value.project, in: projects, definedIn: [.projects], at: item.at("project"), context: "budget line")
        }
    }

    mutating func checkFunding(calls: [Located<FundingCall>], applications: [Located<FundingApplication>]) {
        requireUnique(calls, noun: "funding call")
        requireUnique(applications, noun: "application")
        let callIDs = Set(calls.map(\.value.id))
        for item in applications {
            let application = item.value
            let context = "application \(application.id)"
            require(application.call, in: callIDs, definedIn: [.funding], at: item.at("call"), context: context)
            for (index, bundled) in application.items.enumerated() {
                require(bundled.project, in: projects, definedIn: [.projects], at: item.at("items.\(index)"), context: context)
            }
            for weight in application.ownShareSplit?.weights ?? [] {
                require(weight.partner, in: partners, definedIn: [.process], at: item.at("ownShareSplit"), context: "\(context), own share split")
            }
            if let call = calls.first(where: { $0.value.id == application.call })?.value,
                let deadline = call.deadline, let submitted = application.submitted, submitted > deadline
            {
                diagnostics.warning(
                    "\(context) was submitted on \(submitted), after the deadline of \(call.name) (\(deadline))",
                    at: item.at("submitted"))
            }
        }
    }

    mutating func checkStatus(_ list: [Located<StatusEntry>]) {
        for item in list {
            require(item.value.project, in: projects, definedIn: [.projects], at: item.at("project"), context: "status entry")
        }
    }

    mutating func checkMilestones(_ list: [Located<Milestone>]) {
        requireUnique(list, noun: "milestone")
        for item in list {
            if let project = item.value.project {
                require(project, in: projects, definedIn: [.projects], at: item.at("project"), context: "milestone \(item.value.id)")
            }
        }
    }

    mutating func checkDecisions(_ list: [Located<Decision>]) {
        requireUnique(list, noun: "decision")
    }

    mutating func checkPosts(_ list: [Located<Post>]) {
        requireUnique(list, noun: "post")
        for item in list {
            let context = "post \(item.value.id)"
            if let partner = item.value.partner {
                require(partner, in: partners, definedIn: [.process], at: item.at("partner"), context: context)
            }
            if let project = item.value.project {
                require(project, in: projects, definedIn: [.projects], at: item.at("project"), context: context)
            }
        }
    }

    mutating func checkRatings(_ list: [Located<Rating>]) {
        let criteria = Dictionary(workspace.criteria.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for item in list {
            let rating = item.value
            require(rating.rater, in: participants, definedIn: [.participants], at: item.at("rater"), context: "rating")
            require(rating.item, in: ratedItems, definedIn: [.ideas, .projects, .process], at: item.at("item"), context: "rating")
            guard let criterion = criteria[rating.criterion] else {
                require(rating.criterion, in: Set(criteria.keys), definedIn: [.criteria], at: item.at("criterion"), context: "rating")
                continue
            }
            if let score = rating.score, !criterion.scale.contains(score) {
                diagnostics.error(
                    "score '\(score)' is outside \(criterion.scale.rangeDescription), the scale of criterion \(criterion.id)",
                    at: item.at("score"))
            }
            if rating.comment.contains(where: \.isNewline) {
                diagnostics.error("a comment is one line; write it without line breaks", at: item.at("comment"))
            }
        }
    }

    /// Checks ballots against their votes (voters as the vote names them, contents by its
    /// rules) and against each other (each ballot id and voter once per vote).
    /// - Parameter tokens: the token lists of token votes.
    mutating func checkBallots(_ list: [Located<Ballot>], tokens: [VoteID: TokenList] = [:]) {
        let votes = Dictionary(workspace.votes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let logContext = LogContext(workspace, tokens: tokens, unreliable: unreliable)
        var ballotLines: [VoteID: [BallotID: SourceLocation]] = [:]
        var voterLines: [VoteID: [VoterID: SourceLocation]] = [:]
        for item in list {
            let ballot = item.value
            guard let vote = votes[ballot.vote] else {
                require(ballot.vote, in: Set(votes.keys), definedIn: [.votes], at: item.at("vote"), context: "ballot \(ballot.id)")
                continue
            }
            let context = "ballot \(ballot.id) of vote \(vote.id)"
            if let earlier = ballotLines[vote.id]?[ballot.id] {
                diagnostics.error(
                    "\(context) was already recorded (\(earlier)); each ballot id is used once per vote", at: item.at("ballot"))
            }
            ballotLines[vote.id, default: [:]][ballot.id] = item.location
            switch (vote.voters, ballot.voter) {
            case (.anonymous, .some):
                diagnostics.error("\(context): the vote is anonymous, so a ballot names no voter; leave the voter empty", at: item.at("voter"))
            case (.named, nil), (.tokens, nil):
                let who = vote.voters == .named ? "a registered participant" : "a token of \(TokenList.path(for: vote.id))"
                diagnostics.error("\(context) names no voter; the vote's voters are \(who)", at: item.at("voter"))
            case (.named, .some(let voter)):
                require(ParticipantID(rawValue: voter.rawValue), in: participants, definedIn: [.participants], at: item.at("voter"), context: context)
            case (.tokens, .some(let voter)):
                if tokens[vote.id]?.contains(voter) != true {
                    diagnostics.error(
                        "\(context): voter \(voter) is not a token of this vote (\(TokenList.path(for: vote.id)))", at: item.at("voter"),
                        refusal: .notAToken(voter))
                }
            case (.anonymous, nil):
                break
            }
            if let voter = ballot.voter {
                if let earlier = voterLines[vote.id]?[voter] {
                    diagnostics.error(
                        "voter \(voter) already voted in \(vote.id) (\(earlier)); one ballot per voter", at: item.at("voter"), refusal: .alreadyVoted(voter))
                }
                voterLines[vote.id, default: [:]][voter] = item.location
            }
            for problem in BallotRules.problems(with: ballot.content, in: vote, costs: logContext.costs(of: vote)) {
                diagnostics.error("\(context): \(problem)", at: item.at("content"))
            }
        }
    }
}
