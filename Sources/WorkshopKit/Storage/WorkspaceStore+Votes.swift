import Foundation

extension WorkspaceStore {
    /// Defines a vote in votes.json as one transaction: takes the lock, reads the definitions
    /// the vote refers to, fills in its options, checks it (method limits, rule, options known)
    /// and writes votes.json atomically.
    ///
    /// A vote whose id is taken is refused unless `replacing`; a vote that has opened in the
    /// ballot log (its first ballot froze the definition) may then change only its title,
    /// workshop and source: any other change is refused with the reason, so it becomes a new vote.
    ///
    /// ```swift
    /// let vote = Vote(id: "punkte", title: "Punktabfrage", method: .dots(perVoter: 5, perOption: 2), options: [])
    /// try store.define(vote, options: .allProjects)
    /// ```
    /// - Parameters:
    ///   - vote: the vote; its `options` are replaced by those `options` names.
    ///   - options: where the options come from.
    ///   - replacing: whether a vote with the same id may be replaced.
    /// - Returns: the vote as written.
    /// - Throws: `.refused` with the reason, `.invalid` with every problem in the new definition.
    @discardableResult
    public func define(_ vote: Vote, options: VoteOptions, replacing: Bool = false) throws(WorkspaceError) -> Vote {
        let lock = try transactionLock()
        // Whether the vote opened is the ballot log's to say, read under the same lock.
        var frozen: String?
        if replacing, FileSystem.exists(url(.ballots)) {
            let session = try BallotLogSession(self, votes: [vote.id])
            if let opened = session.openRecord(of: vote.id) { frozen = session.location(of: opened) }
        }
        let reading: Set<WorkspaceFile> = [.process, .ideas, .projects, .workshops]
        let defined = try changeLocked([.votes], reading: reading) { workspace throws(WorkspaceError) -> Vote in
            var defined = vote
            defined.options = try options.items(in: workspace)
            if let index = workspace.votes.firstIndex(where: { $0.id == vote.id }) {
                guard replacing else {
                    throw .refused("vote \(vote.id) exists already in \(path(.votes)); choose another id, or replace it with --replace while it has no ballots")
                }
                let old = workspace.votes[index]
                if let frozen, old.definitionHash != defined.definitionHash {
                    throw .refused(
                        "vote \(vote.id) opened with its first ballot (\(frozen)): its method, limits, options, rule, voters and timestamps are frozen; only its title may change. Define the change as a new vote, e.g. --id \(vote.id)-2")
                }
                workspace.votes[index] = defined
            } else {
                workspace.votes.append(defined)
            }
            return defined
        }
        lock.release()
        return defined
    }
}
