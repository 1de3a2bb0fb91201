/// Criteria and themes changed by command, so nobody edits criteria.json or process.json by
/// hand: each one call on the workspace value, inside `WorkspaceStore.change`.
extension Workspace {
    /// What a `criterion` command gives; `nil` fields stay as they are (or take the default for
    /// a new criterion: weight 1, no questions).
    public struct CriterionEdit: Sendable, Hashable {
        public var id: CriterionID
        public var name: String?
        public var group: CriterionGroup?
        public var weight: Hundredths?
        public var scale: Scale?
        /// Labels for the scale's steps, lowest first: for a new scale, or to reword the current one's.
        public var labels: [String]?
        public var questions: [String]?
        public var reason: String?

        public init(id: CriterionID) { self.id = id }
    }

    /// Adds a criterion (at the end of the catalogue) or changes one.
    ///
    /// Once the criterion has ratings (`ratings`, the number of records in the log naming it),
    /// a weight change is allowed and logged with `day` and the reason (required then) in the
    /// criterion's `weightChanges`; a change of its scale's range or of its group is refused,
    /// since answers given on one scale or in one group would be counted on another: add a new
    /// criterion instead. Labels may be reworded.
    /// - Returns: what was done, in words.
    /// - Throws: `WorkspaceError.refused` saying why.
    public mutating func setCriterion(_ edit: CriterionEdit, ratings: Int, on day: Day) throws(WorkspaceError) -> String {
        if let name = edit.name { try requireText(name, "the name") }
        for question in edit.questions ?? [] { try requireText(question, "a question") }
        guard let index = criteria.firstIndex(where: { $0.id == edit.id }) else {
            guard let name = edit.name, let group = edit.group else {
                throw .refused("criterion \(edit.id) is new: give --name and --group (relevance or potential); criteria: \(criteria.map(\.id.rawValue).joined(separator: ", "))")
            }
            var scale = edit.scale ?? Scale(minimum: 1, maximum: 5)
            if let labels = edit.labels { scale.labels = labels }
            try Self.check(scale, of: edit.id)
            criteria.append(
                Criterion(id: edit.id, group: group, name: name, questions: edit.questions ?? [], weight: edit.weight ?? Hundredths(1), scale: scale))
            return "added criterion \(edit.id)"
        }
        var criterion = criteria[index]
        var done: [String] = []
        if let scale = edit.scale, (scale.minimum, scale.maximum) != (criterion.scale.minimum, criterion.scale.maximum) {
            if ratings > 0 {
                throw .refused(
                    "criterion \(edit.id) has \(ratings) \(ratings == 1 ? "rating" : "ratings") on the scale \(criterion.scale.rangeDescription); they cannot be counted on \(scale.rangeDescription). Add a new criterion with that scale (e.g. --id \(edit.id)-neu) and stop rating this one")
            }
            criterion.scale = Scale(minimum: scale.minimum, maximum: scale.maximum, labels: scale.labels)
            done.append("scale \(scale.rangeDescription)")
        }
        if let labels = edit.labels {
            criterion.scale.labels = labels
            done.append("labels")
        }
        try Self.check(criterion.scale, of: edit.id)
        if let group = edit.group, group != criterion.group {
            if ratings > 0 {
                throw .refused(
                    "criterion \(edit.id) has \(ratings) \(ratings == 1 ? "rating" : "ratings") in \(criterion.group.rawValue); moving them to \(group.rawValue) would change both groups' scores. Add a new criterion in \(group.rawValue) instead")
            }
            criterion.group = group
            done.append("group \(group.rawValue)")
        }
        if let weight = edit.weight, weight != criterion.weight {
            if ratings > 0 {
                guard let reason = edit.reason, !reason.allSatisfy(\.isWhitespace) else {
                    throw .refused(
                        "criterion \(edit.id) has \(ratings) \(ratings == 1 ? "rating" : "ratings"): a new weight changes every score computed with it, so it is logged; give --reason")
                }
                criterion.weightChanges.append(WeightChange(date: day, from: criterion.weight, to: weight, reason: reason))
                done.append("weight \(criterion.weight) → \(weight) (logged)")
            } else {
                done.append("weight \(weight)")
            }
            criterion.weight = weight
        }
        if let name = edit.name, name != criterion.name {
            criterion.name = name
            done.append("name")
        }
        if let questions = edit.questions {
            criterion.questions = questions
            done.append("questions")
        }
        guard !done.isEmpty else { throw .refused("criterion \(edit.id) is as given already; nothing to change") }
        criteria[index] = criterion
        return "changed criterion \(edit.id): " + done.joined(separator: ", ")
    }

    private static func check(_ scale: Scale, of criterion: CriterionID) throws(WorkspaceError) {
        guard scale.minimum < scale.maximum else { throw .refused("criterion \(criterion): a scale runs from a lower to a higher number, e.g. 1-5") }
        let steps = scale.maximum - scale.minimum + 1
        if !scale.labels.isEmpty && scale.labels.count != steps {
            throw .refused("criterion \(criterion): the scale \(scale.rangeDescription) has \(steps) steps but \(scale.labels.count) labels; label every step or none")
        }
    }

    /// Adds a theme, or renames it and sets its guiding image.
    /// - Returns: what was done, in words.
    /// - Throws: `WorkspaceError.refused` for a new theme without a name, or an id an idea or
    ///   project has (themes are rated under their id).
    public mutating func setTheme(_ id: ThemeID, name: String?, guidingImage: String?) throws(WorkspaceError) -> String {
        if let name { try requireText(name, "the name") }
        if let guidingImage { try requireText(guidingImage, "the guiding image") }
        guard let index = process.themes.firstIndex(where: { $0.id == id }) else {
            guard let name else { throw .refused("theme \(id) is new: give --name") }
            if ratedItem(ItemID(rawValue: id.rawValue)) != nil {
                throw .refused("'\(id)' is the id of an idea or project; themes are rated under their id, so choose another")
            }
            process.themes.append(Theme(id: id, name: name, guidingImage: guidingImage))
            return "added theme \(id)"
        }
        if let name { process.themes[index].name = name }
        if let guidingImage { process.themes[index].guidingImage = guidingImage }
        guard name != nil || guidingImage != nil else { throw .refused("give --name or --guiding-image to change theme \(id)") }
        return "changed theme \(id)"
    }
}
