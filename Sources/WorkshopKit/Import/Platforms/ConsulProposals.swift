import Foundation

/// Reads the proposals export of CONSUL Democracy, the other platform towns run online
/// participation on.
///
/// Columns follow `Proposal::Exporter` (consuldemocracy/consuldemocracy,
/// `app/models/proposal/exporter.rb`, as at commit 25e2c264): ID, title, author, summary and
/// creation time, under headers CONSUL translates (`admin.proposals.index.list.*`); the
/// English, German and Spanish headers are read. The exporter writes one row per comment
/// (with the comment's columns after the proposal's), so rows repeating an ID are one
/// proposal. It has no support count; a column `supports` (`Unterstützungen`, `apoyos`,
/// `cached_votes_up`) is read when a town's export adds one. The summary becomes the central
/// benefit; ID and supports the origin. The export carries no theme: give it with `--theme`.
public enum ConsulProposals {
    static let idNames: Set<String> = ["id"]
    static let titleNames: Set<String> = ["title", "titel", "titulo"]
    static let summaryNames: Set<String> = ["summary", "zusammenfassung", "resumen"]
    static let descriptionNames: Set<String> = ["description", "beschreibung", "descripcion"]
    static let authorNames: Set<String> = ["author", "autor", "autor in", "autorin", "verfasser in", "verfasser"]
    static let supportNames: Set<String> = ["supports", "unterstuetzungen", "unterstuetzung", "apoyos", "cached votes up"]

    /// Whether a CSV header looks like a CONSUL proposals export.
    public static func recognises(_ header: [String]) -> Bool {
        let keys = Set(header.map(TextFolding.key))
        return !keys.isDisjoint(with: idNames) && !keys.isDisjoint(with: titleNames)
            && (!keys.isDisjoint(with: summaryNames) || !keys.isDisjoint(with: authorNames))
    }

    public static func read(csv bytes: [UInt8], file: String, reader: CSVReader, language: Language) throws(InvalidInput) -> [Located<IdeaDraft>] {
        let (header, records) = try FlatRecord.export(
            bytes, file: file, reader: reader, recognises: recognises,
            otherwise: "this is not a CONSUL proposals export: its header needs ID, Title and Summary (or Titel, Zusammenfassung)")
        func column(_ names: Set<String>) -> String? { header.first { names.contains(TextFolding.key($0)) } }
        let id = column(idNames), title = column(titleNames), summary = column(summaryNames)
        let description = column(descriptionNames), author = column(authorNames), supports = column(supportNames)

        var diagnostics = Diagnostics()
        var drafts: [Located<IdeaDraft>] = []
        var seen: [String: (title: String, line: Int)] = [:]
        for record in records {
            let identifier = id.flatMap { record.first([$0])?.value }
            guard let text = title.flatMap({ record.first([$0])?.value }) else {
                diagnostics.error("proposal \(identifier ?? "?") has no title", at: title.map(record.location(of:)) ?? record.location)
                continue
            }
            if let identifier, let earlier = seen[identifier] {
                // One row per comment: the same proposal again.
                if earlier.title != text {
                    diagnostics.error(
                        "ID \(identifier) appears again with another title ('\(text)', line \(earlier.line): '\(earlier.title)')",
                        at: record.location(of: title ?? ""))
                }
                continue
            }
            if let identifier { seen[identifier] = (text, record.location.line ?? 0) }
            var draft = IdeaDraft(title: text)
            var fields = ["title": record.location(of: title ?? "")]
            if let benefit = record.first([summary, description].compactMap { $0 }) {
                draft.benefit = PlainText.fromHTML(benefit.value)
                fields["benefit"] = record.location(of: benefit.key)
            }
            draft.submitter = author.flatMap { record.first([$0])?.value }
            draft.origin = PlatformOrigin(
                platform: "CONSUL", reference: identifier, supports: supports.flatMap { record.first([$0]) }.flatMap { Int($0.value) }
            ).text(language)
            fields["origin"] = id.map(record.location(of:)) ?? record.location
            drafts.append(Located(draft, at: record.location, fields: fields))
        }
        if diagnostics.hasErrors { throw InvalidInput(diagnostics) }
        if drafts.isEmpty { throw InvalidInput("the export holds no proposals", at: SourceLocation(file: file)) }
        return drafts
    }
}
