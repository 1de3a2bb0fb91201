/// How a rating reached the log.
public enum RatingChannel: String, Sendable, CaseIterable, JSONEnum {
    /// Typed at the command line (`workshop rate --rater …`).
    case command
    /// Typed in from a paper rating sheet.
    case sheet
    /// Given live in a session, e.g. on a moderator's laptop.
    case session
    /// Imported from a file (`workshop rate --from`).
    case `import`
    /// Submitted through a form (a web page, a kiosk).
    case form
}
