/// A decision of a body (council, committee, mayors' conference) on the process, with its paper.
///
/// Coesfeld 12.0: the committee took note of the status report SV-10-0968 on 14.09.2023.
public struct Decision: Hashable, Sendable, Identifiable {
    public var id: DecisionID
    /// Who decided: "Kreistag", "Bürgermeisterkonferenz", a committee.
    public var body: String
    /// The day of the meeting; `nil` when the sources do not give it.
    public var date: Day?
    /// The number of the paper it was decided on ("SV-10-0968"), if any.
    public var document: String?
    /// What was decided on.
    public var subject: String
    /// The decision as worded ("zur Kenntnis genommen", "zugestimmt").
    public var outcome: String?
    public var source: String?

    public init(
        id: DecisionID, body: String, date: Day? = nil, document: String? = nil, subject: String, outcome: String? = nil,
        source: String? = nil
    ) {
        self.id = id
        self.body = body
        self.date = date
        self.document = document
        self.subject = subject
        self.outcome = outcome
        self.source = source
    }
}
