import WorkshopKit

/// `workshop count`: count a ballot file with any rule, without a workspace.
enum CountCommand {
    static let command = Command(
        name: "count",
        summary: "Count a ballot file (pabulib .pb, PrefLib, ballot CSV) with any counting rule, side by side.",
        usage: [
            "count FILE [--rule RULE] [--format text|json|csv|md]",
            "count FILE --compare RULE,RULE... [--format text|json|csv|md]",
        ],
        discussion: """
            Reads a ballot file and counts it: a pabulib .pb file (approval, choose-1, cumulative, scoring and \
            ordinal votes), a PrefLib .soc/.soi/.toc/.toi file, the toolkit's ballot log ballots.csv, or a CSV \
            with columns ballot,choices in the ballot notation (P3:2 P19 points, P3 P19 approvals, P3,P1=P7,P2 \
            a ranking with P1 and P7 tied, P3:4 P19:0 scores, abstain). Without --rule it uses the rule the file \
            names (a .pb file's META rule), or says which rules can count the file. \
            \nRules: \(RuleName.allCases.map(\.rawValue).joined(separator: ", ")). Ties are broken by a rule \
            each result states. Budget rules need costs and a budget (pabulib files have them). \
            \nEvery result names the rule, its parameters, the ballot count and the SHA-256 of the file, so \
            anyone can re-run the count. --format json prints one object (the schema is in README.md); csv and md \
            give the same table with the same facts. Long counts show progress on standard error on a terminal.
            """,
        options: [
            .value("rule", "RULE", "The counting rule; default: the rule the file names."),
            .value("compare", "RULE,RULE...", "Count with several rules side by side and show where they disagree."),
            .value("format", "text|json|csv|md", "Output format (default text)."),
            .value("vote", "ID", "For a ballots.csv with several votes: the vote to count."),
            .value("kind", "KIND", "For a ballot,choices CSV: points, approvals, ranking or scores (default: inferred)."),
        ],
        examples: [
            "workshop count Poland_Lodz_2022.pb                        # the file's own rule: greedy-threshold",
            "workshop count Poland_Lodz_2022.pb --rule mes --format json",
            "workshop count Poland_Krakow_2024_Nowa_Huta.pb --compare points,borda,schulze,irv",
            "workshop count 00002-00000006.toc --rule schulze --format md > debian-2010.md",
            "workshop count ballots.csv --vote punkte --rule points",
        ],
        run: run)

    enum Format: String, CaseIterable {
        case text, json, csv, md
    }

    static func run(_ invocation: Invocation) throws(CLIError) {
        let positionals = invocation.arguments.positionals
        guard positionals.count == 1, let path = positionals.first else {
            throw .usage(positionals.isEmpty ? "name the ballot file to count" : "count one file at a time", command: "count")
        }
        let formatName = invocation.arguments.value("format") ?? "text"
        guard let format = Format(rawValue: formatName) else {
            throw .usage("--format '\(formatName)' is not known; use \(Format.allCases.map(\.rawValue).joined(separator: ", "))", command: "count")
        }
        var rules = try self.rules(invocation)
        var options = BallotFileReader.Options()
        options.vote = try invocation.optionalIdentifier("vote", as: VoteID.self)
        if let kind = invocation.arguments.value("kind") {
            guard let parsed = BallotKind(rawValue: kind) else {
                throw .usage("--kind '\(kind)' is not known; use \(BallotKind.allCases.map(\.rawValue).joined(separator: ", "))", command: "count")
            }
            options.kind = parsed
        }

        let reading = ProgressLine("reading \(path)", invocation: invocation)
        let read = Result { () throws(BallotFileError) in
            try BallotFileReader.read(path: invocation.url(path).path, shownAs: path, options: options) { reading.update($0, $1) }
        }
        reading.finish()
        let file: BallotFile
        switch read {
        case .success(let read): file = read
        case .failure(.storage(let problem)): throw .storage(problem)
        case .failure(.invalid(let problem)): throw .invalid(problem.diagnostics)
        }
        let profile = file.profile
        let applicable = RuleName.applicable(to: profile).map(\.rawValue).joined(separator: ", ")
        if rules.isEmpty {
            guard let named = profile.namedRule else {
                throw .usage("\(path) names no counting rule; choose one with --rule: \(applicable)", command: "count")
            }
            guard let rule = RuleName(pabulibName: named) else {
                throw .usage("\(path) names the rule '\(named)', which this toolkit does not have; choose one with --rule: \(applicable)", command: "count")
            }
            rules = [rule]
        }
        for rule in rules {
            if let problem = rule.rule.reason(notCounting: profile) {
                throw .data("\(rule.rawValue) cannot count \(path): \(problem); rules that can: \(applicable)")
            }
        }
        let counting = ProgressLine("counting", invocation: invocation)
        let results = rules.map { rule in rule.rule.count(profile) { done, _ in counting.update(done, 0, unit: "steps") } }
        counting.finish()
        invocation.out(output(results, file: file, format: format, style: invocation.style))
    }

    /// One result, or several side by side, in the format asked for.
    static func output(_ results: [CountResult], file: BallotFile, format: Format, style: Style) -> String {
        if results.count == 1, let result = results.first {
            switch format {
            case .text: return CountText.result(result, file: file, style: style)
            case .json: return JSONWriter.text(CountJSON.result(result, file: file))
            case .csv: return CountCSV.result(result, file: file)
            case .md: return CountMarkdown.result(result, file: file)
            }
        }
        let comparison = RuleComparison(results: results, options: file.profile.options.count)
        switch format {
        case .text: return CountText.comparison(comparison, file: file, style: style)
        case .json: return JSONWriter.text(CountJSON.comparison(comparison, file: file))
        case .csv: return CountCSV.comparison(comparison, file: file)
        case .md: return CountMarkdown.comparison(comparison, file: file)
        }
    }

    /// The rules of --rule or --compare (`RULE,RULE…`); empty when neither is given.
    static func rules(_ invocation: Invocation) throws(CLIError) -> [RuleName] {
        if invocation.arguments.has("rule") && invocation.arguments.has("compare") {
            throw .usage("give --rule or --compare, not both", command: invocation.command.name)
        }
        let option = invocation.arguments.has("compare") ? "compare" : "rule"
        var rules: [RuleName] = []
        for name in invocation.arguments.value(option).map({ $0.split(separator: ",").map(String.init) }) ?? [] {
            rules.append(try rule(String(name.filter { $0 != " " }), option: option, command: invocation.command.name))
        }
        return rules
    }

    private static func rule(_ name: String, option: String, command: String) throws(CLIError) -> RuleName {
        guard let rule = RuleName(rawValue: name) else {
            let names = RuleName.allCases.map(\.rawValue)
            let suggestion = Suggestion.closest(to: name, among: names).map { "; did you mean '\($0)'?" } ?? ""
            throw .usage("--\(option): unknown rule '\(name)'\(suggestion); rules: \(names.joined(separator: ", "))", command: command)
        }
        return rule
    }
}
