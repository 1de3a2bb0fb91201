/// How far the panel agrees per criterion (Krippendorff's alpha): a section of the project list.
public struct AgreementRenderer: Sendable {
    public let context: ExportContext

    public init(_ context: ExportContext) {
        self.context = context
    }

    private var labels: Labels { context.labels }

    /// `0,815`, or `nil` where alpha is not defined.
    public func alpha(_ criterion: CriterionID) -> String? {
        context.evaluation.agreement[criterion].map {
            DecimalLiteral.format($0.thousandths, places: 3, decimalSeparator: context.numbers.decimalSeparator)
        }
    }

    /// The section for `project-list.md`: one row per criterion in catalogue order; empty when
    /// nothing was rated.
    public func markdownSection() -> String {
        let criteria = context.workspace.criteria
        guard !criteria.isEmpty, !context.evaluation.agreement.isEmpty else { return "" }
        var output = "\n## \(MarkdownText.inline(labels.agreementTitle))\n\n"
        output += MarkdownText.paragraph(labels.agreementIntro) + "\n\n"
        var table = MarkdownTable(columns: [
            .init(labels.criterion, width: 24),
            .init(labels.criterionGroupHeading, width: 10),
            .init(labels.alpha, .right, width: 8),
            .init(labels.pairableUnits, .right, width: 8),
            .init(labels.ratings, .right, width: 8),
            .init(labels.reading, width: 16),
        ])
        for criterion in criteria {
            let agreement = context.evaluation.agreement[criterion.id]
            table.rows.append([
                .text(criterion.name),
                .text(labels.criterionGroup(criterion.group)),
                .text(alpha(criterion.id) ?? "–"),
                .text(agreement.map { context.numbers.integer($0.pairableUnits) } ?? "–"),
                .text(agreement.map { context.numbers.integer($0.pairableValues) } ?? "–"),
                .text(agreement.map { labels.reliability($0.reliability) } ?? labels.notDefined),
            ])
        }
        return output + table.markdown
    }
}
