import Foundation
import WorkshopKit

/// `workshop prioritise`: show the priority groups, record overrides.
enum PrioritiseCommand {
    static let command = Command(
        name: "prioritise",
        summary: "Show scores, spread, votes and priority groups; record an override of the rule.",
        usage: [
            "prioritise [WORKSPACE] [--format text|json]",
            "prioritise WORKSPACE --override PROJECT=GROUP --reason TEXT --by WHO [--date YYYY-MM-DD]",
            "prioritise WORKSPACE --clear-override PROJECT",
        ],
        discussion: """
            Scores every project from the rating log (weighted mean per criterion group; a project pools \
            the ratings of its ideas), shows the spread (standard deviation) of the raters, the votes, and \
            the priority group the rule in prioritisation.json gives; scores are compared as printed, to two \
            decimals. Then, per project, how stable its group is: the smallest change of one criterion weight \
            and of one threshold of the rule that moves it, and whether it can move when every weight varies by \
            ±20 %; and per criterion how far the raters agree (Krippendorff's alpha, ordinal). --override records a decision to put a project in another group, with the reason, who \
            decided and the day (default today); exports show both the rule's group and the decision. Without \
            --override, nothing is written and a missing WORKSPACE means the embedded example.
            """,
        options: [
            .value("format", "text|json", "text (default) or JSON."),
            .value("override", "PROJECT=GROUP", "Put PROJECT in GROUP regardless of the rule."),
            .value("reason", "TEXT", "Why (required with --override)."),
            .value("by", "WHO", "Who decided, e.g. AK (required with --override)."),
            .value("date", "YYYY-MM-DD", "When it was decided (default today)."),
            .value("clear-override", "PROJECT", "Remove a project's override."),
        ],
        examples: [
            "workshop prioritise",
            "workshop prioritise Workshops/my-process --format json",
            "workshop prioritise Workshops/my-process --override P6=2 --reason \"Querschnittsziel Teilhabe\" --by AK --date 2020-08-25",
        ],
        run: run)

    static func run(_ invocation: Invocation) throws(CLIError) {
        if invocation.arguments.has("override") || invocation.arguments.has("clear-override") {
            return try recordOverride(invocation)
        }
        let store = try invocation.workspaceStore(allowDefault: true)
        let evaluation = Evaluation(try invocation.loadWorkspace(store))
        if try invocation.wantsJSON {
            invocation.out(JSONWriter.text(json(evaluation)))
        } else {
            invocation.out(text(evaluation, style: invocation.style))
        }
    }

    static func recordOverride(_ invocation: Invocation) throws(CLIError) {
        let store = try invocation.workspaceStore(allowDefault: false)
        if let text = invocation.arguments.value("clear-override") {
            try invocation.transaction { () throws(WorkspaceError) in
                try store.change([.prioritisation]) { workspace throws(WorkspaceError) in
                    guard workspace.prioritisation.overrides.contains(where: { $0.project.rawValue == text }) else {
                        throw .refused("project '\(text)' has no override")
                    }
                    workspace.prioritisation.overrides.removeAll { $0.project.rawValue == text }
                }
            }
            invocation.out("updated \(store.path(.prioritisation))\n")
            return
        }
        let text = try invocation.required("override")
        let parts = text.split(separator: "=").map(String.init)
        guard parts.count == 2, let group = Int(parts[1]) else {
            throw .usage("--override '\(text)' must be PROJECT=GROUP, e.g. P6=2", command: "prioritise")
        }
        let project = ProjectID(parts[0])
        let reason = try invocation.required("reason")
        let decidedBy = try invocation.required("by")
        var date = try Clock(environment: invocation.environment).today
        if let given = try invocation.day("date") { date = given }
        // The rule's own group comes from the scores and votes, read before the change: an
        // override must change the group.
        let ruleGroup = Evaluation(try invocation.loadWorkspace(store)).priorities[project]?.ruleGroup
        try invocation.transaction { () throws(WorkspaceError) in
            try store.change([.prioritisation]) { workspace throws(WorkspaceError) in
                guard workspace.project(project) != nil else {
                    throw .refused(
                        "unknown project '\(parts[0])'; projects: \(workspace.projects.map(\.id.rawValue).sorted { NaturalOrder.precedes($0, $1) }.joined(separator: ", "))")
                }
                let groups = Set(workspace.prioritisation.rule.map(\.group))
                guard groups.contains(group) else {
                    throw .refused("group \(group) is not a group of the rule; groups: \(groups.sorted().map(String.init).joined(separator: ", "))")
                }
                if workspace.prioritisation.overrides.contains(where: { $0.project == project }) {
                    throw .refused("project \(project) has an override already; remove it first with --clear-override \(project)")
                }
                if ruleGroup == group {
                    throw .refused("the rule puts \(project) in group \(group) already; an override must change the group")
                }
                workspace.prioritisation.overrides.append(
                    PriorityOverride(project: project, group: group, reason: reason, decidedBy: decidedBy, date: date))
            }
        }
        invocation.out("updated \(store.path(.prioritisation))\n")
    }

    static func text(_ evaluation: Evaluation, style: Style) -> String {
        let workspace = evaluation.workspace
        let labels = Labels(workspace.process.language)
        let numbers = NumberStyle.terminal
        let list = evaluation.consolidatedList
        let scaleMaximum = workspace.criteria.map(\.scale.maximum).max() ?? 5
        let titleWidth = min(40, list.map(\.title.count).max() ?? 10)
        var text = ""
        for group in workspace.prioritisation.groups {
            let members = list.filter { evaluation.priorities[$0.id]?.group == group }
            guard !members.isEmpty else { continue }
            text += style.bold("\(labels.priorityGroup(group)) (\(members.count))") + "\n"
            for project in members {
                let score = evaluation.projectScores[project.id]
                let assignment = evaluation.priorities[project.id]
                func cell(_ name: String, _ group: GroupScore?) -> String {
                    guard let group else { return "\(name) –           " }
                    return "\(name) \(numbers.hundredths(group.hundredths)) ±\(numbers.hundredths(group.spreadHundredths))"
                        + (group.isPartial ? "*" : " ") + style.bar(group.hundredths, of: scaleMaximum * 100, width: 5)
                }
                var title = String(project.title.prefix(titleWidth)).rightPadded(titleWidth)
                if assignment?.isOverridden == true { title = style.yellow(title) }
                text += "  \(project.id.rawValue.rightPadded(5)) \(title)  \(cell("R", score?.relevance))  \(cell("P", score?.potential))  votes \(evaluation.projectVotes[project.id] ?? 0)"
                if let assignment, assignment.isOverridden, let override = assignment.override {
                    text += "  [rule: \(labels.priorityGroup(assignment.ruleGroup)); \(override.decidedBy) \(override.date): \(override.reason)]"
                }
                text += "\n"
            }
        }
        let context = ExportContext(evaluation: evaluation, numbers: .terminal)
        text += "rule: " + workspace.prioritisation.rule.map { "\(labels.priorityGroup($0.group)) ← \(context.ruleText($0))" }.joined(separator: "; ") + "\n"
        let rated = workspace.process.themes.filter { evaluation.themeScores[$0.id] != nil }
        if !rated.isEmpty {
            text += style.bold(labels.themeScoresTitle) + "\n"
            for theme in rated {
                let score = evaluation.themeScores[theme.id]
                text += "  \(String(theme.name.prefix(titleWidth + 6)).rightPadded(titleWidth + 6))  R \(context.scoreWithSpread(score?.relevance))  P \(context.scoreWithSpread(score?.potential))  raters \(score?.raters ?? 0)\n"
            }
        }
        text += "R relevance, P potential: weighted mean ± spread (standard deviation of the ratings), * not every criterion rated; votes: points from all votes\n"
        if evaluation.supersededRatings > 0 {
            text += "\(evaluation.supersededRatings) rating(s) corrected by a later one; the later counts\n"
        }
        return text + "\n" + stabilityText(context, style: style)
    }

    static func json(_ evaluation: Evaluation) -> JSON {
        let sensitivity = Sensitivity(evaluation)
        func score(_ group: GroupScore?) -> JSON? {
            group.map { g in
                .object([
                    "score": JSON(.number(Hundredths(hundredths: g.hundredths).fixed)),
                    "spread": JSON(.number(Hundredths(hundredths: g.spreadHundredths).fixed)),
                    "criteriaRated": .number(g.criteriaRated), "criteriaTotal": .number(g.criteriaTotal),
                ])
            }
        }
        return .object([
            "projects": .array(
                evaluation.consolidatedList.map { project in
                    let assignment = evaluation.priorities[project.id]
                    let itemScore = evaluation.projectScores[project.id]
                    return .object([
                        "project": project.id.json, "title": .string(project.title), "theme": project.theme.json,
                        "group": assignment.map { .number($0.group) }, "ruleGroup": assignment.map { .number($0.ruleGroup) },
                        "override": assignment?.isOverridden == true ? assignment?.override?.json : nil,
                        "relevance": score(itemScore?.relevance), "potential": score(itemScore?.potential),
                        "raters": .number(itemScore?.raters ?? 0), "votes": .number(evaluation.projectVotes[project.id] ?? 0),
                        "dontKnow": dontKnowJSON(itemScore), "comments": commentsJSON(evaluation, project),
                        "ideas": .array(project.ideas.map(\.json)),
                        "sensitivity": sensitivityJSON(sensitivity.projects[project.id]),
                    ])
                }),
            "themes": .array(
                evaluation.workspace.process.themes.compactMap { theme in
                    evaluation.themeScores[theme.id].map { themeScore in
                        .object([
                            "theme": theme.id.json, "name": .string(theme.name), "relevance": score(themeScore.relevance),
                            "potential": score(themeScore.potential), "raters": .number(themeScore.raters), "dontKnow": dontKnowJSON(themeScore),
                        ])
                    }
                }),
            "rule": evaluation.workspace.prioritisation.json,
            "agreement": agreementJSON(evaluation),
        ])
    }

    /// Per criterion, how many said "don't know": only criteria where someone did.
    static func dontKnowJSON(_ score: ItemScore?) -> JSON {
        JSON(.object((score?.dontKnow ?? [:]).sorted { $0.key < $1.key }.map { JSON.Member(key: $0.key.rawValue, value: .number($0.value)) }))
    }

    /// The raters' comments on a project and its ideas, by rater id.
    static func commentsJSON(_ evaluation: Evaluation, _ project: Project) -> JSON {
        .array(
            evaluation.workspace.ratings.comments(on: [ItemID(project.id)] + project.ideas.map { ItemID($0) }).map { comment in
                .object([
                    "rater": .string(comment.rater.rawValue), "item": .string(comment.item.rawValue),
                    "criteria": .array(comment.criteria.map { .string($0.rawValue) }), "text": .string(comment.text),
                ])
            })
    }
}
