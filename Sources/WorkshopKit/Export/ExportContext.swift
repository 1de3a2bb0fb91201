/// What every renderer needs: the evaluation, and how to word and format it.
public struct ExportContext: Sendable {
    public let evaluation: Evaluation
    public let labels: Labels
    public let numbers: NumberStyle
    public let csv: CSVWriter
    /// How stable the priority groups are, computed once for every renderer.
    public let sensitivity: Sensitivity
    /// The state of the workspace every document names.
    public let stamp: ExportStamp
    /// Every vote's result as the exports show it, in votes.json's order.
    public let voteStandings: [VoteStanding]
    /// The raters' comments by item, for each project's brief.
    let commentIndex: RatingSet.CommentIndex

    /// - Parameters:
    ///   - csvProfile: the CSV profile, or the workspace's.
    ///   - numbers: the number style, or the workspace language's.
    ///   - stamp: the workspace's state; by default its dates only, without a hash of its files.
    public init(evaluation: Evaluation, csvProfile: CSVProfile? = nil, numbers: NumberStyle? = nil, stamp: ExportStamp? = nil) {
        self.evaluation = evaluation
        self.stamp = stamp ?? ExportStamp(evaluation)
        let language = evaluation.workspace.process.language
        labels = Labels(language)
        self.numbers = numbers ?? NumberStyle(language)
        csv = CSVWriter(profile: csvProfile ?? evaluation.workspace.process.csvProfile)
        sensitivity = Sensitivity(evaluation)
        voteStandings = evaluation.voteResults.map(VoteStanding.init)
        commentIndex = evaluation.workspace.ratings.commentIndex
    }

    public var workspace: Workspace { evaluation.workspace }
    public var process: ParticipationProcess { evaluation.workspace.process }

    // MARK: Wording

    public func themeName(_ id: ThemeID) -> String { process.theme(id)?.name ?? id.rawValue }

    public func date(_ day: Day) -> String { process.language == .german ? day.german : day.iso }

    /// "01.01.2019 – 31.12.2019", "ab 01.07.2021", "bis 31.12.2025", or "" when neither is known.
    public func span(_ start: Day?, _ end: Day?) -> String {
        switch (start, end) {
        case (let start?, let end?): "\(date(start)) – \(date(end))"
        case (let start?, nil): "\(labels.from) \(date(start))"
        case (nil, let end?): "\(labels.until) \(date(end))"
        case (nil, nil): ""
        }
    }

    public func money(_ amount: Money) -> String { numbers.money(amount, currency: process.currency) }

    /// `5,31 Mio. €`.
    public func millions(_ amount: Money) -> String { numbers.millions(amount, unit: labels.millionsUnit) }

    /// "Stand: 07.08.2023 · Arbeitsstand 3f9a1c2b7d04": the state every document names.
    public var stampLine: String { stampDateLine + (stamp.hash.map { " · \(labels.stampHash) \($0)" } ?? "") }

    /// "Stand: 07.08.2023", "As of 2023-08-07": the stamp's date alone, for running headers.
    public var stampDateLine: String { "\(labels.stampPrefix) " + (stamp.day.map(date) ?? labels.undated) }

    /// The first lines of a Markdown document: its title as the only first-level heading and the
    /// stamp below it, which `Scripts/pandoc/workshop.lua` makes the document's title and date.
    public func markdownTitle(_ title: String) -> String {
        "# \(MarkdownText.inline(title))\n\n\(MarkdownText.paragraph(stampLine))\n"
    }

    /// `3,85` or `–` when there is no score.
    public func score(_ group: GroupScore?) -> String { group.map { numbers.hundredths($0.hundredths) } ?? "–" }

    /// `3,85 ± 0,60`, with a mark when only some criteria were rated.
    public func scoreWithSpread(_ group: GroupScore?) -> String {
        guard let group else { return "–" }
        return numbers.plusMinus(group.hundredths, group.spreadHundredths) + (group.isPartial ? numbers.space + "*" : "")
    }

    /// "Relevanz ≥ 3,50 und Potenzial ≥ 3,00", or "alle übrigen Projekte".
    public func ruleText(_ step: PriorityStep) -> String {
        let parts = step.orderedMinimums.map { measure, minimum in
            "\(measureName(measure)) ≥ \(measure == .votes ? numbers.integer(minimum.value / 100) : numbers.hundredths(minimum.value))"
        }
        return parts.isEmpty ? labels.ruleOtherwise : parts.joined(separator: " \(labels.ruleAnd) ")
    }

    public func measureName(_ measure: PriorityStep.Measure) -> String {
        switch measure {
        case .relevance: labels.relevance
        case .potential: labels.potential
        case .votes: labels.votes
        }
    }

    /// The workshop an idea came from, as "Mobilität (19.02.2020, Präsenz)", or its origin.
    public func origin(of idea: Idea) -> String {
        if let id = idea.workshop, let workshop = workspace.workshop(id) {
            var details: [String] = []
            if let day = workshop.date { details.append(date(day)) }
            if let format = workshop.format { details.append(labels.workshopFormat(format)) }
            return workshop.title + (details.isEmpty ? "" : " (\(details.joined(separator: ", ")))")
        }
        return idea.origin ?? labels.notGiven
    }

    /// The title of a vote's option: the project's or the idea's, or "" when it is neither.
    public func optionTitle(_ item: ItemID) -> String {
        workspace.project(ProjectID(item.rawValue))?.title ?? workspace.idea(IdeaID(item.rawValue))?.title ?? ""
    }

    /// Relative link from the export folder's top to a project's brief.
    public func briefPath(_ project: ProjectID) -> String { "briefs/\(project.rawValue).md" }
}
