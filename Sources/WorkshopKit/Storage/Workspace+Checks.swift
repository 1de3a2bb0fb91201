extension Workspace {
    /// Checks new ratings against this workspace: known raters, items and criteria, scores on scale.
    /// - Parameter ratings: the ratings with where they were written (an import file, the command line).
    public func problems(in ratings: [Located<Rating>]) -> Diagnostics {
        var check = ReferenceCheck(workspace: self)
        check.checkRatings(ratings)
        return check.diagnostics
    }

    /// Checks new ballots against this workspace and the ballots already recorded: known vote,
    /// voter and options, the vote's rules, no ballot id or voter twice.
    /// - Parameter log: the ballot log's path as messages should name it.
    public func problems(in ballots: [Located<Ballot>], recordedIn log: String) -> Diagnostics {
        var check = ReferenceCheck(workspace: self)
        let recorded = self.ballots.map { Located($0, at: SourceLocation(file: log)) }
        check.checkBallots(recorded + ballots)
        return check.diagnostics
    }
}
