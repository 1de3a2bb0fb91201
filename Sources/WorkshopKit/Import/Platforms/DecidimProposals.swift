import Foundation

/// Reads the proposals export of Decidim, the participation platform many towns run, as CSV
/// or JSON, so an online phase flows into the same consolidation as the workshops.
///
/// Columns follow `Decidim::Proposals::ProposalSerializer`
/// (decidim/decidim, `decidim-proposals/lib/decidim/proposals/proposal_serializer.rb`), whose
/// nested hash `Decidim::Exporters::CSV` flattens with `/` (JSON keeps the nesting, which is
/// flattened here the same way). Two generations of the serializer are read:
///
/// - up to 0.27 (as at commit 001e8d88): `id`, `category/name/<lang>`, `title/<lang>`,
///   `body/<lang>`, `state`, `reference`, `supports`, `endorsements/total_count`;
/// - from 0.28 on (as at commit 46ab35d4): the same with `votes` for `supports`,
///   `likes/total_count` for the endorsements, `author/name`, `withdrawn`, and taxonomies
///   in place of a category (taxonomies are not read: give the theme with `--theme`).
///
/// The title in the workspace's language is taken first, then German, English, any other
/// language, then a machine translation. The body (its HTML removed) becomes the central
/// benefit; the category's name the theme; the reference, supports and endorsements the origin.
public enum DecidimProposals {
    /// Whether a CSV header looks like a Decidim proposals export.
    public static func recognises(_ header: [String]) -> Bool {
        let hasTitle = header.contains { $0 == "title" || $0.hasPrefix("title/") }
        let hasMarker = header.contains { $0 == "reference" || $0 == "supports" || $0.hasPrefix("body/") || $0.hasPrefix("endorsements/") }
        return hasTitle && hasMarker
    }

    /// Reads a CSV export.
    public static func read(csv bytes: [UInt8], file: String, reader: CSVReader, language: Language) throws(InvalidInput) -> [Located<IdeaDraft>] {
        let records = try FlatRecord.export(
            bytes, file: file, reader: reader, recognises: recognises,
            otherwise: "this is not a Decidim proposals export: its header has no title/<lang> and no reference, supports or body/<lang> column"
        ).records
        return try drafts(records, file: file, language: language)
    }

    /// Reads a JSON export: an array of proposals.
    public static func read(json bytes: [UInt8], file: String, language: Language) throws(InvalidInput) -> [Located<IdeaDraft>] {
        try drafts(try FlatRecord.json(bytes, file: file), file: file, language: language)
    }

    static func drafts(_ records: [FlatRecord], file: String, language: Language) throws(InvalidInput) -> [Located<IdeaDraft>] {
        var diagnostics = Diagnostics()
        var drafts: [Located<IdeaDraft>] = []
        for record in records {
            let reference = record.first(["reference", "id"])
            guard let title = record.translated("title", language: language) else {
                diagnostics.error(
                    "proposal \(reference?.value ?? "?") has no title (title/\(language.rawValue) or title/<lang>)", at: record.location)
                continue
            }
            var fields = ["title": record.location(of: title.key)]
            var draft = IdeaDraft(title: title.value)
            if let body = record.translated("body", language: language) {
                draft.benefit = PlainText.fromHTML(body.value)
                fields["benefit"] = record.location(of: body.key)
            }
            if let category = record.translated("category/name", language: language) {
                draft.theme = category.value
                fields["theme"] = record.location(of: category.key)
            }
            draft.submitter = record.first(["author/name"])?.value
            let supports = record.first(["supports", "votes"]).flatMap { Int($0.value) }
            let endorsements = record.first(["endorsements/total_count", "likes/total_count", "endorsements"]).flatMap { Int($0.value) }
            var state = record.first(["state"])?.value
            if record.first(["withdrawn"])?.value == "true" { state = "withdrawn" }
            draft.origin = PlatformOrigin(
                platform: "Decidim", reference: reference?.value, supports: supports, endorsements: endorsements, state: state
            ).text(language)
            fields["origin"] = reference.map { record.location(of: $0.key) } ?? record.location
            drafts.append(Located(draft, at: record.location, fields: fields))
        }
        if diagnostics.hasErrors { throw InvalidInput(diagnostics) }
        if drafts.isEmpty { throw InvalidInput("the export holds no proposals", at: SourceLocation(file: file)) }
        return drafts
    }
}
