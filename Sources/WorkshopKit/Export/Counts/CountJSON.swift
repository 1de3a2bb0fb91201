/// A count as one JSON object, the schema the README documents: what was counted (`rule`,
/// `parameters`, `ballots`, `input_sha256`), the outcome (`selected`, `cost`, `budget`, `left`
/// for a budget rule; `winners` and `ranking` otherwise, with `scores` where the rule adds up
/// scores) and the rule's `explanation`. Options are given by their ids; amounts and scores are
/// exact decimal strings (a fraction such as `"1/3"` when no finite decimal exists).
public enum CountJSON {
    public static func result(_ result: CountResult, file: BallotFile) -> JSON {
        let profile = file.profile
        func id(_ option: Int) -> JSON { .string(profile.options[option].id.rawValue) }
        func ids(_ options: [Int]) -> JSON { .array(options.map(id)) }
        var members: [JSON.Member] = [
            .init(key: "rule", value: .string(result.rule.rawValue)),
            .init(key: "parameters", value: JSON(.object(result.parameters.map { .init(key: $0.name, value: .string($0.value)) }))),
            .init(key: "tie_break", value: .string(result.tieBreak)),
            .init(key: "ballots", value: .number(result.ballots)),
            .init(key: "abstentions", value: .number(profile.abstentions)),
            .init(key: "input_sha256", value: .string(file.sha256)),
            .init(key: "input", value: .object(["file": .string(file.file), "format": .string(file.format.rawValue), "bytes": .number(file.byteCount)])),
            .init(key: "explanation", value: explanation(result.explanation, profile: profile)),
        ]
        switch result.outcome {
        case .funded(let funded):
            members += [
                .init(key: "selected", value: ids(funded.selected)), .init(key: "cost", value: .string(funded.cost.exactText)),
                .init(key: "budget", value: .string(funded.budget.exactText)), .init(key: "left", value: .string(funded.left.exactText)),
            ]
        case .scores(let scores):
            members.append(.init(key: "scores", value: JSON(.object(profile.options.indices.map { .init(key: profile.options[$0].id.rawValue, value: .string(scores[$0].exactText)) }))))
        case .ranking:
            break
        }
        if let ranking = result.ranking {
            members.append(.init(key: "winners", value: ids(ranking.first ?? [])))
            members.append(.init(key: "ranking", value: .array(ranking.map(ids))))
        }
        return JSON(.object(members))
    }

    /// Several rules on the same ballots, and where they disagree.
    public static func comparison(_ comparison: RuleComparison, file: BallotFile) -> JSON {
        let profile = file.profile
        return .object([
            "input_sha256": .string(file.sha256),
            "ballots": .number(profile.voters),
            "rules": .array(comparison.results.map { .string($0.rule.rawValue) }),
            "results": .array(comparison.results.map { result($0, file: file) }),
            "agree": .bool(comparison.agrees),
            "disagreements": .array(
                comparison.disagreements.map { row in
                    .object([
                        "option": .string(profile.options[row.option].id.rawValue),
                        "by_rule": JSON(.object(row.verdicts.map { .init(key: $0.rule.rawValue, value: .string($0.verdict)) })),
                    ])
                }),
        ])
    }

    static func explanation(_ explanation: CountExplanation, profile: BallotProfile) -> JSON {
        func id(_ option: Int) -> JSON { .string(profile.options[option].id.rawValue) }
        func ids(_ options: [Int]) -> JSON { .array(options.map(id)) }
        func amount(_ value: Rational) -> JSON { .string(value.exactText) }
        func steps(_ steps: [CountExplanation.GreedyStep]) -> JSON {
            .array(
                steps.map { step in
                    let cells = CountTable.decision(step.decision)
                    let left: JSON? =
                        switch step.decision {
                        case .funded(let left), .doesNotFit(let left): amount(left)
                        default: nil
                        }
                    return .object([
                        "project": id(step.option), "support": amount(step.support), "cost": amount(step.cost),
                        "decision": .string(cells[0].exactText), "left": left,
                    ])
                })
        }
        switch explanation {
        case .totals(let totals):
            return .object([
                "kind": .string("totals"), "convention": .string(totals.convention),
                "options": .array(
                    totals.rows.map { row in
                        .object(["option": id(row.option), "total": amount(row.total), "ballots": .number(row.ballots), "mean": row.mean.map(amount)])
                    }),
            ])
        case .pairwise(let pairwise):
            let size = pairwise.matrix.size
            let table: (String, JSON)
            switch pairwise.table {
            case .strongestPaths(let paths):
                table = ("strongest_paths", .array((0..<size).map { a in .array((0..<size).map { .number(paths[a * size + $0]) }) }))
            case .copeland(let wins, let ties, let losses):
                table = (
                    "copeland",
                    .array((0..<size).map { .object(["option": id($0), "wins": .number(wins[$0]), "ties": .number(ties[$0]), "losses": .number(losses[$0])]) })
                )
            case .minimax(let largest, let by):
                table = ("minimax", .array((0..<size).map { .object(["option": id($0), "largest_defeat": .number(largest[$0]), "by": ids(by[$0])]) }))
            }
            return JSON(
                .object([
                    .init(key: "kind", value: .string("pairwise")), .init(key: "convention", value: .string(pairwise.convention)),
                    .init(key: "condorcet_winner", value: pairwise.condorcetWinner.map(id) ?? .null),
                    .init(key: "options", value: ids(Array(0..<size))),
                    .init(key: "prefer", value: .array((0..<size).map { a in .array((0..<size).map { .number(pairwise.matrix.prefer(a, over: $0)) }) })),
                    .init(key: table.0, value: table.1),
                ]))
        case .runoff(let rounds):
            return .object([
                "kind": .string("runoff"),
                "rounds": .array(
                    rounds.enumerated().map { index, round in
                        .object([
                            "round": .number(index + 1),
                            "votes": JSON(.object(round.votes.map { .init(key: profile.options[$0.option].id.rawValue, value: amount($0.votes)) })),
                            "exhausted": .number(round.exhausted), "eliminated": ids(round.eliminated), "elected": ids(round.elected),
                        ])
                    }),
            ])
        case .greedy(let greedy):
            return .object(["kind": .string("greedy"), "support": .string(greedy.support), "steps": steps(greedy.steps)])
        case .equalShares(let details):
            return .object([
                "kind": .string("equal-shares"), "budget_per_voter": amount(details.budgetPerVoter), "increments": .number(details.increments),
                "free": ids(details.free),
                "rounds": .array(
                    details.rounds.map { round in
                        .object([
                            "project": id(round.option), "cost": amount(round.cost), "supporters": .number(round.supporters),
                            "paid_in_full": .number(round.paidInFull), "payment": amount(round.payment),
                            "paid_all_they_had": .number(round.paidAllTheyHad), "paid_by_them": amount(round.paidByThem), "price": amount(round.price),
                        ])
                    }),
                "shortfalls": .array(
                    details.shortfalls.map { .object(["project": id($0.option), "cost": amount($0.cost), "supporters_had": amount($0.supportersHad)]) }),
                "unsupported": ids(details.unsupported),
                "completion": steps(details.completion),
            ])
        }
    }
}
