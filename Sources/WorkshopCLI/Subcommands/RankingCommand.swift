import WorkshopKit

/// `workshop ranking`: projects or ideas ranked by one score, with bars, for the terminal.
enum RankingCommand {
    static let command = Command(
        name: "ranking",
        summary: "Rank projects (or ideas) by relevance, potential, both combined or votes, with bars.",
        usage: ["ranking [WORKSPACE] [--by relevance|potential|combined|votes] [--ideas] [--width N]"],
        discussion: """
            Lists the projects of the consolidated list (or, with --ideas, the ideas not set aside) from the \
            highest value to the lowest, each with its rank, priority group and a bar, in --width columns \
            (default 80; long titles are shortened with …). Values are compared as printed, to two decimals; \
            equal values share a rank. combined is the mean of relevance and potential. Items without a value \
            come last, unranked. The bars are plain text and always drawn; colour (by priority group) only on a \
            terminal and never with NO_COLOR. Nothing is written. Without a WORKSPACE, ranks the embedded \
            example \(Invocation.defaultWorkspace).
            """,
        options: [
            .value("by", "MEASURE", "relevance (default), potential, combined or votes."),
            .flag("ideas", "Rank the ideas instead of the projects."),
            .value("width", "N", "Columns to fit in, 40…200 (default 80)."),
        ],
        examples: [
            "workshop ranking",
            "workshop ranking Workshops/my-process --by combined",
            "workshop ranking --ideas --by votes --width 100",
        ],
        run: run)

    static func run(_ invocation: Invocation) throws(CLIError) {
        let byName = invocation.arguments.value("by") ?? Ranking.Measure.relevance.rawValue
        guard let measure = Ranking.Measure(rawValue: byName) else {
            let names = Ranking.Measure.allCases.map(\.rawValue).joined(separator: ", ")
            throw .usage("--by '\(byName)' is not known; use \(names)", command: command.name)
        }
        var width = 80
        if let text = invocation.arguments.value("width") {
            guard let value = Int(text), (40...200).contains(value) else {
                throw .usage("--width '\(text)' must be a whole number from 40 to 200", command: command.name)
            }
            width = value
        }
        if invocation.rest.count > 0 {
            throw .usage("unexpected argument '\(invocation.rest[0])'", command: command.name)
        }
        let store = try invocation.workspaceStore(allowDefault: true)
        let evaluation = Evaluation(try invocation.loadWorkspace(store))
        let ideas = invocation.arguments.flag("ideas")
        let ranking = ideas ? Ranking.ideas(evaluation, by: measure) : Ranking.projects(evaluation, by: measure)
        invocation.out(text(ranking, evaluation: evaluation, ideas: ideas, style: invocation.style, width: width))
    }

    /// The ranked view, every line at most `width` characters (colour codes aside).
    static func text(_ ranking: Ranking, evaluation: Evaluation, ideas: Bool, style: Style, width: Int) -> String {
        let workspace = evaluation.workspace
        let numbers = NumberStyle.terminal
        let entries = ranking.entries
        let isVotes = ranking.measure == .votes
        let maximum = isVotes ? max(1, entries.compactMap(\.value).max() ?? 1) : 100 * (workspace.criteria.map(\.scale.maximum).max() ?? 5)
        func valueText(_ entry: Ranking.Entry) -> String {
            guard let value = entry.value else { return "–" }
            return (isVotes ? numbers.integer(value / 100) : numbers.hundredths(value)) + (entry.isPartial ? "*" : "")
        }
        func groupText(_ entry: Ranking.Entry) -> String {
            guard let group = entry.group else { return "" }
            return Labels.roman(group) + (entry.isOverridden ? "!" : "")
        }
        let rankWidth = String(max(1, entries.count)).count + 1
        let idWidth = min(12, entries.map(\.item.rawValue.count).max() ?? 2)
        let groupWidth = ideas ? 0 : max(1, entries.map { groupText($0).count }.max() ?? 1)
        let valueWidth = max(4, entries.map { valueText($0).count }.max() ?? 4)
        let fixed = rankWidth + 1 + idWidth + 1 + (ideas ? 0 : groupWidth + 1) + valueWidth + 1
        let barWidth = max(8, min(24, (width - fixed) / 3))
        let titleWidth = max(8, width - fixed - barWidth - 1)

        let noun = ideas ? "ideas" : "projects"
        var text = style.bold(fit("\(entries.count) \(noun) by \(ranking.measure.rawValue) – \(workspace.process.title)", width)) + "\n"
        for entry in entries {
            let rank = entry.rank.map { "\($0)." } ?? ""
            var line = rank.leftPadded(rankWidth) + " " + fit(entry.item.rawValue, idWidth).rightPadded(idWidth) + " "
            line += fit(entry.title, titleWidth).rightPadded(titleWidth) + " "
            if !ideas { line += groupText(entry).rightPadded(groupWidth) + " " }
            line += valueText(entry).leftPadded(valueWidth)
            var bar = entry.value.map { Style.blocks($0, of: maximum, width: barWidth) } ?? ""
            switch entry.group {
            case 1?: bar = style.green(bar)
            case 2?: bar = style.yellow(bar)
            case .some: bar = style.dim(bar)
            case nil: break
            }
            text += line + (bar.isEmpty ? "" : " " + bar) + "\n"
        }
        var legend = isVotes ? "bar: points, longest = most" : "bar: score out of \(maximum / 100) · * not every criterion rated"
        if !ideas { legend += " · ! group set by an override" }
        text += fit(legend, width) + "\n"
        let setAside = ideas ? workspace.ideas.count - entries.count : 0
        if setAside > 0 { text += fit("\(setAside) set-aside idea(s) not ranked", width) + "\n" }
        return text
    }

    /// `text` cut to `width` characters, ending in … when cut.
    static func fit(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(0, width - 1))) + "…"
    }
}
