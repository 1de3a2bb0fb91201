/// Who may cast a ballot in a vote, and how voters are named in the ballot log.
public enum VoterMode: String, Sendable, CaseIterable, JSONEnum {
    /// Registered participants, named by their id (`AK-01`).
    case named
    /// Holders of a token such as `T-7KQ2-M9XD`, issued for the vote and listed in
    /// `tokens/<vote>.txt`; the log names the token, never a person.
    case tokens
    /// Nobody is named: paper ballots or an open kiosk. The voter field stays empty.
    case anonymous
}
