/// A count as GitHub-flavoured Markdown: what was counted (rule, parameters, ballots, the input's
/// SHA-256 and the command that re-runs it), the table, and the explanation; pairwise contests as
/// a matrix when there are at most 30 options.
public enum CountMarkdown {
    public static func result(_ result: CountResult, file: BallotFile) -> String {
        let profile = file.profile
        var text = "# \(MarkdownText.inline(result.rule.rawValue)): \(MarkdownText.inline(file.file))\n\n"
        text += header(file, rules: [result.rule])
        text += "- **Rule:** \(MarkdownText.inline(result.rule.summary))\n"
        for parameter in result.parameters { text += "- **\(MarkdownText.inline(parameter.name)):** \(MarkdownText.inline(parameter.value))\n" }
        text += "\n" + table(CountTable(result, profile: profile)) + "\n"
        text += CountNarrative.lines(result, profile: profile).map { "- " + MarkdownText.inline($0) + "\n" }.joined()
        if case .pairwise(let pairwise) = result.explanation, pairwise.matrix.size <= 30 {
            let ids = profile.options.map(\.id.rawValue)
            text += "\nVoters preferring the row's option to the column's:\n\n"
            let columns = [MarkdownTable.Column("")] + ids.map { MarkdownTable.Column($0, .right) }
            let rows: [[MarkdownTable.Cell]] = ids.indices.map { a in
                [.text(ids[a])] + ids.indices.map { b in .text(a == b ? "–" : String(pairwise.matrix.prefer(a, over: b))) }
            }
            text += MarkdownTable(columns: columns, rows: rows).markdown
        }
        return text
    }

    public static func comparison(_ comparison: RuleComparison, file: BallotFile) -> String {
        let options = file.profile.options
        let rules = comparison.results.map(\.rule)
        var text = "# Side by side: \(MarkdownText.inline(file.file))\n\n"
        text += header(file, rules: rules)
        let differing = Set(comparison.disagreements.map(\.option))
        text += comparison.agrees ? "\nAll rules agree.\n\n" : "\nThe rules disagree on \(differing.count) options (marked ✗).\n\n"
        let columns = [MarkdownTable.Column("option"), MarkdownTable.Column("name", width: 12)] + rules.map { MarkdownTable.Column($0.rawValue, .right) }
            + [MarkdownTable.Column("agree", .center)]
        let rows: [[MarkdownTable.Cell]] = options.indices.map { option in
            [.text(options[option].id.rawValue), .text(options[option].name ?? "")]
                + comparison.results.map { .text(RuleComparison.verdict(on: option, in: $0)) } + [.text(differing.contains(option) ? "✗" : "✓")]
        }
        text += MarkdownTable(columns: columns, rows: rows).markdown
        for result in comparison.results {
            text += "\n## \(MarkdownText.inline(result.rule.rawValue))\n\n"
            text += CountNarrative.lines(result, profile: file.profile).map { "- " + MarkdownText.inline($0) + "\n" }.joined()
        }
        return text
    }

    private static func header(_ file: BallotFile, rules: [RuleName]) -> String {
        let profile = file.profile
        var text = "- **Ballots:** \(profile.voters) (\(profile.abstentions) abstentions), \(profile.options.count) options, \(profile.kind.ballotsNoun)\n"
        text += "- **Input:** \(MarkdownText.inline(file.file)) (\(file.format.rawValue), \(file.byteCount) bytes), SHA-256 `\(file.sha256)`\n"
        let command = rules.count == 1 ? "--rule \(rules[0].rawValue)" : "--compare \(rules.map(\.rawValue).joined(separator: ","))"
        text += "- **Re-run:** `workshop count \(file.file.replacingAll("`", with: "'")) \(command)`\n"
        return text
    }

    private static func table(_ table: CountTable) -> String {
        let columns = table.columns.enumerated().map { index, title in
            MarkdownTable.Column(title, table.rows.first.map { isNumber($0[index]) } == true ? .right : .left, width: title == "name" ? 12 : 3)
        }
        return MarkdownTable(columns: columns, rows: table.rows.map { $0.map { .text(display($0)) } }).markdown
    }

    static func isNumber(_ value: CountTable.Value) -> Bool {
        switch value {
        case .integer, .amount: true
        case .text, .empty: false
        }
    }

    /// A cell for reading: amounts with at most two decimals exact, longer ones rounded and marked.
    static func display(_ value: CountTable.Value) -> String {
        if case .amount(let amount) = value { return CountNarrative.readable(amount) }
        return value.exactText
    }
}

extension String {
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        map { $0 == target ? replacement : String($0) }.joined()
    }
}
