/// A person taking part: rates, votes, submits ideas or moderates.
///
/// Workspaces may hold pseudonyms (`AK-01`) rather than names; ratings and ballots refer to
/// participants by id only, so the personal data here can be erased without touching the
/// chained logs (`erased`).
public struct Participant: Hashable, Sendable, Identifiable {
    public var id: ParticipantID
    /// Name or pseudonym; empty once erased.
    public var name: String
    public var role: RoleID
    /// The partner (town, county, organisation) the participant speaks for, if any.
    public var partner: PartnerID?
    /// Further personal attributes a process records (district, age group), by name.
    public var attributes: [String: String]
    /// The day the personal data was erased; the id stays, as a tombstone the logs still name.
    public var erased: Day?

    public init(
        id: ParticipantID, name: String, role: RoleID, partner: PartnerID? = nil, attributes: [String: String] = [:],
        erased: Day? = nil
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.partner = partner
        self.attributes = attributes
        self.erased = erased
    }

    /// The participant with name, partner and attributes removed: what erasure leaves.
    public func erasing(on day: Day) -> Participant {
        Participant(id: id, name: "", role: role, erased: day)
    }
}
