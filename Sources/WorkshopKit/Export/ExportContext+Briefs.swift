/// What a project's brief says, as plain values: the Markdown brief, the HTML report and the
/// committee paper print the same facts, assessment and status history.
extension ExportContext {
    /// The brief's facts as label and value: theme, priority and why, scores, votes, lead,
    /// partners, running time, latest status. Where the data come from is the provenance line's job.
    public func briefFacts(of project: Project) -> [(label: String, value: String)] {
        var facts: [(label: String, value: String)] = [(labels.theme, themeName(project.theme))]
        if let assignment = evaluation.priorities[project.id] { facts.append((labels.priority, priorityText(assignment))) }
        let score = evaluation.projectScores[project.id]
        facts.append((labels.relevance, scoreWithSpread(score?.relevance)))
        facts.append((labels.potential, scoreWithSpread(score?.potential)))
        facts.append((labels.votes, numbers.integer(evaluation.projectVotes[project.id] ?? 0)))
        facts.append((labels.lead, project.lead ?? labels.notGiven))
        facts.append((labels.partners, partnerNames(of: project)))
        let runningTime = span(project.start, project.end)
        if !runningTime.isEmpty { facts.append((labels.runningTime, runningTime)) }
        if let status = evaluation.latestStatus(of: project.id) {
            facts.append((labels.status, "\(labels.projectState(status.state)) (\(date(status.date)))"))
        }
        return facts
    }

    /// The project's partners by name, or "all partners" when it names none.
    public func partnerNames(of project: Project) -> String {
        let partners = project.partners.map { id in process.partners.first { $0.id == id }?.name ?? id.rawValue }
        return partners.isEmpty ? labels.allPartners : partners.joined(separator: ", ")
    }

    /// "Priorität I (Regel: Relevanz ≥ 3,50 und Potenzial ≥ 3,20)", or the override with its reason.
    public func priorityText(_ assignment: PriorityAssignment) -> String {
        var text = labels.priorityGroup(assignment.group)
        if assignment.isOverridden, let override = assignment.override {
            text += " (\(labels.override): \(labels.rule) → \(labels.priorityGroup(assignment.ruleGroup)); \(override.reason); "
                + "\(labels.decidedBy) \(override.decidedBy), \(date(override.date)))"
        } else if let index = assignment.ruleStep {
            text += " (\(labels.rule): \(ruleText(workspace.prioritisation.rule[index])))"
        }
        return text
    }

    /// A row of a brief's assessment table: a criterion, or a group's weighted result.
    public struct AssessmentRow: Sendable, Hashable {
        /// `nil` for a criterion; the group for its weighted result, which a table sets in bold.
        public var group: CriterionGroup?
        /// Criterion (or group), weight, count, mean, spread, min–max, and the "don't know"
        /// count when `showsDontKnow`.
        public var cells: [String]
    }

    /// Whether assessment tables have a "don't know" column: when any project has such an
    /// answer (a column of zeros only would be noise).
    public var showsDontKnow: Bool { evaluation.projectScores.values.contains { $0.dontKnowTotal > 0 } }

    /// The raters' comments on a project and the ideas merged into it, by rater id only.
    public func ratingComments(of project: Project) -> [RatingComment] {
        workspace.ratings.comments(on: [ItemID(project.id)] + project.ideas.map { ItemID($0) }, index: commentIndex)
    }

    /// One comment as a line: "AK-01 zu Wachstumspotenzial, Netzwerke: …".
    public func commentLine(_ comment: RatingComment) -> (source: String, text: String) {
        let names = comment.criteria.map { workspace.criterion($0)?.name ?? $0.rawValue }
        let idea = workspace.ratedItem(comment.item)?.kind == .idea ? comment.item.rawValue : nil
        return (labels.ratingCommentSource(rater: comment.rater.rawValue, criteria: names, item: idea), comment.text)
    }

    /// The assessment table of a rated project, per criterion group its criteria then the
    /// group's weighted score; empty when the project has no ratings.
    public func assessmentRows(of project: Project) -> [AssessmentRow] {
        guard let score = evaluation.projectScores[project.id], score.ratings + score.dontKnowTotal > 0 else { return [] }
        let dontKnow = showsDontKnow
        var rows: [AssessmentRow] = []
        for group in CriterionGroup.allCases {
            let criteria = workspace.criteria.filter { $0.group == group }
            guard !criteria.isEmpty else { continue }
            for criterion in criteria {
                let weight = criterion.weight.localised(numbers)
                let unknown = dontKnow ? [String(score.dontKnow[criterion.id] ?? 0)] : []
                guard let stats = score.criteria[criterion.id] else {
                    rows.append(AssessmentRow(group: nil, cells: [criterion.name, weight, "0", "–", "–", "–"] + unknown))
                    continue
                }
                let disputed = stats.isDisputed(on: criterion.scale) ? " (\(labels.disputed))" : ""
                rows.append(AssessmentRow(group: nil, cells: [
                    criterion.name, weight, String(stats.count), numbers.hundredths(stats.meanHundredths),
                    numbers.hundredths(stats.standardDeviationHundredths) + disputed, "\(stats.minimum)–\(stats.maximum)",
                ] + unknown))
            }
            let groupScore = score.group(group)
            rows.append(AssessmentRow(group: group, cells: [
                "\(labels.criterionGroup(group)) (\(labels.weighted))", "", "", self.score(groupScore),
                groupScore.map { numbers.hundredths($0.spreadHundredths) } ?? "–", "",
            ] + (dontKnow ? [""] : [])))
        }
        return rows
    }

    /// "Bewertende: 6, Bewertungen: 144".
    public func ratersLine(of project: Project) -> String {
        let score = evaluation.projectScores[project.id]
        return "\(labels.raters): \(score?.raters ?? 0), \(labels.ratings): \(score?.ratings ?? 0)"
    }

    /// A project's status entries, oldest first (by date, then file order).
    public func statusEntries(of project: ProjectID) -> [StatusEntry] {
        workspace.statusEntries(of: project)
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map(\.element)
    }

    /// "Förderung: Kreis Coesfeld – Raum für Zukunft (Modellprojekte Smart Cities), im Antrag als
    /// „Raum für nachhaltige Mobilität“", once per application bundling the project.
    public func fundingLines(of project: ProjectID) -> [String] {
        workspace.applications.compactMap { application in
            guard let item = application.items.first(where: { $0.project == project }) else { return nil }
            let call = workspace.fundingCall(application.call)
            return "\(labels.funding): \(application.title)" + (call.map { " (\($0.name))" } ?? "") + ", \(labels.bundledAs) „\(item.title)“"
        }
    }
}
