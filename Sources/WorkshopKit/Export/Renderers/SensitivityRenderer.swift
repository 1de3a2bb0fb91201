/// How stable the priority groups are: a section of the project list and `sensitivity.csv`.
public struct SensitivityRenderer: Sendable {
    public let context: ExportContext

    public init(_ context: ExportContext) {
        self.context = context
    }

    private var labels: Labels { context.labels }
    private var sensitivity: Sensitivity { context.sensitivity }

    /// The section for `project-list.md`: a table in the list's order and the projects that
    /// can move within the band.
    public func markdownSection() -> String {
        let rows = tableRows()
        guard !rows.isEmpty else { return "" }
        var output = "\n## \(MarkdownText.inline(labels.stabilityTitle))\n\n"
        output += MarkdownText.paragraph(intro) + "\n\n"
        var table = MarkdownTable(columns: zip(tableColumns, [5, 8, 30, 30, 10]).map { .init($0, width: $1) })
        for row in rows {
            table.rows.append(
                [.markdown("[\(MarkdownText.inline(row.project.rawValue))](\(context.briefPath(row.project)))")] + row.cells.map { .text($0) })
        }
        output += table.markdown + "\n"
        output += MarkdownText.paragraph(movingLine) + "\n"
        return output
    }

    /// What the table shows, with the band: "Je Projekt die kleinste Änderung …".
    public var intro: String { labels.stabilityIntro(bandPercent: sensitivity.bandPercent) }

    /// The table's column titles: Nr., Regel, smallest weight change, smallest threshold change, band.
    public var tableColumns: [String] {
        [labels.projectNumber, labels.rule, labels.smallestWeightChange, labels.smallestThresholdChange, labels.weightBand(sensitivity.bandPercent)]
    }

    /// The table's rows in the project list's order: each project and its cells after the
    /// Nr. column. What `project-list.md` and the committee documents show.
    public func tableRows() -> [(project: ProjectID, cells: [String])] {
        context.evaluation.consolidatedList.compactMap { project in
            guard let analysis = sensitivity.projects[project.id] else { return nil }
            return (project.id, [
                ruleGroup(analysis),
                analysis.smallestWeightChange.map(weightChange) ?? labels.noChangeMoves(context.numbers),
                analysis.smallestThresholdChange.map(thresholdChange) ?? labels.none,
                band(analysis),
            ])
        }
    }

    /// "Bei ±20 % Gewichtsschwankung können die Gruppe wechseln: P13, P7."
    public var movingLine: String {
        labels.movingWithinBand(sensitivity.movingWithinBand(context.evaluation.consolidatedList).map(\.rawValue), percent: sensitivity.bandPercent)
    }

    /// "Personal 1 → 12,74 (+1.174 %) → II".
    public func weightChange(_ change: ProjectSensitivity.WeightChange) -> String {
        let name = context.workspace.criterion(change.criterion)?.name ?? change.criterion.rawValue
        let sign = change.percent < 0 ? "−" : "+"
        return "\(name) \(weight(change.from)) → \(weight(change.to)) (\(sign)\(context.numbers.integer(abs(change.percent)))\(context.numbers.space)%) → \(Labels.roman(change.group))"
    }

    /// "I: Relevanz ≥ 3,50 → 3,73 → II".
    public func thresholdChange(_ change: ProjectSensitivity.ThresholdChange) -> String {
        let rule = context.workspace.prioritisation.rule
        let stepGroup = change.step < rule.count ? Labels.roman(rule[change.step].group) + ": " : ""
        return "\(stepGroup)\(context.measureName(change.measure)) ≥ \(threshold(change.from, change.measure)) → \(threshold(change.to, change.measure)) → \(Labels.roman(change.group))"
    }

    /// "III", or "III (Abweichung: II)" when an override set another group.
    public func ruleGroup(_ analysis: ProjectSensitivity) -> String {
        let group = Labels.roman(analysis.ruleGroup)
        guard let assignment = context.evaluation.priorities[analysis.project], assignment.isOverridden else { return group }
        return "\(group) (\(labels.override): \(Labels.roman(assignment.group)))"
    }

    /// "bleibt" or "II oder III".
    public func band(_ analysis: ProjectSensitivity) -> String {
        analysis.movesWithinBand ? labels.groupAlternatives(analysis.band.groups) : labels.staysInGroup
    }

    private func weight(_ value: Hundredths) -> String {
        value.description.replacingBytes(of: ".", with: context.numbers.decimalSeparator)
    }

    private func threshold(_ value: Hundredths, _ measure: PriorityStep.Measure) -> String {
        measure == .votes ? context.numbers.integer(value.value / 100) : context.numbers.hundredths(value.value)
    }

    /// The CSV column names, in the workspace's language.
    public var csvHeader: [String] {
        switch context.process.language {
        case .german:
            [
                "Nr.", "Projekt", "Regel ergibt", "Relevanz", "Potenzial", "Kriterium", "Gewicht", "Gewicht neu",
                "Gewicht Änderung %", "Gruppe nach Gewicht", "Schwelle", "Schwelle bisher", "Schwelle neu",
                "Gruppe nach Schwelle", "Relevanz min ±\(sensitivity.bandPercent) %", "Relevanz max ±\(sensitivity.bandPercent) %",
                "Potenzial min ±\(sensitivity.bandPercent) %", "Potenzial max ±\(sensitivity.bandPercent) %",
                "Gruppen ±\(sensitivity.bandPercent) %", "Wechsel möglich",
            ]
        case .english:
            [
                "project", "title", "rule_group", "relevance", "potential", "weight_criterion", "weight", "new_weight",
                "weight_change_percent", "group_after_weight", "threshold", "threshold_value", "new_threshold",
                "group_after_threshold", "band_relevance_min", "band_relevance_max", "band_potential_min",
                "band_potential_max", "band_groups", "can_move",
            ]
        }
    }

    /// One row per project in the order of the project list: the smallest weight change, the
    /// smallest threshold change on a score, and the band.
    public func csv() -> String { context.csv.document(header: csvHeader, rows: rows()) }

    /// The rows of `csv()` in `csvHeader`'s columns: what the CSV and the workbook's sheet
    /// Stabilität hold.
    public func rows() -> [[CSVCell]] {
        var rows: [[CSVCell]] = []
        for project in context.evaluation.consolidatedList {
            guard let analysis = sensitivity.projects[project.id] else { continue }
            let score = context.evaluation.projectScores[project.id]
            let weight = analysis.smallestWeightChange
            let threshold = analysis.smallestThresholdChange
            let rule = context.workspace.prioritisation.rule
            func bound(_ range: ClosedRange<Int>?, _ upper: Bool) -> CSVCell {
                range.map { .decimal(upper ? $0.upperBound : $0.lowerBound, places: 2) } ?? .empty
            }
            rows.append([
                .text(project.id.rawValue), .text(project.title), .integer(analysis.ruleGroup),
                score?.relevance.map { .decimal($0.hundredths, places: 2) } ?? .empty,
                score?.potential.map { .decimal($0.hundredths, places: 2) } ?? .empty,
                weight.map { .text(context.workspace.criterion($0.criterion)?.name ?? $0.criterion.rawValue) } ?? .empty,
                weight.map { .decimal($0.from.value, places: 2) } ?? .empty,
                weight.map { .decimal($0.to.value, places: 2) } ?? .empty,
                weight.map { .integer($0.percent) } ?? .empty,
                weight.map { .integer($0.group) } ?? .empty,
                threshold.map { change in
                    .text(
                        (change.step < rule.count ? labels.priorityGroup(rule[change.step].group) + ": " : "")
                            + context.measureName(change.measure))
                } ?? .empty,
                threshold.map { .decimal($0.from.value, places: 2) } ?? .empty,
                threshold.map { .decimal($0.to.value, places: 2) } ?? .empty,
                threshold.map { .integer($0.group) } ?? .empty,
                bound(analysis.band.relevance, false), bound(analysis.band.relevance, true),
                bound(analysis.band.potential, false), bound(analysis.band.potential, true),
                .text(labels.groupAlternatives(analysis.band.groups)),
                .text(analysis.movesWithinBand ? labels.yes : labels.answerNo),
            ])
        }
        return rows
    }
}
