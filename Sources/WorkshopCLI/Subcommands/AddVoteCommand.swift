import WorkshopKit

/// `workshop add-vote`: define a vote in votes.json, with its method's limits and its options.
enum AddVoteCommand {
    static let command = Command(
        name: "add-vote",
        summary: "Define a vote: method and limits, options, counting rule, who votes.",
        usage: [
            "add-vote WORKSPACE --id ID --title TITLE --method METHOD [LIMITS] (--option ID ... | --all-projects | --ideas-of THEME) [--rule RULE] [--voters named|tokens|anonymous] [--timestamps none|day|minute|second] [--workshop ID] [--replace]"
        ],
        discussion: """
            Adds a vote to votes.json, checked as votes.json is: the method's limits, the rule against the \
            method, the options known. METHOD and its limits: dots (--dots N, --max-per-option M), cumulative \
            (--points N, --max-per-option M, --use-all-points), approval (--min-approvals N, --max-approvals N), \
            score (--min-score N, --max-score N), ranked (--ranking-length N, --ties), budget (--budget AMOUNT, \
            --cost ID=AMOUNT for every option, or none: then each project costs what its lines in budget.json \
            add up to). The options are given one by one (--option, in ballot order), all projects of \
            projects.json (--all-projects) or the ideas of a theme that were not set aside (--ideas-of). \
            --replace replaces a vote of the same id as long as no ballot has opened it: once the first \
            ballot is recorded, its definition is frozen in the ballot log and only its title may change; \
            define the change as a new vote.
            """,
        options: [
            .value("id", "ID", "Short id, e.g. punkte-2027-03."),
            .value("title", "TITLE", "Title shown on ballots and in results."),
            .value("method", "METHOD", "dots, cumulative, approval, score, ranked or budget."),
            .value("dots", "N", "dots: dots per voter."),
            .value("points", "N", "cumulative: points per voter."),
            .value("max-per-option", "M", "dots and cumulative: at most M on one option."),
            .flag("use-all-points", "cumulative: a ballot must give away every point."),
            .value("min-approvals", "N", "approval: at least N options marked."),
            .value("max-approvals", "N", "approval: at most N options marked."),
            .value("min-score", "N", "score: the lowest score."),
            .value("max-score", "N", "score: the highest score."),
            .value("ranking-length", "N", "ranked: at most N options ranked (default: all)."),
            .flag("ties", "ranked: ballots may rank options equal (P1=P7)."),
            .value("budget", "AMOUNT", "budget: the amount to spend, e.g. 500000."),
            .repeated("cost", "ID=AMOUNT", "budget: an option's cost; give all or none."),
            .repeated("option", "ID", "An idea or project on the ballot; repeatable, in ballot order."),
            .flag("all-projects", "Every project of projects.json."),
            .value("ideas-of", "THEME", "Every idea of the theme that was not set aside."),
            .value("rule", "RULE", "The counting rule (default: the method's own tally)."),
            .value("voters", "MODE", "named (default: participant ids), tokens (tokens/<vote>.txt) or anonymous."),
            .value("timestamps", "PRECISION", "none, day, minute or second (default: second for named, day otherwise)."),
            .value("workshop", "ID", "The workshop the vote is held in."),
            .value("source", "TEXT", "Where the vote is documented."),
            .flag("replace", "Replace a vote of the same id that has no ballots yet."),
        ],
        examples: [
            "workshop add-vote Workshops/my-process --id punkte --title \"Punktabfrage\" --method dots --dots 5 --max-per-option 2 --all-projects",
            "workshop add-vote Workshops/my-process --id rangfolge --title \"Rangfolge\" --method ranked --ties --rule schulze --voters tokens --option P3 --option P1 --option P7",
            "workshop add-vote Workshops/my-process --id ideen-mobil --title \"Ideen Mobilität\" --method approval --max-approvals 3 --ideas-of mobilitaet --voters anonymous",
            "workshop add-vote Workshops/my-process --id buergerbudget --title \"Bürgerbudget\" --method budget --budget 500000 --rule mes-complete --all-projects",
        ],
        run: run)

    static func run(_ invocation: Invocation) throws(CLIError) {
        let store = try invocation.workspaceStore(allowDefault: false)
        let id = try invocation.identifier("id", as: VoteID.self)
        let methodName = try invocation.require("method") { name throws(CLIError) in try invocation.choice(name, as: VotingMethod.Name.self) }
        let method = try self.method(methodName, invocation)
        let rule = try invocation.choice("rule", as: RuleName.self)
        if let rule, !rule.counts(method) {
            throw .usage("--rule \(rule.rawValue) counts \(rule.needs); this vote's method is \(methodName.rawValue)", command: command.name)
        }
        let sources = [invocation.arguments.has("option"), invocation.arguments.flag("all-projects"), invocation.arguments.has("ideas-of")]
        guard sources.filter({ $0 }).count == 1 else {
            throw .usage("name the options one way: --option ID (repeatable), --all-projects or --ideas-of THEME", command: command.name)
        }
        let options: VoteOptions
        if invocation.arguments.flag("all-projects") {
            options = .allProjects
        } else if let theme = try invocation.optionalIdentifier("ideas-of", as: ThemeID.self) {
            options = .ideas(of: theme)
        } else {
            var items: [ItemID] = []
            for text in invocation.arguments.all("option") {
                switch ItemID.validated(text) {
                case .success(let item): items.append(item)
                case .failure(let error): throw .usage("--option: \(error.message)", command: command.name)
                }
            }
            options = .given(items)
        }
        let vote = Vote(
            id: id, title: try invocation.required("title"), workshop: try invocation.optionalIdentifier("workshop", as: WorkshopID.self),
            method: method, options: [], rule: rule, voters: try invocation.choice("voters", as: VoterMode.self) ?? .named,
            timestamps: try invocation.choice("timestamps", as: TimestampPrecision.self), source: try invocation.text("source"))
        let replacing = invocation.arguments.flag("replace")
        let defined = try invocation.transaction { () throws(WorkspaceError) in try store.define(vote, options: options, replacing: replacing) }
        invocation.out(
            "\(replacing ? "defined" : "added") vote \(id) (\(methodName.rawValue), \(defined.options.count) options) in \(store.path(.votes))\n")
    }

    /// The options each method takes, to refuse limits given for another method.
    static let limits: [VotingMethod.Name: Set<String>] = [
        .dots: ["dots", "max-per-option"], .cumulative: ["points", "max-per-option", "use-all-points"],
        .approval: ["min-approvals", "max-approvals"], .score: ["min-score", "max-score"], .ranked: ["ranking-length", "ties"],
        .budget: ["budget", "cost"],
    ]

    /// The method with its limits from the options.
    static func method(_ name: VotingMethod.Name, _ invocation: Invocation) throws(CLIError) -> VotingMethod {
        let own = limits[name] ?? []
        for other in Set(limits.values.flatMap { $0 }).subtracting(own).sorted() where invocation.arguments.has(other) {
            let owners = VotingMethod.Name.allCases.filter { limits[$0]?.contains(other) ?? false }.map(\.rawValue)
            throw .usage("--\(other) belongs to \(owners.joined(separator: " and ")) votes, not \(name.rawValue)", command: command.name)
        }
        let count = 1...1_000_000
        switch name {
        case .dots:
            return .dots(perVoter: try invocation.require("dots") { o throws(CLIError) in try invocation.integer(o, range: count) },
                perOption: try invocation.integer("max-per-option", range: count))
        case .cumulative:
            return .cumulative(
                points: try invocation.require("points") { o throws(CLIError) in try invocation.integer(o, range: count) },
                perOption: try invocation.integer("max-per-option", range: count), useAll: invocation.arguments.flag("use-all-points"))
        case .approval:
            return .approval(minimum: try invocation.integer("min-approvals", range: 0...1_000_000), maximum: try invocation.integer("max-approvals", range: count))
        case .score:
            let range = -1_000_000...1_000_000
            return .score(
                minimum: try invocation.require("min-score") { o throws(CLIError) in try invocation.integer(o, range: range) },
                maximum: try invocation.require("max-score") { o throws(CLIError) in try invocation.integer(o, range: range) })
        case .ranked:
            return .ranked(length: try invocation.integer("ranking-length", range: count), ties: invocation.arguments.flag("ties"))
        case .budget:
            let limit = try invocation.require("budget") { o throws(CLIError) in try invocation.money(o) }
            var costs: [ItemID: Money] = [:]
            for text in invocation.arguments.all("cost") {
                let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, case .success(let item) = ItemID.validated(parts[0]), let cost = Money(parts[1]), cost.cents >= 0 else {
                    throw .usage("--cost '\(text)' is not ID=AMOUNT; write e.g. P3=35200.50", command: command.name)
                }
                if costs[item] != nil { throw .usage("--cost gives \(item) twice", command: command.name) }
                costs[item] = cost
            }
            return .budget(limit: limit, costs: costs)
        }
    }
}
