import Foundation

extension WorkspaceStore {
    /// Issues `count` new one-time codes for a token vote as one transaction: takes the lock,
    /// reads votes.json and the vote's token list, draws codes that are on no list line yet
    /// (plain or as its `sha256:` hash), and rewrites `tokens/<vote>.txt` atomically with them
    /// appended (as plain codes, or hashed when the list already holds hashes).
    ///
    /// - Parameters:
    ///   - vote: a vote with `"voters": "tokens"`.
    ///   - generator: the random source; `SystemRandomNumberGenerator` outside tests.
    /// - Returns: the new codes, in the order appended.
    /// - Throws: `.refused` for an unknown vote or one that is not a token vote.
    public func issueTokens(
        for vote: VoteID, count: Int, using generator: inout some RandomNumberGenerator
    ) throws(WorkspaceError) -> [VoterID] {
        let lock = try transactionLock()
        let workspace = try definitions([.process, .votes])
        guard let definition = workspace.vote(vote) else { throw .refused(Self.unknownVote(vote, in: workspace)) }
        guard definition.voters == .tokens else {
            throw .refused(
                "vote \(vote) takes \(definition.voters.rawValue) voters, not tokens; define it with \"voters\": \"tokens\" (add-vote --voters tokens) to issue codes")
        }
        if count < 1 { throw .refused("issue at least one code") }
        let relative = TokenList.path(for: vote)
        var existing: [UInt8] = []
        do {
            if FileSystem.exists(url(relative)) { existing = try FileSystem.read(url(relative), shownAs: path(relative)) }
        } catch {
            throw .storage(error)
        }
        var problems = Diagnostics()
        let list = TokenList(bytes: existing, file: path(relative), diagnostics: &problems)
        if problems.hasErrors { throw .invalid(problems) }
        let hashed = String(decoding: existing, as: UTF8.self).split(separator: "\n").contains { $0.hasPrefix("sha256:") }
        var issued: [VoterID] = []
        var seen = Set<VoterID>()
        while issued.count < count {
            let token = VoterToken.make(using: &generator)
            if list.contains(token) || !seen.insert(token).inserted { continue }
            issued.append(token)
        }
        var text = existing
        if let last = text.last, last != 0x0A { text.append(0x0A) }
        for token in issued {
            text += Array((hashed ? "sha256:" + SHA256.hex(Array(token.rawValue.utf8)) : token.rawValue).utf8)
            text.append(0x0A)
        }
        do {
            try FileSystem.createFolder(url("tokens"), shownAs: path("tokens"))
            try FileSystem.writeAtomically(text, to: url(relative), shownAs: path(relative))
        } catch {
            throw .storage(error)
        }
        lock.release()
        return issued
    }
}
