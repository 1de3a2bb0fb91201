import WorkshopKit

/// `workshop count`'s text output: a header naming the input, the rule's table with bars (on a
/// terminal), and the explanation in sentences.
enum CountText {
    static func result(_ result: CountResult, file: BallotFile, style: Style) -> String {
        var text = header(file, style: style)
        text += style.bold("\(result.rule.rawValue)") + ": \(result.rule.summary)\n"
        for parameter in result.parameters { text += "  \(parameter.name): \(parameter.value)\n" }
        text += "\n" + table(CountTable(result, profile: file.profile), style: style) + "\n"
        text += CountNarrative.lines(result, profile: file.profile).map { $0 + "\n" }.joined()
        return text
    }

    static func comparison(_ comparison: RuleComparison, file: BallotFile, style: Style) -> String {
        var text = header(file, style: style)
        let options = file.profile.options
        let differing = Set(comparison.disagreements.map(\.option))
        var rows: [[CountTable.Value]] = []
        for option in options.indices {
            rows.append(
                [.text(options[option].id.rawValue), options[option].name.map(CountTable.Value.text) ?? .empty]
                    + comparison.results.map { .text(RuleComparison.verdict(on: option, in: $0)) } + [.text(differing.contains(option) ? "✗" : "")])
        }
        let table = CountTable(columns: ["option", "name"] + comparison.results.map(\.rule.rawValue) + ["differ"], rows: rows)
        text += "\n" + self.table(table, style: style) + "\n"
        text += comparison.agrees ? "All rules agree.\n" : "The rules disagree on \(differing.count) of \(options.count) options.\n"
        for result in comparison.results {
            let summary = CountNarrative.lines(result, profile: file.profile).dropLast().last ?? ""
            text += style.bold(result.rule.rawValue) + ": " + summary + "\n"
        }
        return text
    }

    private static func header(_ file: BallotFile, style: Style) -> String {
        let profile = file.profile
        var text = style.bold(file.file) + ": \(profile.voters) ballots"
        if profile.abstentions > 0 { text += " (\(profile.abstentions) empty)" }
        text += ", \(profile.options.count) options, \(profile.kind.ballotsNoun)\n"
        text += style.dim("sha256 \(file.sha256)") + "\n"
        return text
    }

    /// Columns padded to their widest cell (names cut at 40 characters), numbers right-aligned,
    /// bars after the bar column on a terminal.
    private static func table(_ table: CountTable, style: Style) -> String {
        let nameColumn = table.columns.firstIndex(of: "name")
        let cells = table.rows.map { row in row.indices.map { cell(row[$0], cut: $0 == nameColumn) } }
        let numeric = table.columns.indices.map { column in table.rows.first.map { isNumber($0[column]) } ?? false }
        let widths = table.columns.indices.map { column in
            max(table.columns[column].count, cells.map { $0[column].count }.max() ?? 0)
        }
        let barMaximum = table.barColumn.map { column in table.rows.compactMap { barValue($0[column]) }.max() ?? 0 } ?? 0
        var lines: [String] = []
        func line(_ values: [String], bar: String) -> String {
            let padded = values.indices.map { numeric[$0] ? values[$0].leftPadded(widths[$0]) : values[$0].rightPadded(widths[$0]) }
            var text = "  "
            for (index, value) in padded.enumerated() {
                text += (index == 0 ? "" : "  ") + value
                if index == table.barColumn { text += bar.rightPadded(11) }
            }
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        lines.append(style.dim(line(table.columns, bar: "")))
        for (row, values) in zip(table.rows, cells) {
            let bar = table.barColumn.map { style.bar(barValue(row[$0]) ?? 0, of: barMaximum) } ?? ""
            lines.append(line(values, bar: bar))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A cell for reading: amounts rounded where long, names cut at 40 characters.
    private static func cell(_ value: CountTable.Value, cut: Bool) -> String {
        switch value {
        case .amount(let amount): CountNarrative.readable(amount)
        case .text(let text) where cut && text.count > 40: String(text.prefix(39)) + "…"
        default: value.exactText
        }
    }

    private static func isNumber(_ value: CountTable.Value) -> Bool {
        switch value {
        case .integer, .amount: true
        default: false
        }
    }

    /// A value's size for its bar, whole units (bars only need the proportion).
    private static func barValue(_ value: CountTable.Value) -> Int? {
        switch value {
        case .integer(let number): min(max(0, number), 1 << 50)
        case .amount(let amount): min(max(0, amount.floor.intValue ?? 1 << 50), 1 << 50)
        default: nil
        }
    }
}
