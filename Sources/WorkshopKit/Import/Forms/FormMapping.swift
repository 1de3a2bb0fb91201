import Foundation

/// How the columns of a form export map to the rater, items and criteria.
///
/// Found by name where the headings say it (`P3 – Wachstumspotenzial`, `Smarter unterwegs:
/// Geräte`, Google's grid style `Bewertung [P3]`…), or given as a small mapping file that the
/// toolkit drafts for the columns it cannot place:
///
/// ```
/// column,maps_to,note
/// Zeitstempel,ignore,
/// Ihre Kennung,rater,
/// P3 – Wachstumspotenzial,P3 wachstum,
/// P3 – Anmerkungen,P3 comment,
/// Frage 7,,"no item and criterion found: write ITEM CRITERION, ITEM comment, rater or ignore"
/// ```
public struct FormMapping: Sendable, Hashable {
    /// What one column holds.
    public enum Target: Sendable, Hashable, CustomStringConvertible {
        /// The respondent: a participant's id or name.
        case rater
        /// Nothing to import (a timestamp, an e-mail address).
        case ignore
        /// Answers on one criterion for one item.
        case answer(ItemID, CriterionID)
        /// Remarks on one item.
        case comment(ItemID)

        /// As in the mapping file: `rater`, `ignore`, `P3 wachstum`, `P3 comment`.
        public var description: String {
            switch self {
            case .rater: "rater"
            case .ignore: "ignore"
            case .answer(let item, let criterion): "\(item) \(criterion)"
            case .comment(let item): "\(item) comment"
            }
        }
    }

    /// Per column heading (as in the export, without surrounding spaces), what it holds.
    public var targets: [String: Target]

    public init(targets: [String: Target]) {
        self.targets = targets
    }

    // MARK: Matching by name

    /// Headings of a respondent column, as name keys.
    static let raterKeys: Set<String> = [
        "rater", "raterid", "bewertende", "bewertendeperson", "bewerter", "bewerterin", "teilnehmer", "teilnehmerin",
        "teilnehmende", "teilnehmerid", "participant", "participantid", "kennung", "ihrekennung", "pseudonym",
    ]
    /// Headings of the time stamps form tools add, as name keys: ignored.
    static let timestampKeys: Set<String> = [
        "zeitstempel", "timestamp", "startzeit", "starttime", "endzeit", "endtime", "fertigstellungszeit", "completiontime",
        "submittedat", "abgeschickt",
    ]
    /// Words for a comment column, as name keys.
    static let commentKeys: Set<String> = ["kommentar", "anmerkung", "anmerkungen", "bemerkung", "bemerkungen", "comment", "comments", "remarks", "notes"]

    /// Every target a heading can mean, by name (looked up in `names`): none, one, or several (ambiguous).
    static func candidates(_ heading: String, names: FormNames) -> [Target] {
        let key = NameKey.key(heading)
        if timestampKeys.contains(key) { return [.ignore] }
        if raterKeys.contains(key) { return [.rater] }
        var found: [Target] = []
        for (first, second) in splits(heading) {
            for (itemText, criterionText) in [(first, second), (second, first)] {
                let items = names.items(matching: itemText)
                guard !items.isEmpty else { continue }
                let criterionKey = NameKey.key(criterionText)
                let targets: [Target] =
                    commentKeys.contains(criterionKey)
                    ? items.map { .comment($0) }
                    : names.criteria(withKey: criterionKey).flatMap { criterion in items.map { .answer($0, criterion) } }
                for target in targets where !found.contains(target) { found.append(target) }
            }
        }
        return found
    }

    /// The ways to cut a heading in two: at each dash, colon, bar or slash with spaces around,
    /// and `A [B]` / `A (B)` with the bracket closing the heading.
    static func splits(_ heading: String) -> [(String, String)] {
        let text = heading.trimmingCharacters(in: .whitespacesAndNewlines)
        var pairs: [(String, String)] = []
        for separator in [" – ", " — ", " - ", ": ", " | ", " / "] {
            var searchStart = text.startIndex
            while let range = text.range(of: separator, range: searchStart..<text.endIndex) {
                pairs.append((String(text[..<range.lowerBound]), String(text[range.upperBound...])))
                searchStart = range.upperBound
            }
        }
        for (open, close) in [("[", "]"), ("(", ")")] where text.hasSuffix(close) {
            if let start = text.range(of: open, options: .backwards) {
                pairs.append((String(text[..<start.lowerBound]), String(text[start.upperBound..<text.index(before: text.endIndex)])))
            }
        }
        return pairs
    }

    // MARK: Drafting

    /// A mapping file for `headings`: what each column was matched to by name, and an empty
    /// `maps_to` with a note where nothing or more than one thing matched, to fill in by hand.
    public static func draft(_ headings: [String], workspace: Workspace) -> String {
        let names = FormNames(workspace)
        var rows: [[CSVCell]] = []
        for heading in headings.map({ $0.trimmingCharacters(in: .whitespacesAndNewlines) }) {
            let found = candidates(heading, names: names)
            switch found.count {
            case 1: rows.append([.text(heading), .text(found[0].description), .empty])
            case 0: rows.append([.text(heading), .empty, .text("no item and criterion found: write ITEM CRITERION, ITEM comment, rater or ignore")])
            default: rows.append([.text(heading), .empty, .text("several matches: " + found.map(\.description).joined(separator: ", "))])
            }
        }
        return CSVWriter(profile: .standard).document(header: ["column", "maps_to", "note"], rows: rows)
    }
}
