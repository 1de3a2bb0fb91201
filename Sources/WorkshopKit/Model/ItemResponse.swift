/// What one rater said about one item on a returned scoring sheet or in a form export: an
/// answer per criterion and a comment.
///
/// The common result of `ScoringSheet.read` and `FormExport.read`, before anything is
/// recorded: an item's answers belong together (one row of a sheet, one respondent's columns
/// for the item in a form), and the comment is about the item.
public struct ItemResponse: Hashable, Sendable {
    public var rater: ParticipantID
    public var item: ItemID
    /// The answers given, in catalogue order; criteria left empty are absent.
    public var answers: [CriterionAnswer]
    /// Free text about the item; `nil` when empty.
    public var comment: String?
    public var source: ResponseSource

    public init(rater: ParticipantID, item: ItemID, answers: [CriterionAnswer], comment: String? = nil, source: ResponseSource) {
        self.rater = rater
        self.item = item
        self.answers = answers
        self.comment = comment
        self.source = source
    }
}

/// One criterion's answer within an `ItemResponse`.
public struct CriterionAnswer: Hashable, Sendable {
    public var criterion: CriterionID
    public var answer: ScoreAnswer

    public init(_ criterion: CriterionID, _ answer: ScoreAnswer) {
        self.criterion = criterion
        self.answer = answer
    }
}

/// A rater's answer on one criterion: a score on its scale, or "don't know".
///
/// "Don't know" (`?` on a sheet, "weiß nicht") is an answer, not a score: it never counts
/// as a score and never as zero.
public enum ScoreAnswer: Hashable, Sendable {
    case score(Int)
    case dontKnow

    /// The score as a rating holds it: `nil` for "don't know".
    public var score: Int? {
        switch self {
        case .score(let value): value
        case .dontKnow: nil
        }
    }
}

/// Where returned answers came from, so that the same sheet or form row read twice can be
/// recognised.
public enum ResponseSource: Hashable, Sendable {
    /// A scoring sheet handed out to one rater, by the id printed in its header.
    case sheet(SheetID)
    /// One respondent's row of a form export: the row's line and a fingerprint of its header
    /// and cells, the same whenever the same row is read again.
    case form(line: Int, fingerprint: String)
}

/// Names a scoring sheet: `S-` and 16 hex digits of a hash of the workspace, the rater, the
/// items and the criteria it was made for, so the same sheet made again has the same id.
public struct SheetID: Identifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let noun = "sheet"
}
