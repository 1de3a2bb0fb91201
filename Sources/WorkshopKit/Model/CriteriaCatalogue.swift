extension Criterion {
    /// The relevance and potential criteria of Coesfeld 12.0 (seed 004, "Beispiel: Tourismus",
    /// generalised to any theme), on a 1…5 scale with equal weights: the default for a new process.
    public static func catalogue(_ language: Language) -> [Criterion] {
        let german = language == .german
        let scale = Scale(
            minimum: 1, maximum: 5,
            labels: german
                ? ["sehr gering", "gering", "mittel", "hoch", "sehr hoch"] : ["very low", "low", "medium", "high", "very high"])
        let entries: [(CriterionID, CriterionGroup, String, String, [String], [String])] = [
            (
                "wachstum", .relevance, "Wachstumspotenzial", "Growth potential",
                ["Wie hoch ist die Wachstumsrate im Vergleich zu anderen Sektoren?", "Wie wird das Wachstumspotenzial für die kommenden Jahre eingeschätzt?"],
                ["How fast does the sector grow compared with others?", "How is its growth potential judged for the coming years?"]
            ),
            (
                "wirtschaftliche-lage", .relevance, "Wirtschaftliche Lage", "Economic situation",
                ["Welche Vor- und Nachteile hat die Digitalisierung?"], ["What are the advantages and drawbacks of digitalisation?"]
            ),
            (
                "arbeitsplaetze", .relevance, "Arbeitsplätze im Sektor", "Jobs in the sector",
                ["Wie viele Personen arbeiten in diesem Sektor?", "Wie wichtig sind diese Arbeitsplätze im Vergleich zu anderen Sektoren?"],
                ["How many people work in the sector?", "How important are these jobs compared with other sectors?"]
            ),
            (
                "imagefaktor", .relevance, "Imagefaktor", "Image factor",
                ["Gibt es einen wichtigen Faktor (z. B. Nachhaltigkeit, Bewahrung des Erbes)?"],
                ["Is there an important factor (e.g. sustainability, preserving heritage)?"]
            ),
            (
                "oeffentlicher-diskurs", .relevance, "Öffentlicher Diskurs", "Public discourse",
                ["Welchen Mehrwert bringt das Thema in der Kommune?", "Wie wichtig ist das Thema in der Kommune?"],
                ["What value does the topic bring to the town?", "How important is the topic locally?"]
            ),
            (
                "netzwerke", .potential, "Netzwerke", "Networks",
                ["Existieren Netzwerke, die die Zusammenarbeit erleichtern?"], ["Are there networks that make cooperation easier?"]
            ),
            (
                "projekte", .potential, "Projekte", "Projects",
                ["Wie viele Digitalisierungsprojekte sind derzeit im Gange?"], ["How many digitalisation projects are under way?"]
            ),
            (
                "infrastruktur", .potential, "Infrastruktur", "Infrastructure",
                ["Existieren die notwendigen Infrastrukturen (z. B. Breitband, WLAN)?"],
                ["Does the necessary infrastructure exist (e.g. broadband, Wi-Fi)?"]
            ),
            ("personal", .potential, "Personal", "Staff", ["Gibt es genug Mitarbeitende?"], ["Are there enough staff?"]),
            (
                "geraete", .potential, "Geräte", "Devices",
                ["Existieren die notwendigen Geräte (z. B. Tablets, Laptops)?"], ["Do the necessary devices exist (e.g. tablets, laptops)?"]
            ),
            (
                "verantwortliche", .potential, "Verantwortliche", "Responsible people",
                ["Gibt es Verantwortliche für die Digitalisierung?"], ["Is someone responsible for digitalisation?"]
            ),
            (
                "bereitschaft-verwaltung", .potential, "Bereitschaft der Verwaltung", "Readiness of the administration",
                ["Existieren die notwendigen Ressourcen (z. B. Personal, Budget)?"],
                ["Do the necessary resources exist (e.g. staff, budget)?"]
            ),
        ]
        return entries.map { id, group, germanName, englishName, germanQuestions, englishQuestions in
            Criterion(
                id: id, group: group, name: german ? germanName : englishName,
                questions: german ? germanQuestions : englishQuestions, scale: scale)
        }
    }
}
