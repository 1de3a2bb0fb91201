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
        let rows = tableRows()
        guard !rows.isEmpty else { return "" }
        var output = "\n## \(MarkdownText.inline(labels.agreementTitle))\n\n"
        output += MarkdownText.paragraph(labels.agreementIntro) + "\n\n"
        var table = MarkdownTable(columns: zip(tableColumns, [24, 10, 8, 8, 8, 16]).map { column, width in
            .init(column.title, column.isNumber ? .right : .left, width: width)
        })
        table.rows = rows.map { $0.map { .text($0) } }
        return output + table.markdown
    }

    /// The table's columns: criterion, group, alpha, units rated more than once, ratings,
    /// reading; `isNumber` for those aligned right.
    public var tableColumns: [(title: String, isNumber: Bool)] {
        [
            (labels.criterion, false), (labels.criterionGroupHeading, false), (labels.alpha, true), (labels.pairableUnits, true),
            (labels.ratings, true), (labels.reading, false),
        ]
    }

    /// One row per criterion in catalogue order, in `tableColumns`' columns; none when nothing
    /// was rated. What `project-list.md` and the committee documents show.
    public func tableRows() -> [[String]] {
        let criteria = context.workspace.criteria
        guard !criteria.isEmpty, !context.evaluation.agreement.isEmpty else { return [] }
        return criteria.map { criterion in
            let agreement = context.evaluation.agreement[criterion.id]
            return [
                criterion.name,
                labels.criterionGroup(criterion.group),
                alpha(criterion.id) ?? "–",
                agreement.map { context.numbers.integer($0.pairableUnits) } ?? "–",
                agreement.map { context.numbers.integer($0.pairableValues) } ?? "–",
                agreement.map { labels.reliability($0.reliability) } ?? labels.notDefined,
            ]
        }
    }
}
