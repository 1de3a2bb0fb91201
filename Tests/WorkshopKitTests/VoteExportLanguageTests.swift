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

    /// One small profile of each ballot kind, with costs, a budget and a minimum support, so
    /// every rule counts at least one of them.
    static let profiles: [BallotProfile] = [
        Ballots.profile(.approvals, options: ["A=40", "B=30", "C=50"], [(3, "A B"), (2, "C"), (1, "B")], budget: 100, minimumSupport: 2),
        Ballots.profile(.points, options: ["A=40", "B=30", "C=50"], [(3, "A:2 B"), (2, "C:3")], budget: 100, minimumSupport: 2),
        Ballots.profile(.ranking, options: ["A=40", "B=30", "C=50"], [(3, "A,B,C"), (2, "C,A"), (2, "B,C,A")], budget: 100, minimumSupport: 2),
        Ballots.profile(.scores, options: ["A=40", "B=30", "C=50"], [(3, "A:4 B:1"), (2, "C:5 A:0")], budget: 100, minimumSupport: 2),
    ]

    @Test("every rule's every parameter has German words of its own and English as workshop count prints it")
    func everyParameter() throws {
        let german = Labels(.german)
        let english = Labels(.english)
        var counted: Set<RuleName> = []
        for rule in RuleName.allCases {
            for profile in Self.profiles where rule.rule.problem(with: profile) == nil {
                let result = try rule.rule.counted(profile).get()
                counted.insert(rule)
                #expect(!result.parameters.isEmpty, "\(rule.rawValue) on \(profile.kind)")
                for parameter in result.parameters {
                    let english = english.countParameter(parameter, numbers: .english)
                    #expect(english.name == parameter.name && english.value == parameter.value)
                    let german = german.countParameter(parameter, numbers: .german)
                    #expect(german.name != parameter.name, "\(rule.rawValue) on \(profile.kind): \(parameter.name) has no German name")
                    // An exact number is the same in both languages; words are not.
                    if Rational(exactText: parameter.value) == nil {
                        #expect(german.value != parameter.value, "\(rule.rawValue) on \(profile.kind): '\(parameter.value)' is not German")
                    }
                }
            }
        }
        #expect(counted == Set(RuleName.allCases))
    }

    @Test(
        "parameters whose values vary, in German",
        arguments: [
            (CountParameter.points(.ranking, placePoints: 3), "Punkte", "Platzpunkte: der erste Platz erhält 3, jeder weitere einen weniger (3-2-1)"),
            (.points(.ranking, placePoints: 10), "Punkte", "Platzpunkte: der erste Platz erhält 10, jeder weitere einen weniger"),
            (.posterPoints(points: 1_200, counts: 1), "Plakat-Punkte", "1.200 Punkte stammen aus einer Plakat-Zählung, für die keine Regeln je Person gelten"),
            (.posterPoints(points: 14, counts: 2), "Plakat-Punkte", "14 Punkte stammen aus 2 Plakat-Zählungen, für die keine Regeln je Person gelten"),
            (.budgetPerVoter(Rational(1, 3)), "Budget je Person", "1/3"),
            (.budget(Rational(25, 2)), "Budget", "12,5"),
            (.completion(increments: 4), "Vervollständigung",
             "das Budget jeder Person um 1 erhöhen, solange das Ergebnis passt (+4), dann nach Zahl der Unterstützenden"),
        ])
    func germanValues(parameter: CountParameter, name: String, value: String) {
        let german = Labels(.german).countParameter(parameter, numbers: .german)
        #expect(german.name == name && german.value == value)
    }

    @Test("the Coesfeld example's dot vote: method and parameters in German, as votes.md shows them")
    func coesfeld() throws {
        let markdown = VotesRenderer(ExportContext(evaluation: Evaluation(try Fixtures.coesfeld()))).markdown()
        #expect(markdown.contains("\n- **Methode:** Punktabfrage: 5 Punkte je Person, höchstens 2 je Option\n"))
        #expect(!markdown.contains("dotsPerVoter"))
        #expect(markdown.contains("\n- **Parameter:** Punkte: die Punkte, die jeder Stimmzettel vergibt\n"))
        #expect(!markdown.contains("the points each ballot gives"))
    }
}
