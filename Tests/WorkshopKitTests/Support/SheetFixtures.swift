import Foundation

@testable import WorkshopKit

/// A small German workspace for scoring sheets and form exports: umlauts in titles, themes,
/// criteria and questions, two scales, three raters. Kept apart from the Coesfeld example so
/// the committed LibreOffice fixtures stay valid when the example changes.
enum SheetFixtures {
    static func workspace() -> Workspace {
        let five = Scale(minimum: 1, maximum: 5, labels: ["sehr gering", "gering", "mittel", "hoch", "sehr hoch"])
        return Workspace(
            id: "bogen-test",
            process: ParticipationProcess(
                title: "Dörfer digital; Test", language: .german, csvProfile: .excelGerman,
                themes: [Theme(id: "mobilitaet", name: "Mobilität"), Theme(id: "bildung", name: "Bildung")]),
            participants: [
                Participant(id: "AK-01", name: "Jürgen Müller", role: "AK"),
                Participant(id: "AK-02", name: "Özlem Şahin", role: "AK"),
                Participant(id: "AK-03", name: "Grete Weiß", role: "AK"),
            ],
            criteria: [
                Criterion(
                    id: "wachstum", group: .relevance, name: "Wachstumspotenzial",
                    questions: ["Wie hoch ist die Wachstumsrate?", "Wie wird das Potenzial eingeschätzt?"], weight: Hundredths(hundredths: 150),
                    scale: five),
                Criterion(id: "oeffentlicher-diskurs", group: .relevance, name: "Öffentlicher Diskurs", questions: ["Wie wichtig ist das Thema in der Kommune?"], scale: five),
                Criterion(id: "geraete", group: .potential, name: "Geräte", questions: ["Gibt es Tablets; Laptops, \"Leihgeräte\"?"], scale: five),
                Criterion(id: "bereitschaft", group: .potential, name: "Bereitschaft der Verwaltung", scale: Scale(minimum: 0, maximum: 10)),
            ],
            ideas: [
                Idea(id: "I-1", title: "Mobilstationen für Dörfer", theme: "mobilitaet"),
                Idea(id: "I-2", title: "=Leihräder an Bahnhöfen", theme: "mobilitaet"),
                Idea(id: "I-3", title: "Zurückgestellt", theme: "bildung", setAside: "doppelt"),
            ],
            projects: [
                Project(id: "P1", title: "Smarter unterwegs", theme: "mobilitaet", ideas: ["I-1", "I-2"]),
                Project(id: "P2", title: "Lernen 12.0 – Schulen, Kitas & Büchereien", theme: "bildung"),
            ])
    }
}
