import Testing

@testable import WorkshopKit

@Suite("Budgets and funding")
struct FundingTests {
    @Test("The Coesfeld bundle reproduces the seed's budget table when rounded to 0,01 Mio €")
    func coesfeldBudgetTable() throws {
        let workspace = try Fixtures.coesfeld()
        let overview = try #require(BudgetOverview.all(in: workspace).first)
        let numbers = NumberStyle.german
        // Rows as printed in the seed (investiv, konsumtiv, gesamt).
        let printed: [(String, String, String, String)] = [
            ("Raum für smarte Arbeit", "0,04", "0,33", "0,36"),
            ("Raum für nachhaltige Mobilität", "3,30", "0,85", "4,15"),
            ("Raum für regionalen Handel", "0,04", "0,37", "0,41"),
            ("Raum für zukunftssichernde Innovationen", "0,89", "0,61", "1,50"),
            ("Raum für partizipative Stadt- und Regionalentwicklung", "0,13", "0,39", "0,52"),
            ("Raum für digitale Bildung", "0,50", "0,59", "1,09"),
            ("Raum für breite Teilhabe", "0,02", "0,14", "0,15"),
        ]
        #expect(overview.rows.count == printed.count)
        for (row, expected) in zip(overview.rows, printed) {
            #expect(row.title == expected.0)
            #expect(numbers.millions(row.investment) == expected.1, "\(row.title)")
            #expect(numbers.millions(row.operating) == expected.2, "\(row.title)")
            #expect(numbers.millions(row.total) == expected.3, "\(row.title)")
        }
        #expect(numbers.millions(overview.investment) == "4,90")
        #expect(numbers.millions(overview.operating) == "3,27")
        #expect(numbers.millions(overview.total) == "8,16")
        #expect(overview.investmentPermille == 600)
        #expect(overview.operatingPermille == 400)
        #expect(numbers.millions(overview.subsidy) == "5,31")
        #expect(numbers.millions(overview.ownShare) == "2,86")
        // Exact cents: 8 163 300,00 € in all, 65 % of it rounded down, the rest own share.
        #expect(overview.total == Money(cents: 816_330_000))
        #expect(overview.subsidy == Money(cents: 530_614_500))
        #expect(overview.ownShare == Money(cents: 285_715_500))
        #expect(overview.findings.isEmpty)
    }

    @Test("The subsidy is rounded down to the cent and the own share takes the rest")
    func subsidyRounding() {
        let call = FundingCall(id: "c", name: "Call", subsidyRate: Hundredths(65))
        let application = FundingApplication(id: "a", call: "c", title: "A", items: [.init(project: "P1", title: "One")])
        let overview = BudgetOverview(application: application, call: call, budget: [BudgetLine(project: "P1", kind: .operating, amount: Money(cents: 101))])
        #expect(overview.subsidy == Money(cents: 65))  // 65.65 → 65
        #expect(overview.ownShare == Money(cents: 36))
    }

    @Test("The call's cap, third-party limit and deadline are checked")
    func findings() throws {
        let call = FundingCall(
            id: "c", name: "Call", subsidyRate: Hundredths(65), capPerApplication: Money(euros: 1000),
            deadline: Day("2021-03-14"), thirdPartyReductionLimit: Hundredths(50))
        let application = FundingApplication(
            id: "a", call: "c", title: "A", items: [.init(project: "P1", title: "One"), .init(project: "P2", title: "Two")],
            thirdPartyFunds: Money(euros: 300), submitted: Day("2021-03-15"))
        let overview = BudgetOverview(
            application: application, call: call,
            budget: [BudgetLine(project: "P1", kind: .investment, amount: Money(euros: 1200))])
        // Own share: 1200 − 780 = 420; at most 50 % of it (210) may come from third parties.
        #expect(overview.ownShare == Money(euros: 420))
        #expect(overview.thirdPartyReduction == Money(euros: 210))
        #expect(overview.ownShareAfterThirdParty == Money(euros: 210))
        #expect(overview.findings == [
            .unbudgeted("P2"),
            .exceedsCap(total: Money(euros: 1200), cap: Money(euros: 1000)),
            .submittedAfterDeadline(submitted: try #require(Day("2021-03-15")), deadline: try #require(Day("2021-03-14"))),
            .thirdPartyFundsBeyondLimit(funds: Money(euros: 300), limit: Money(euros: 210)),
        ])
    }

    @Test("A project's cost is split by kind, from its own lines only")
    func projectCost() {
        let lines = [
            BudgetLine(project: "P1", kind: .investment, amount: Money(cents: 150), year: 2022),
            BudgetLine(project: "P1", kind: .operating, amount: Money(cents: 50), year: 2022),
            BudgetLine(project: "P1", kind: .operating, amount: Money(cents: 25)),
            BudgetLine(project: "P2", kind: .operating, amount: Money(cents: 999), year: 2022),
        ]
        let cost = ProjectCost(project: "P1", budget: lines)
        #expect(cost.investment == Money(cents: 150))
        #expect(cost.operating == Money(cents: 75))
        #expect(cost.lines == 3)
    }

    @Test("A bundled project running longer than the call funds is a finding")
    func runningTime() throws {
        let call = FundingCall(id: "c", name: "Call", subsidyRate: Hundredths(65), maximumYears: 4)
        let application = FundingApplication(
            id: "a", call: "c", title: "A", items: [.init(project: "P1", title: "One"), .init(project: "P2", title: "Two")])
        let projects = [
            Project(id: "P1", title: "Four years", theme: "t", start: Day("2022-01-01"), end: Day("2025-12-31")),
            Project(id: "P2", title: "Four years and a day", theme: "t", start: Day("2022-01-01"), end: Day("2026-01-01")),
        ]
        let lines = [BudgetLine(project: "P1", kind: .operating, amount: Money(euros: 1)), BudgetLine(project: "P2", kind: .operating, amount: Money(euros: 1))]
        let overview = BudgetOverview(application: application, call: call, budget: lines, projects: projects)
        #expect(overview.findings == [.runsTooLong("P2", years: 4)])
        #expect(try #require(Day("2024-02-29")).adding(years: 1) == Day("2025-02-28"))
    }
}
