/// What the vote results in the exports say (votes.csv, votes.md, the charts, the report), in
/// the workspace's language. Each text is an exhaustive switch over the languages, so a missing
/// translation does not compile.
extension Labels {
    /// What a vote's values are: the rule's total, or the ballots naming an option.
    public func voteMeasure(_ measure: VoteStanding.Measure) -> String {
        switch (language, measure) {
        case (.german, .total(.points)): "Punkte"
        case (.english, .total(.points)): "Points"
        case (.german, .total(.approval)): "Zustimmungen"
        case (.english, .total(.approval)): "Approvals"
        case (.german, .total(.score)): "Summe der Bewertungen"
        case (.english, .total(.score)): "Sum of scores"
        case (.german, .total(.plurality)): "Erste Plätze"
        case (.english, .total(.plurality)): "First places"
        case (.german, .total(.borda)): "Borda-Punkte"
        case (.english, .total(.borda)): "Borda points"
        case (.german, .total(let rule)): "Wert (\(rule.rawValue))"
        case (.english, .total(let rule)): "Value (\(rule.rawValue))"
        case (.german, .supporters): "Stimmzettel, die die Option nennen"
        case (.english, .supporters): "Ballots naming the option"
        }
    }

    /// Whether a budget rule funds a project.
    public func funded(_ funded: Bool) -> String {
        switch (language, funded) {
        case (.german, true): "gefördert"
        case (.german, false): "nicht gefördert"
        case (.english, true): "funded"
        case (.english, false): "not funded"
        }
    }

    /// The columns of votes.csv (and the workbook's votes sheet), in order.
    public var voteColumns: [String] { VoteColumn.allCases.map(voteColumn) }

    /// One column of votes.csv, also a heading in votes.md and the report.
    public func voteColumn(_ column: VoteColumn) -> String {
        switch (language, column) {
        case (.german, .vote): "Abstimmung"
        case (.english, .vote): "vote"
        case (.german, .rule): "Regel"
        case (.english, .rule): "rule"
        case (.german, .rank): "Rang"
        case (.english, .rank): "rank"
        case (.german, .option): "Option"
        case (.english, .option): "option"
        case (.german, .title): "Titel"
        case (.english, .title): "title"
        case (.german, .value): "Wert"
        case (.english, .value): "value"
        case (.german, .measure): "Maß"
        case (.english, .measure): "measure"
        case (.german, .funded): "Gefördert"
        case (.english, .funded): "funded"
        case (.german, .ballots): "Stimmzettel"
        case (.english, .ballots): "ballots"
        }
    }

    /// The columns of votes.csv, in their order.
    public enum VoteColumn: Sendable, CaseIterable {
        case vote, rule, rank, option, title, value, measure, funded, ballots
    }

    /// A fact of a vote's result in votes.md and the report.
    public func voteFact(_ fact: VoteFact) -> String {
        switch (language, fact) {
        case (.german, .method): "Methode"
        case (.english, .method): "Method"
        case (.german, .rule): "Zählregel"
        case (.english, .rule): "Counting rule"
        case (.german, .parameters): "Parameter"
        case (.english, .parameters): "Parameters"
        case (.german, .ballots): "Stimmzettel"
        case (.english, .ballots): "Ballots"
        case (.german, .abstentions): "Enthaltungen"
        case (.english, .abstentions): "Abstentions"
        case (.german, .posters): "Plakat-Zählungen"
        case (.english, .posters): "Poster counts"
        case (.german, .log): "Stimmzettel-Protokoll"
        case (.english, .log): "Ballot log"
        case (.german, .chain): "Letzter Kettenwert"
        case (.english, .chain): "Last chain value"
        case (.german, .rerun): "Nachzählen"
        case (.english, .rerun): "Re-run"
        case (.german, .notCounted): "Nicht gezählt"
        case (.english, .notCounted): "Not counted"
        case (.german, .notRead): "nicht aus einer Datei gelesen"
        case (.english, .notRead): "not read from a file"
        }
    }

    /// The facts `voteFact(_:)` names.
    public enum VoteFact: Sendable, CaseIterable {
        case method, rule, parameters, ballots, abstentions, posters, log, chain, rerun, notCounted, notRead
    }

    /// The title of votes.md.
    public var voteResultsTitle: String {
        switch language {
        case .german: "Abstimmungsergebnisse"
        case .english: "Vote results"
        }
    }

    /// What votes.md says first: where the results come from and how to check them.
    public var voteResultsIntro: String {
        switch language {
        case .german:
            "Jede Abstimmung ist aus dem Stimmzettel-Protokoll ballots.csv mit ihrer Zählregel gezählt, genau wie workshop vote --results und workshop count zählen; ungültig erklärte Stimmzettel zählen nicht. Mit der SHA-256-Prüfsumme und dem letzten Kettenwert lässt sich prüfen, dass das Protokoll dasselbe ist, und mit dem angegebenen Befehl nachzählen."
        case .english:
            "Each vote is counted from the ballot log ballots.csv by its counting rule, exactly as workshop vote --results and workshop count count it; voided ballots do not count. The SHA-256 and the last chain value show that the log is the same, and the command given re-runs the count."
        }
    }
}
