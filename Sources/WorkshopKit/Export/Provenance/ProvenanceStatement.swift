/// What a provenance line says before it is written as Markdown or into a committee document:
/// what is taken from which source, and which parts are illustrative or reconstructed.
///
/// `ProvenanceNotes` makes it once for a brief, the project list or the budget; the Markdown
/// exports and the committee documents write the same statement.
public struct ProvenanceStatement: Sendable, Hashable {
    /// "Nummer, Titel und Themenfeld: Präsentation …", one entry per source named.
    public var sourced: [String]
    /// The parts made up for the example ("Bewertung", "Idee I‑VW‑01").
    public var illustrative: [String]
    /// The parts inferred from the sources ("Budget").
    public var reconstructed: [String]

    public init(sourced: [String], illustrative: [String], reconstructed: [String]) {
        self.sourced = sourced
        self.illustrative = illustrative
        self.reconstructed = reconstructed
    }

    /// The sentences before the pointer to the section "Quellen und Annahmen", each piece
    /// passed through `escape` (Markdown escaping, or none for a document).
    func sentences(_ language: Language, escape: (String) -> String = { $0 }) -> [String] {
        var sentences: [String] = []
        if !sourced.isEmpty { sentences.append(sourced.map(escape).joined(separator: "; ") + ".") }
        if !illustrative.isEmpty {
            sentences.append("\(escape(OfficeText.illustrativeParts.text(language))): \(illustrative.map(escape).joined(separator: ", ")).")
        }
        if !reconstructed.isEmpty {
            sentences.append("\(escape(OfficeText.reconstructedParts.text(language))): \(reconstructed.map(escape).joined(separator: ", ")).")
        }
        return sentences
    }
}
