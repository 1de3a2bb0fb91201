/// Data minimisation for what leaves the workspace (GDPR Art. 5(1)(c)): exports name
/// participants only by their pseudonymous ids unless names are asked for.
extension Workspace {
    /// The workspace without personal data: participants' names replaced by their ids, their
    /// attributes (age group, place, …) dropped, ideas without their submitter's name.
    /// Ids, roles, partners, ratings and ballots stay, so every result is the same.
    public var withoutPersonalData: Workspace {
        var copy = self
        for index in copy.participants.indices {
            copy.participants[index].name = copy.participants[index].id.rawValue
            copy.participants[index].attributes = [:]
        }
        for index in copy.ideas.indices { copy.ideas[index].submitter = nil }
        return copy
    }
}
