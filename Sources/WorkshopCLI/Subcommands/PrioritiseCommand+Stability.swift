import WorkshopKit

/// `workshop prioritise`: how stable the groups are and how far the raters agree.
extension PrioritiseCommand {
    /// Per project the smallest weight and threshold change and the band, then alpha per criterion.
    static func stabilityText(_ context: ExportContext, style: Style) -> String {
        let evaluation = context.evaluation
        let sensitivity = context.sensitivity
        let renderer = SensitivityRenderer(context)
        var text = style.bold("stability of the rule's groups") + " (smallest change of one weight, steps of 0.01, or of one threshold; "
        text += "band: every weight ±\(sensitivity.bandPercent) %)\n"
        let list = evaluation.consolidatedList.compactMap { sensitivity.projects[$0.id] }
        let idWidth = min(8, list.map(\.project.rawValue.count).max() ?? 3)
        let groupWidth = list.map { renderer.ruleGroup($0).count }.max() ?? 3
        for analysis in list {
            var band = renderer.band(analysis)
            if analysis.movesWithinBand { band = style.yellow(band) }
            text += "  \(analysis.project.rawValue.rightPadded(idWidth)) \(renderer.ruleGroup(analysis).rightPadded(groupWidth))"
            text += "  weight: \(analysis.smallestWeightChange.map(renderer.weightChange) ?? context.labels.noChangeMoves(context.numbers))"
            text += "  threshold: \(analysis.smallestThresholdChange.map(renderer.thresholdChange) ?? context.labels.none)"
            text += "  ±\(sensitivity.bandPercent) %: \(band)\n"
        }
        let moving = sensitivity.movingWithinBand(evaluation.consolidatedList).map(\.rawValue)
        text += "  " + (moving.isEmpty ? "no project changes group within the band" : "can change group within the band: \(moving.joined(separator: ", "))") + "\n"

        let criteria = evaluation.workspace.criteria
        guard !evaluation.agreement.isEmpty else { return text }
        text += style.bold("agreement") + " (Krippendorff's alpha, ordinal, over items rated twice or more; ≥ 0.800 reliable, ≥ 0.667 tentative)\n"
        let nameWidth = min(32, criteria.map(\.name.count).max() ?? 10)
        for criterion in criteria {
            let name = String(criterion.name.prefix(nameWidth)).rightPadded(nameWidth)
            guard let alpha = evaluation.agreement[criterion.id] else {
                text += "  \(name)     –  \(context.labels.notDefined)\n"
                continue
            }
            var reading = alpha.reliability.rawValue
            if alpha.reliability == .unreliable { reading = style.yellow(reading) }
            text += "  \(name) \(alpha.fixed.leftPadded(6))  \(reading) (\(alpha.pairableUnits) items, \(alpha.pairableValues) ratings)\n"
        }
        return text
    }

    /// The `sensitivity` member of a project in `--format json`.
    static func sensitivityJSON(_ analysis: ProjectSensitivity?) -> JSON? {
        guard let analysis else { return nil }
        func hundredths(_ value: Hundredths) -> JSON { JSON(.number(value.fixed)) }
        func weight(_ change: ProjectSensitivity.WeightChange) -> JSON {
            .object([
                "criterion": change.criterion.json, "from": hundredths(change.from), "to": hundredths(change.to),
                "percent": .number(change.percent), "group": .number(change.group),
            ])
        }
        func threshold(_ change: ProjectSensitivity.ThresholdChange) -> JSON {
            .object([
                "step": .number(change.step + 1), "measure": .string(change.measure.rawValue), "from": hundredths(change.from),
                "to": hundredths(change.to), "group": .number(change.group),
            ])
        }
        func range(_ range: ClosedRange<Int>?) -> JSON? {
            range.map { .object(["min": hundredths(Hundredths(hundredths: $0.lowerBound)), "max": hundredths(Hundredths(hundredths: $0.upperBound))]) }
        }
        return .object([
            "ruleGroup": .number(analysis.ruleGroup),
            "smallestWeightChange": analysis.smallestWeightChange.map(weight),
            "weightChanges": .array(analysis.weightChanges.map(weight)),
            "smallestThresholdChange": analysis.smallestThresholdChange.map(threshold),
            "thresholdChanges": .array(analysis.thresholdChanges.map(threshold)),
            "band": .object([
                "percent": .number(analysis.band.percent), "relevance": range(analysis.band.relevance),
                "potential": range(analysis.band.potential), "groups": .array(analysis.band.groups.map { .number($0) }),
                "canMove": .bool(analysis.movesWithinBand),
            ]),
        ])
    }

    /// The `agreement` member of `--format json`: one entry per criterion in catalogue order.
    static func agreementJSON(_ evaluation: Evaluation) -> JSON {
        .array(
            evaluation.workspace.criteria.map { criterion in
                let alpha = evaluation.agreement[criterion.id]
                return .object([
                    "criterion": criterion.id.json, "metric": .string(KrippendorffAlpha.Metric.ordinal.rawValue),
                    "alpha": alpha.map { JSON(.number($0.fixed)) } ?? .null,
                    "reliability": alpha.map { .string($0.reliability.rawValue) } ?? .null,
                    "pairableUnits": .number(alpha?.pairableUnits ?? 0), "pairableValues": .number(alpha?.pairableValues ?? 0),
                ])
            })
    }
}
