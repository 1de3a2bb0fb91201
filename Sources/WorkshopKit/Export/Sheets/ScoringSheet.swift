/// A scoring sheet for one rater: a CSV to fill in on paper, in Excel or LibreOffice and to
/// read back with `ScoringSheet.read`.
///
/// The sheet opens with a block naming the process, the workspace, the rater and the sheet's
/// id, the scale and what `?` means; then a row naming each criterion's group; then the
/// table: one row per item (number, title, theme), one column per criterion (its name, id in
/// brackets, guiding questions and range in the heading), and a comment column. Every row has
/// the same number of fields, as spreadsheets save them. The id is a hash of the workspace,
/// rater, items and criteria, so the same sheet made twice is the same sheet.
///
/// ```swift
/// let sheet = try ScoringSheet(workspace: workspace, rater: "AK-01")
/// let text = sheet.csv(profile: .excelGerman)   // write it; hand it out
/// ```
public struct ScoringSheet: Sendable {
    /// Why a sheet cannot be made.
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        case unknownRater(ParticipantID, known: [ParticipantID])
        case unknownItem(ItemID)
        case unknownCriterion(CriterionID, known: [CriterionID])
        case nothingToRate

        public var description: String {
            switch self {
            case .unknownRater(let id, let known):
                "unknown participant '\(id)'\(Suggestion.didYouMean(id.rawValue, among: known.map(\.rawValue))); participants: \(Suggestion.list(known.map(\.rawValue)))"
            case .unknownItem(let id): "'\(id)' is neither an idea, a project nor a theme of the workspace"
            case .unknownCriterion(let id, let known):
                "unknown criterion '\(id)'\(Suggestion.didYouMean(id.rawValue, among: known.map(\.rawValue))); criteria: \(Suggestion.list(known.map(\.rawValue)))"
            case .nothingToRate: "a sheet needs at least one item and one criterion"
            }
        }
    }

    /// One row of the sheet.
    public struct Row: Sendable, Hashable {
        public var item: ItemID
        public var title: String
        public var theme: String
    }

    public let workspace: ProcessID
    public let processTitle: String
    public let rater: Participant
    public let rows: [Row]
    public let criteria: [Criterion]
    public let labels: Labels
    public let id: SheetID

    /// - Parameters:
    ///   - items: the items to rate, in order; by default the ideas not set aside as listed, then
    ///     the projects (themes only when named).
    ///   - criteria: the criteria to rate, in catalogue order; by default all.
    /// - Throws: `Problem` for an unknown rater, item or criterion, or nothing to rate.
    public init(workspace: Workspace, rater: ParticipantID, items: [ItemID]? = nil, criteria: [CriterionID]? = nil) throws(Problem) {
        guard let participant = workspace.participant(rater) else {
            throw .unknownRater(rater, known: workspace.participants.map(\.id))
        }
        var rows: [Row] = []
        for item in items ?? workspace.defaultRatedItems {
            guard let (_, title, theme) = workspace.ratedItem(item) else { throw .unknownItem(item) }
            rows.append(Row(item: item, title: title, theme: theme))
        }
        var chosen = workspace.criteria
        if let criteria {
            for id in criteria where workspace.criterion(id) == nil {
                throw .unknownCriterion(id, known: workspace.criteria.map(\.id))
            }
            chosen = workspace.criteria.filter { criteria.contains($0.id) }
        }
        guard !rows.isEmpty, !chosen.isEmpty else { throw .nothingToRate }
        self.workspace = workspace.id
        processTitle = workspace.process.title
        self.rater = participant
        self.rows = rows
        self.criteria = chosen
        labels = Labels(workspace.process.language)
        id = Self.id(workspace: workspace.id, rater: rater, items: rows.map(\.item), criteria: chosen)
    }

    /// `S-` and 16 hex digits of SHA-256 over what the sheet is for.
    static func id(workspace: ProcessID, rater: ParticipantID, items: [ItemID], criteria: [Criterion]) -> SheetID {
        var text = "workshop scoring sheet 1\n\(workspace)\n\(rater)\n"
        text += items.map(\.rawValue).joined(separator: " ") + "\n"
        text += criteria.map { "\($0.id):\($0.scale.minimum)…\($0.scale.maximum)" }.joined(separator: " ") + "\n"
        return SheetID("S-" + SHA256.hex(Array(text.utf8)).prefix(16))
    }

    /// The heading of a criterion's column: name and id, guiding questions, range.
    func heading(_ criterion: Criterion) -> String {
        ([criterion.name + " [\(criterion.id)]"] + criterion.questions + [labels.sheetScaleRange(criterion.scale)]).joined(separator: "\n")
    }

    /// The sheet's cells, row by row, every row as wide as the table: the header block, the
    /// groups' row, the headings, one row per item.
    func cells() -> [[CSVCell]] {
        let width = 3 + criteria.count + 1
        func padded(_ cells: [CSVCell]) -> [CSVCell] { cells + Array(repeating: .empty, count: max(0, width - cells.count)) }
        // One scale: its steps; several: each with the criteria on it.
        var scales: [Scale] = []
        for criterion in criteria where !scales.contains(criterion.scale) { scales.append(criterion.scale) }
        let scale = scales.count == 1
            ? labels.sheetScaleText(scales[0])
            : scales.map { scale in
                labels.sheetScaleText(scale) + " (" + criteria.filter { $0.scale == scale }.map(\.name).joined(separator: ", ") + ")"
            }.joined(separator: "; ")
        let block: [[CSVCell]] = [
            [.text(labels.sheetTitle), .text(processTitle)],
            [.text(labels.sheetWorkspace), .text(workspace.rawValue)],
            [.text(labels.sheetRater), .text(rater.id.rawValue), .text(rater.name)],
            [.text(labels.sheetID), .text(id.rawValue)],
            [.text(labels.scale), .text(scale)],
            [.text(labels.sheetDontKnow), .text(labels.sheetDontKnowText)],
            [.text(labels.sheetHowTo), .text(labels.sheetHowToText)],
            [.text(labels.criterionGroupHeading), .empty, .empty] + criteria.map { .text(labels.criterionGroup($0.group)) },
        ]
        let header = [labels.projectNumber, labels.title, labels.theme] + criteria.map(heading) + [labels.sheetComment]
        return (block + [header.map(CSVCell.text)] + rows.map { [.text($0.item.rawValue), .text($0.title), .text($0.theme)] }).map(padded)
    }

    /// The sheet as CSV in `profile`: for German Excel, `excel-de`.
    public func csv(profile: CSVProfile) -> String {
        let writer = CSVWriter(profile: profile)
        return (profile.writesByteOrderMark ? "\u{FEFF}" : "") + cells().map(writer.line).joined()
    }
}
