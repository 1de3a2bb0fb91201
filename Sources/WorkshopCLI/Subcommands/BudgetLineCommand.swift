import WorkshopKit

/// `workshop budget-line`: a planned cost of a project.
enum BudgetLineCommand {
    static let command = Command(
        name: "budget-line",
        summary: "Add a budget line: a project's investment or operating cost, exact to the cent, for a year.",
        usage: ["budget-line WORKSPACE --project PROJECT --kind investment|operating --amount EUROS [--year YYYY] [--label TEXT]"],
        discussion: """
            Appends a line to budget.json. Amounts are written with a point and at most two decimals \
            (35200.50) and kept as exact cents; the year is the budget year (leave it out for the whole \
            running time). 'workshop budget' and budget.md add up the lines of each project an application \
            bundles, by kind and by year.
            """,
        options: [
            .value("project", "PROJECT", "The project the cost belongs to."),
            .value("kind", "KIND", "investment (investiv) or operating (konsumtiv)."),
            .value("amount", "EUROS", "The amount, e.g. 35200.50."),
            .value("year", "YYYY", "The budget year."),
            .value("label", "TEXT", "What the money is for."),
        ],
        examples: [
            "workshop budget-line Workshops/coesfeld-12 --project P14 --kind investment --amount 35200 --year 2022 --label \"Ausstattung Coworking Spaces\""
        ],
        run: { invocation throws(CLIError) in
            let line = BudgetLine(
                project: try invocation.identifier("project", as: ProjectID.self),
                kind: try invocation.require("kind") { name throws(CLIError) in try invocation.choice(name, as: CostKind.self) },
                amount: try invocation.require("amount", invocation.money),
                year: try invocation.integer("year", range: 1900...2200), label: try invocation.text("label"))
            try WorkspaceChange.apply(invocation, files: [.budget]) { workspace throws(WorkspaceError) in
                try workspace.addBudgetLine(line)
                return "added a budget line of \(line.amount) to \(line.project)"
            }
        })
}
