import Testing

@testable import WorkshopKit

/// Profiles written the way people write ballots, for rule tests.
enum Ballots {
    /// A profile of `ballots` given as (how many voters, ballot in the notation), with `options`
    /// (ids, optionally `id=cost`) in that order.
    static func profile(
        _ kind: BallotKind, options: [String], _ ballots: [(Int, String)], budget: Rational? = nil, minimumSupport: Rational? = nil,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> BallotProfile {
        let parsedOptions = options.map { text -> CountOption in
            let parts = text.split(separator: "=")
            return CountOption(id: ItemID(String(parts[0])), cost: parts.count > 1 ? Rational(exactText: parts[1]) : nil)
        }
        var builder = BallotProfileBuilder(kind: kind, options: parsedOptions)
        for (count, text) in ballots {
            switch BallotNotation.parse(text, as: kind) {
            case .success(let content):
                if case .failure(let problem) = builder.add(content, count: count) {
                    Issue.record("ballot '\(text)': \(problem)", sourceLocation: sourceLocation)
                }
            case .failure(let problem):
                Issue.record("ballot '\(text)': \(problem)", sourceLocation: sourceLocation)
            }
        }
        return builder.build(budget: budget, minimumSupport: minimumSupport)
    }

    /// Counts `profile` with `rule`, recording an issue when the rule cannot.
    static func count(_ rule: RuleName, _ profile: BallotProfile, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> CountResult {
        try rule.rule.counted(profile).get()
    }

    /// A ranking as ids: [["E"], ["A"], …].
    static func ids(_ ranking: [[Int]]?, _ profile: BallotProfile) -> [[String]] {
        (ranking ?? []).map { $0.map { profile.options[$0].id.rawValue } }
    }

    /// Scores by id.
    static func scores(_ result: CountResult, _ profile: BallotProfile) -> [String: Rational] {
        guard case .scores(let scores) = result.outcome else { return [:] }
        return Dictionary(uniqueKeysWithValues: scores.indices.map { (profile.options[$0].id.rawValue, scores[$0]) })
    }

    /// The funded projects' ids, in the order funded.
    static func selected(_ result: CountResult, _ profile: BallotProfile) -> [String] {
        guard case .funded(let funded) = result.outcome else { return [] }
        return funded.selected.map { profile.options[$0].id.rawValue }
    }
}
