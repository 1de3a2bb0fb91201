/// The consolidated project list and the consolidation map of the committee report.
extension CommitteeReport {
    /// The filters of the project tables: priority group, theme, status.
    var projectFilters: [Document.Table.FilterDimension] {
        [.init(key: "group", title: labels.priority), .init(key: "theme", title: labels.theme), .init(key: "status", title: labels.status)]
    }

    func projectList() -> Document.Section {
        var blocks: [Document.Block] = [.paragraph([.text(labels.projectListIntro)])] + provenance(notes.projectListStatement())
        if let svg = charts.portfolio {
            blocks.append(.figure(Document.Figure(
                anchor: "portfolio", caption: labels.portfolioTitle,
                description: labels.portfolioAlt + ". " + labels.scoreLegend, svg: svg, chart: portfolioChart(PortfolioChart(context)))))
        }
        var subsections: [Document.Section] = []
        let ranks = naturalRanks()
        for group in workspace.prioritisation.groups {
            let members = evaluation.consolidatedList.filter { evaluation.priorities[$0.id]?.group == group }
            guard !members.isEmpty else { continue }
            let title = "\(labels.priorityGroup(group)) (\(members.count) \(labels.projects))"
            subsections.append(.init(anchor: "group-\(group)", title: title, blocks: [.table(groupTable(members, caption: title, ranks: ranks))]))
        }
        var rule = Document.Section(anchor: "rule", title: labels.ruleTitle, blocks: [
            .list(workspace.prioritisation.rule.map { [.strong(labels.priorityGroup($0.group)), .text(": " + context.ruleText($0))] }),
        ] + remark([.prioritisation]))
        let overrides = evaluation.consolidatedList.compactMap { evaluation.priorities[$0.id] }.filter(\.isOverridden)
        if !overrides.isEmpty {
            var table = Document.Table(caption: labels.overridesTitle, columns: [
                .init(labels.project), .init(labels.rule), .init(labels.priority), .init(labels.reason), .init(labels.decidedBy), .init(labels.date),
            ])
            for assignment in overrides {
                guard let override = assignment.override else { continue }
                table.rows.append(.init([
                    .init([briefLink(assignment.project)]), .unbreakable(labels.priorityGroup(assignment.ruleGroup)),
                    .unbreakable(labels.priorityGroup(assignment.group)), .text(override.reason), .text(override.decidedBy),
                    .unbreakable(context.date(override.date)),
                ]))
            }
            rule.subsections.append(.init(anchor: "overrides", title: labels.overridesTitle, blocks: [.table(table)] + remark([.prioritisation])))
        }
        subsections.append(rule)
        subsections += [stability(), agreement()].compactMap { $0 }
        return .init(anchor: Anchor.projectList, title: labels.projectListTitle + notes.projectListCaveat, blocks: blocks + [.note([.text(labels.scoreLegend)])], subsections: subsections)
    }

    /// The portfolio as a scatter plot: a series per priority group, each point labelled with
    /// its project (`*` after an override), on the criteria's scales.
    func portfolioChart(_ portfolio: PortfolioChart) -> Document.Chart {
        let groups = workspace.prioritisation.groups
        let series = groups.enumerated().compactMap { index, group -> Document.Chart.Series? in
            let points = portfolio.points.filter { $0.group == group }
            guard !points.isEmpty else { return nil }
            let style = MarkerShape.style(at: index)
            return .init(
                name: labels.priorityGroup(group), color: String(style.fill.dropFirst()),
                values: points.map { DecimalLiteral.format($0.relevance, places: 2) },
                xValues: points.map { DecimalLiteral.format($0.potential, places: 2) },
                pointLabels: points.map { $0.project.id.rawValue + ($0.isOverridden ? "*" : "") }, marker: style.shape.drawingML)
        }
        let relevance = portfolio.scale(.relevance)
        let potential = portfolio.scale(.potential)
        return Document.Chart(
            kind: .scatter, title: labels.portfolioTitle, series: series, numberFormat: "0",
            valueAxis: .init(title: labels.relevance, minimum: relevance.minimum, maximum: relevance.maximum),
            xAxis: .init(title: labels.potential, minimum: potential.minimum, maximum: potential.maximum))
    }

    /// One priority group's table: sortable by every column but the ideas, filterable by group,
    /// theme and status.
    func groupTable(_ members: [Project], caption: String, ranks: [ProjectID: Int]) -> Document.Table {
        var table = Document.Table(
            caption: caption,
            columns: [
                .init(labels.projectNumber, sortable: true, numeric: true), .init(labels.project, sortable: true),
                .init(labels.theme, sortable: true), .init(labels.relevance, .right, sortable: true, numeric: true),
                .init(labels.potential, .right, sortable: true, numeric: true), .init(labels.votes, .right, sortable: true, numeric: true),
                .init(labels.status, sortable: true), .init(labels.ideas),
            ],
            filters: projectFilters)
        for project in members {
            let score = evaluation.projectScores[project.id]
            let assignment = evaluation.priorities[project.id]
            let status = evaluation.latestStatus(of: project.id).map { labels.projectState($0.state) } ?? labels.noStatus
            let votes = evaluation.projectVotes[project.id] ?? 0
            let title = project.title + (assignment?.isOverridden == true ? " (\(labels.override))" : "")
            table.rows.append(.init(
                [
                    .init([briefLink(project.id)], sortKey: String(ranks[project.id] ?? 0)), .text(title), .text(context.themeName(project.theme)),
                    .unbreakable(context.scoreWithSpread(score?.relevance), sortKey: score?.relevance.map { String($0.hundredths) }),
                    .unbreakable(context.scoreWithSpread(score?.potential), sortKey: score?.potential.map { String($0.hundredths) }),
                    .unbreakable(context.numbers.integer(votes), sortKey: String(votes)), .text(status), .init(ids(project.ideas)),
                ],
                filters: [assignment.map { labels.priorityGroup($0.group) } ?? "", context.themeName(project.theme), status]))
        }
        return table
    }

    func consolidation() -> Document.Section {
        let map = evaluation.consolidation
        let facts: [Document.Fact] = [
            .init(labels.ideas, [.unbreakable(String(workspace.ideas.count))]),
            .init(labels.mergedInto, [.unbreakable(String(map.projectsByIdea.count))]),
            .init(labels.setAside, [.unbreakable(String(map.setAside.count))]),
            .init(labels.open, [.unbreakable(String(map.open.count))]),
        ]
        var table = Document.Table(caption: labels.consolidationTitle, columns: [
            .init(labels.idea), .init(labels.title), .init(labels.theme), .init(labels.origin), .init(labels.ideaState),
        ])
        for idea in workspace.ideas.sorted(by: { $0.id < $1.id }) {
            let state: [Document.Inline]
            if let projects = map.projectsByIdea[idea.id] {
                state = [.text(labels.mergedInto + " ")] + projects.enumerated().flatMap { index, project in
                    (index > 0 ? [Document.Inline.text(", ")] : []) + [briefLink(project)]
                }
            } else if let reason = idea.setAside {
                state = [.text("\(labels.setAside): \(reason)")]
            } else {
                state = [.text(labels.open)]
            }
            table.rows.append(.init([
                .unbreakable(idea.id.rawValue), .text(idea.title), .text(context.themeName(idea.theme)), .text(context.origin(of: idea)), .init(state),
            ]))
        }
        return marked(.init(
            anchor: Anchor.consolidation, title: labels.consolidationTitle,
            blocks: [.paragraph([.text(labels.consolidationIntro)]), .facts(facts), .table(table)]), [.ideas])
    }

    func votes() -> Document.Section {
        var subsections: [Document.Section] = []
        for (index, standing) in context.voteStandings.enumerated() {
            let vote = standing.result.vote
            let chart = VoteChart(context, standing: standing)
            let entries = chart.entries
            let measure = labels.voteMeasure(standing.measure)
            var facts: [Document.Fact] = [
                .init(labels.voteFact(.rule), [.unbreakable((try? standing.count.get().rule.rawValue) ?? vote.countingRule.rawValue)]),
                .init(labels.ballots, [.unbreakable(context.numbers.integer(standing.ballots))]),
                .init(labels.abstentions, [.unbreakable(context.numbers.integer(standing.result.profile.abstentions))]),
            ]
            if let points = standing.result.points { facts.append(.init(labels.votes, [.unbreakable(context.numbers.integer(points.values.reduce(0, +)))])) }
            if case .failure(let problem) = standing.count {
                facts.append(.init(labels.voteFact(.notCounted), [.text(problem.description)]))
                subsections.append(.init(anchor: "vote-\(index + 1)", title: vote.title, blocks: [.facts(facts)]))
                continue
            }
            let hasFunding = standing.rows.contains { $0.funded != nil }
            var table = Document.Table(caption: vote.title, columns: [
                .init(labels.rank, .right), .init(labels.project), .init(labels.title), .init(measure, .right),
            ] + (hasFunding ? [.init(labels.voteColumn(.funded))] : []))
            for row in standing.rows {
                let isProject = workspace.project(ProjectID(row.option.rawValue)) != nil
                let option: Document.Inline = isProject ? briefLink(ProjectID(row.option.rawValue)) : .unbreakable(row.option.rawValue)
                table.rows.append(.init([
                    .unbreakable(row.place.map(String.init) ?? ""), .init([option]), .text(context.optionTitle(row.option)),
                    .unbreakable(chart.number(row.value)),
                ] + (hasFunding ? [.text(row.funded.map(labels.funded) ?? "")] : [])))
            }
            let figure = Document.Figure(
                anchor: "vote-chart-\(index + 1)", caption: "\(labels.voteChartAlt): \(vote.title)", description: chart.description,
                svg: charts.votes[index],
                chart: Document.Chart(
                    kind: .bars, title: vote.title, categories: entries.map(\.label),
                    series: [.init(name: measure, color: String(VoteChart.fill.dropFirst()), values: entries.map { $0.value.exactText })],
                    numberFormat: entries.allSatisfy(\.value.isInteger) ? "0" : "0.00", valueAxis: .init(title: measure)))
            subsections.append(.init(anchor: "vote-\(index + 1)", title: vote.title, blocks: [.facts(facts), .figure(figure), .table(table)]))
        }
        let blocks: [Document.Block] = subsections.isEmpty ? [.paragraph([.text(labels.none)])] : []
        return .init(anchor: Anchor.votes, title: labels.votesTitle, blocks: blocks, subsections: subsections)
    }
}
