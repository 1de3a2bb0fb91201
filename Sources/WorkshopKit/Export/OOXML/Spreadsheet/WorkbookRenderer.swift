/// The workbook the finance department sums: `workbook.xlsx` with the sheets Projektliste,
/// Budget, Bewertungen, Abstimmungen, Ideen and Stabilität (in the workspace's language), and
/// Hinweise with the state it was made from and its sources and assumptions.
///
/// The sheets hold what the CSV exports hold, typed: amounts as numbers shown `1.234,56 €`,
/// scores as numbers, dates as dates. The Budget sheet adds each application's totals, subsidy
/// and own share as formulas (`SUM`, `ROUNDDOWN`) with the toolkit's exact results cached.
///
/// ```swift
/// let bytes = WorkbookRenderer(ExportContext(evaluation: Evaluation(workspace))).xlsx()
/// ```
public struct WorkbookRenderer: Sendable {
    public static let path = "workbook.xlsx"

    public let context: ExportContext

    public init(_ context: ExportContext) {
        self.context = context
    }

    private var labels: Labels { context.labels }

    /// The `.xlsx` file.
    public func xlsx() -> [UInt8] { workbook.xlsx() }

    var workbook: Workbook {
        let projectList = ProjectListRenderer(context)
        let scores = ScoresRenderer(context)
        let consolidation = ConsolidationRenderer(context)
        let sensitivity = SensitivityRenderer(context)
        return Workbook(
            sheets: [
                Workbook.Sheet(name: labels.projectListSheet, header: projectList.csvHeader, rows: projectList.rows()),
                budgetSheet,
                Workbook.Sheet(name: labels.scoresSheet, header: scores.scoresHeader, rows: scores.scoresRows()),
                Workbook.Sheet(name: labels.votesTitle, header: scores.votesHeader, rows: scores.votesRows()),
                Workbook.Sheet(name: labels.ideas, header: consolidation.csvHeader, rows: consolidation.rows()),
                Workbook.Sheet(name: labels.stabilitySheet, header: sensitivity.csvHeader, rows: sensitivity.rows()),
                notesSheet,
            ],
            title: context.process.title, language: context.process.language, stamp: context.stamp, stampLine: context.stampLine,
            pageLabels: (labels.page, labels.pageOf), currencySymbol: NumberStyle.symbol(context.process.currency))
    }

    /// Per application its projects (the filterable table), then below the table per
    /// application: the total (`SUM`), the shares, the subsidy (`ROUNDDOWN` of total × rate, as
    /// the toolkit rounds it), the own share, and third-party funds where there are any.
    var budgetSheet: Workbook.Sheet {
        let header = Array(BudgetRenderer(context).csvHeader.prefix(7))
        var body: [[Workbook.Cell]] = []
        var blocks: [(overview: BudgetOverview, first: Int, last: Int)] = []
        for overview in context.evaluation.budgets {
            let first = body.count + 2
            for row in overview.rows {
                let line = body.count + 2
                body.append([
                    .text(overview.application.title), .text(overview.call.name), .text(row.project.rawValue), .text(row.title),
                    .number(row.investment.description, .money), .number(row.operating.description, .money),
                    .formula("SUM(E\(line):F\(line))", cached: row.total.description, .money),
                ])
            }
            blocks.append((overview, first, body.count + 1))
        }
        var below: [[Workbook.Cell]] = []
        // The first row below the table: header, body, one empty row.
        var next = body.count + 3
        for (index, block) in blocks.enumerated() {
            if index > 0 {
                below.append([])
                next += 1
            }
            var rowOf: [BudgetSummaryLine.Kind: Int] = [:]
            for line in BudgetSummaryLine.lines(of: block.overview, context: context) {
                rowOf[line.kind] = next
                var cells: [Workbook.Cell] = [
                    line.kind == .total ? .text(block.overview.application.title, bold: true) : .empty, .empty, .empty,
                    .text(line.label, bold: line.kind == .total),
                ]
                let amount = line.amount.description
                switch line.kind {
                case .total:
                    cells += ["E", "F", "G"].enumerated().map { offset, column in
                        let value = [line.investment, line.operating, line.amount][offset] ?? .zero
                        return .formula("SUM(\(column)\(block.first):\(column)\(block.last))", cached: value.description, .money, bold: true)
                    }
                case .subsidy:
                    let total = rowOf[.total] ?? next
                    cells += [.empty, .empty, .formula("ROUNDDOWN(G\(total)*\(block.overview.call.subsidyRate)/100,2)", cached: amount, .money)]
                case .ownShare:
                    cells += [.empty, .empty, .formula("G\(rowOf[.total] ?? next)-G\(rowOf[.subsidy] ?? next)", cached: amount, .money)]
                case .thirdPartyFunds:
                    cells += [.empty, .empty, .number(amount, .money)]
                case .ownShareAfterThirdParty:
                    let own = "G\(rowOf[.ownShare] ?? next)"
                    let funds = "G\(rowOf[.thirdPartyFunds] ?? next)"
                    let formula = block.overview.call.thirdPartyReductionLimit.map { limit in
                        "\(own)-MIN(\(funds),ROUNDDOWN(\(own)*\(limit)/100,2))"
                    } ?? "\(own)-\(funds)"
                    cells += [.empty, .empty, .formula(formula, cached: amount, .money)]
                }
                below.append(cells)
                next += 1
                if line.kind == .total, let investment = line.investment, let operating = line.operating, line.amount != .zero {
                    // Shares of the total, as the budget table prints them (60,0 % / 40,0 %).
                    let total = rowOf[.total] ?? next
                    below.append([
                        .empty, .empty, .empty, .text(labels.share),
                        .formula("E\(total)/G\(total)", cached: Self.ratio(investment, line.amount), .percent),
                        .formula("F\(total)/G\(total)", cached: Self.ratio(operating, line.amount), .percent),
                    ])
                    next += 1
                }
            }
        }
        return Workbook.Sheet(name: labels.budget, header: header, body: body, below: below)
    }

    /// `part / whole` as a decimal with 15 places, exact up to the last (rounded half up).
    static func ratio(_ part: Money, _ whole: Money) -> String {
        DecimalLiteral.format(DecimalLiteral.roundedDivision(part.cents, times: 1_000_000_000_000_000, by: whole.cents), places: 15)
    }

    /// What the workbook was made from: title, the stamp, and "Quellen und Annahmen": what the
    /// project list and the budget take from the sources and what of them is illustrative, the
    /// documents named, and per workspace file how far it rests on the sources.
    var notesSheet: Workbook.Sheet {
        let language = context.process.language
        var rows: [[Workbook.Cell]] = [[.text(context.process.title, bold: true)]]
        if let subtitle = context.process.subtitle { rows.append([.text(subtitle)]) }
        rows.append([])
        rows.append([.text(labels.stampDate, bold: true), context.stamp.day.map { .number(String(Workbook.serial($0)), .date) } ?? .text(labels.undated)])
        if let hash = context.stamp.hash { rows.append([.text(labels.stampHash, bold: true), .text(hash)]) }
        rows.append([.text(labels.generatedBy)])
        let notes = ProvenanceNotes(context)
        let statements = [
            (labels.projectListSheet + notes.projectListCaveat, notes.projectListStatement()), (labels.budget, notes.budgetStatement()),
        ].compactMap { name, statement in statement.map { (name, $0.sentences(language).joined(separator: " ")) } }
        guard notes.hasSection || !statements.isEmpty else { return notesSheet(rows) }
        rows += [[], [.text(OfficeText.sourcesAndAssumptions.text(language), bold: true)]]
        // A statement below its name, so the long name need not fit the first column.
        rows += statements.flatMap { name, sentences in [[.text(name, bold: true)], [.empty, .text(sentences)]] }
        if !context.process.sources.isEmpty {
            rows += [[], [.text(OfficeText.sources.text(language), bold: true)]]
            rows += context.process.sources.map { [.empty, .text($0)] }
        }
        let files = notes.fileRows
        if !files.isEmpty {
            rows += [[], [.text(OfficeText.whatComesFromWhere.text(language), bold: true)]]
            rows += files.map { [.text($0.file.rawValue), .text("\($0.contents) – \($0.provenance): \($0.note)")] }
            rows.append([.empty, .text(OfficeText.provenanceExplanation.text(language))])
        }
        return notesSheet(rows)
    }

    private func notesSheet(_ rows: [[Workbook.Cell]]) -> Workbook.Sheet {
        Workbook.Sheet(
            name: labels.notesSheet, columns: [Workbook.Column(characters: 19), Workbook.Column(width: 90, wraps: true)], rows: rows, tableRows: nil)
    }
}
