/// A person taking part: rates, votes, submits ideas or moderates.
///
/// Workspaces may hold pseudonyms (`AK-01`) rather than names; ratings and ballots refer to
/// participants by id only.
public struct Participant: Hashable, Sendable, Identifiable {
    public var id: ParticipantID
    public var name: String
    public var role: RoleID
    /// The partner (town, county, organisation) the participant speaks for, if any.
    public var partner: PartnerID?

    public init(id: ParticipantID, name: String, role: RoleID, partner: PartnerID? = nil) {
        self.id = id
        self.name = name
        self.role = role
        self.partner = partner
    }
}
