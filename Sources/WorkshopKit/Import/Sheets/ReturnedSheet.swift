/// A filled-in scoring sheet, read back and checked against its workspace.
public struct ReturnedSheet: Sendable {
    /// The id printed on the sheet: the same for every copy of the same sheet.
    public var sheet: SheetID
    public var workspace: ProcessID
    public var rater: ParticipantID
    /// One response per row with an answer or a comment, in the sheet's order; each knows its
    /// line, and `at(criterion.rawValue)` / `at("comment")` give the cell.
    public var responses: [Located<ItemResponse>]
    /// SHA-256 of the answers and comments as read: equal for the same sheet read twice,
    /// different as soon as one answer differs.
    public var fingerprint: String
}
