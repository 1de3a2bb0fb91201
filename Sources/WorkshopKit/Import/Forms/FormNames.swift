import Foundation

/// A workspace's items, criteria and participants under the keys a form export names them by,
/// built once per export: placing a column or naming a respondent is then a lookup, not a walk
/// over every idea, project, theme and participant with their names folded again each time.
///
/// The answers are those of comparing name keys directly (`NameKey.key`), in workspace order.
struct FormNames {
    /// Ideas, projects and themes by the name key of their id, of their title, and of both
    /// (`P3 Synergie-Quelle`).
    private var items: [String: [ItemID]] = [:]
    /// Criteria by the name key of their id and of their name.
    private var criteria: [String: [CriterionID]] = [:]
    private var participantIDs: Set<ParticipantID> = []
    /// Participants by their id in lower case.
    private var participantsByLowercasedID: [String: [ParticipantID]] = [:]
    /// Participants by the name key of their name.
    private var participantsByName: [String: [ParticipantID]] = [:]

    init(_ workspace: Workspace) {
        let named = workspace.ideas.map { (ItemID($0.id), $0.title) } + workspace.projects.map { (ItemID($0.id), $0.title) }
            + workspace.process.themes.map { (ItemID(rawValue: $0.id.rawValue), $0.name) }
        for (id, title) in named {
            let idKey = NameKey.key(id.rawValue)
            let titleKey = NameKey.key(title)
            Self.add(id, under: [idKey, titleKey, idKey + titleKey], to: &items)
        }
        for criterion in workspace.criteria {
            Self.add(criterion.id, under: [NameKey.key(criterion.id.rawValue), NameKey.key(criterion.name)], to: &criteria)
        }
        for participant in workspace.participants {
            participantIDs.insert(participant.id)
            participantsByLowercasedID[participant.id.rawValue.lowercased(), default: []].append(participant.id)
            participantsByName[NameKey.key(participant.name), default: []].append(participant.id)
        }
    }

    /// Ideas, projects and themes a text names: by id, by title, or by id and title.
    func items(matching text: String) -> [ItemID] {
        let key = NameKey.key(text)
        return key.isEmpty ? [] : items[key] ?? []
    }

    /// Criteria whose id or name has the name key `key`.
    func criteria(withKey key: String) -> [CriterionID] { criteria[key] ?? [] }

    /// The participant whose id is `text` exactly, if any.
    func participant(exactly text: String) -> ParticipantID? {
        participantIDs.contains(ParticipantID(text)) ? ParticipantID(text) : nil
    }

    /// Participants whose id is `text` in another case.
    func participants(withIDIgnoringCase text: String) -> [ParticipantID] { participantsByLowercasedID[text.lowercased()] ?? [] }

    /// Participants whose name has the same name key as `text`.
    func participants(named text: String) -> [ParticipantID] { participantsByName[NameKey.key(text)] ?? [] }

    /// Files `value` under each distinct key once, keeping the order values are added in.
    private static func add<Value>(_ value: Value, under keys: [String], to index: inout [String: [Value]]) {
        var seen: Set<String> = []
        for key in keys where seen.insert(key).inserted {
            index[key, default: []].append(value)
        }
    }
}
