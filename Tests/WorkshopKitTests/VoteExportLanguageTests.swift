import Foundation
import Testing

@testable import WorkshopKit

@Suite("votes.md names a vote's method and its rule's parameters in the workspace's language")
struct VoteExportLanguageTests {
    static func method(_ method: VotingMethod, _ language: Language) -> String {
        let numbers = NumberStyle(language)
        return Labels(language).voteMethod(method, integer: numbers.integer, money: { numbers.money($0, currency: "EUR") })
    }

    @Test(
        "every method and limit in German and in English",
        arguments: [
            (VotingMethod.dots(perVoter: 5, perOption: 2), "Punktabfrage: 5 Punkte je Person, höchstens 2 je Option",
             "Dot voting: 5 dots per voter, at most 2 per option"),
            (.dots(perVoter: 1, perOption: nil), "Punktabfrage: 1 Punkt je Person", "Dot voting: 1 dot per voter"),
            (.cumulative(points: 10, perOption: 3, useAll: true),
             "Punkteverteilung (kumulativ): 10 Punkte je Person, höchstens 3 je Option, alle Punkte sind zu vergeben",
             "Cumulative voting: 10 points per voter, at most 3 per option, all points must be given"),
            (.approval(minimum: 1, maximum: 3), "Zustimmungswahl: mindestens 1 Option, höchstens 3 Optionen",
             "Approval voting: at least 1 option, at most 3 options"),
            (.approval(minimum: nil, maximum: nil), "Zustimmungswahl", "Approval voting"),
            (.score(minimum: -2, maximum: 2), "Bewertung: Werte von -2 bis 2", "Score voting: scores from -2 to 2"),
            (.ranked(length: 3, ties: true), "Rangfolge: höchstens 3 Plätze, gleiche Plätze erlaubt", "Ranked ballots: at most 3 places, ties allowed"),
            (.ranked(length: nil, ties: false), "Rangfolge", "Ranked ballots"),
            (.budget(limit: Money(euros: 1_000_000), costs: ["a": Money(euros: 1)]),
             "Budgetabstimmung: Budget 1.000.000,00\u{A0}€, Kosten für 1 Option festgelegt",
             "Budget vote: budget 1,000,000.00\u{A0}€, costs set for 1 option"),
        ])
    func methods(method: VotingMethod, german: String, english: String) {
        #expect(Self.method(method, .german) == german)
        #expect(Self.method(method, .english) == english)
    }

    @Test("the Coesfeld example's dot vote in German, as votes.md shows it")
    func coesfeldMethod() throws {
        let markdown = VotesRenderer(ExportContext(evaluation: Evaluation(try Fixtures.coesfeld()))).markdown()
        #expect(markdown.contains("\n- **Methode:** Punktabfrage: 5 Punkte je Person, höchstens 2 je Option\n"))
        #expect(!markdown.contains("dotsPerVoter"))
    }
}
