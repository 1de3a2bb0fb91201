/// How the exports name a vote's method and its limits (votes.md's method line), in the
/// workspace's language, from the method's kind and numbers as votes.json defines them. Each
/// text is an exhaustive switch over the languages, so a missing translation does not compile.
extension Labels {
    /// A vote's method and its limits in words: `Punktabfrage: 5 Punkte je Person, höchstens 2 je
    /// Option`, `Dot voting: 5 dots per voter, at most 2 per option`.
    /// - Parameters:
    ///   - method: the method as votes.json defines it.
    ///   - integer: how a whole number is written (`NumberStyle.integer`).
    ///   - money: how an amount is written (`ExportContext.money`), for a budget's limit.
    public func voteMethod(_ method: VotingMethod, integer: (Int) -> String, money: (Money) -> String) -> String {
        func counted(_ value: Int, _ one: String, _ many: String) -> String { "\(integer(value)) \(value == 1 ? one : many)" }
        let limits: [String]
        switch (language, method) {
        case (.german, .dots(let perVoter, let perOption)):
            limits = ["\(counted(perVoter, "Punkt", "Punkte")) je Person"] + (perOption.map { ["höchstens \(integer($0)) je Option"] } ?? [])
        case (.english, .dots(let perVoter, let perOption)):
            limits = ["\(counted(perVoter, "dot", "dots")) per voter"] + (perOption.map { ["at most \(integer($0)) per option"] } ?? [])
        case (.german, .cumulative(let points, let perOption, let useAll)):
            limits = ["\(counted(points, "Punkt", "Punkte")) je Person"] + (perOption.map { ["höchstens \(integer($0)) je Option"] } ?? [])
                + (useAll ? ["alle Punkte sind zu vergeben"] : [])
        case (.english, .cumulative(let points, let perOption, let useAll)):
            limits = ["\(counted(points, "point", "points")) per voter"] + (perOption.map { ["at most \(integer($0)) per option"] } ?? [])
                + (useAll ? ["all points must be given"] : [])
        case (.german, .approval(let minimum, let maximum)):
            limits = (minimum.map { ["mindestens \(counted($0, "Option", "Optionen"))"] } ?? [])
                + (maximum.map { ["höchstens \(counted($0, "Option", "Optionen"))"] } ?? [])
        case (.english, .approval(let minimum, let maximum)):
            limits = (minimum.map { ["at least \(counted($0, "option", "options"))"] } ?? [])
                + (maximum.map { ["at most \(counted($0, "option", "options"))"] } ?? [])
        case (.german, .score(let minimum, let maximum)):
            limits = ["Werte von \(integer(minimum)) bis \(integer(maximum))"]
        case (.english, .score(let minimum, let maximum)):
            limits = ["scores from \(integer(minimum)) to \(integer(maximum))"]
        case (.german, .ranked(let length, let ties)):
            limits = (length.map { ["höchstens \(counted($0, "Platz", "Plätze"))"] } ?? []) + (ties ? ["gleiche Plätze erlaubt"] : [])
        case (.english, .ranked(let length, let ties)):
            limits = (length.map { ["at most \(counted($0, "place", "places"))"] } ?? []) + (ties ? ["ties allowed"] : [])
        case (.german, .budget(let limit, let costs)):
            limits = ["Budget \(money(limit))"] + (costs.isEmpty ? [] : ["Kosten für \(counted(costs.count, "Option", "Optionen")) festgelegt"])
        case (.english, .budget(let limit, let costs)):
            limits = ["budget \(money(limit))"] + (costs.isEmpty ? [] : ["costs set for \(counted(costs.count, "option", "options"))"])
        }
        let name = voteMethodName(method.name)
        return limits.isEmpty ? name : name + ": " + limits.joined(separator: ", ")
    }

    /// The name of a voting method: `Punktabfrage`, `Dot voting`.
    public func voteMethodName(_ name: VotingMethod.Name) -> String {
        switch (language, name) {
        case (.german, .dots): "Punktabfrage"
        case (.english, .dots): "Dot voting"
        case (.german, .cumulative): "Punkteverteilung (kumulativ)"
        case (.english, .cumulative): "Cumulative voting"
        case (.german, .approval): "Zustimmungswahl"
        case (.english, .approval): "Approval voting"
        case (.german, .score): "Bewertung"
        case (.english, .score): "Score voting"
        case (.german, .ranked): "Rangfolge"
        case (.english, .ranked): "Ranked ballots"
        case (.german, .budget): "Budgetabstimmung"
        case (.english, .budget): "Budget vote"
        }
    }
}
