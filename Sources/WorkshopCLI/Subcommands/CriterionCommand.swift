import WorkshopKit

/// `workshop criterion`: add or change a criterion of the catalogue.
enum CriterionCommand {
    static let command = Command(
        name: "criterion",
        summary: "Add or change a criterion: group, weight, scale with labels, guiding questions.",
        usage: [
            "criterion WORKSPACE --id ID --name TEXT --group relevance|potential [--weight N] [--scale MIN-MAX] [--label N=TEXT ...] [--question TEXT ...]",
            "criterion WORKSPACE --id ID [--name TEXT] [--weight N --reason TEXT] [--label N=TEXT ...] [--question TEXT ...] [--date YYYY-MM-DD]",
        ],
        discussion: """
            Writes criteria.json. A new criterion goes at the end of the catalogue (sheets and sessions ask \
            in that order); it needs a name and a group, and takes weight 1 and the scale 1-5 unless given. \
            --label gives a step's label (all steps or none); --question, repeatable, replaces the guiding \
            questions. Once a criterion has ratings (counted in ratings.csv under the workspace's lock), a \
            new weight is allowed but logged in the criterion's weightChanges with the date, the old and \
            new weight and the --reason (required then), and index.md lists it; a new scale range or group \
            is refused with the number of ratings: add a new criterion instead. Labels may be reworded.
            """,
        options: [
            .value("id", "ID", "The criterion's id, e.g. wachstum."),
            .value("name", "TEXT", "Its name, e.g. Wachstumspotenzial."),
            .value("group", "GROUP", "relevance or potential."),
            .value("weight", "N", "Its weight within the group, 0.01…1000, e.g. 1.5."),
            .value("scale", "MIN-MAX", "Its scale, e.g. 1-5 or 0-10."),
            .repeated("label", "N=TEXT", "The label of one step, e.g. 1=\"sehr gering\"; every step or none."),
            .repeated("question", "TEXT", "A guiding question; repeatable, replaces the questions."),
            .value("reason", "TEXT", "Why the weight changes (logged; required once the criterion has ratings)."),
            .value("date", "YYYY-MM-DD", "The day of the change (default: today, or SOURCE_DATE_EPOCH)."),
        ],
        examples: [
            "workshop criterion Workshops/my-process --id tourismus --name \"Bedeutung für den Tourismus\" --group relevance --scale 1-5 --label 1=\"sehr gering\" --label 2=gering --label 3=mittel --label 4=hoch --label 5=\"sehr hoch\" --question \"Wie wichtig ist der Tourismus im Ort?\"",
            "workshop criterion Workshops/my-process --id wachstum --weight 2 --reason \"AG-Beschluss vom 25.08.2020: Wachstum stärker gewichten\"",
        ],
        run: run)

    static func run(_ invocation: Invocation) throws(CLIError) {
        var edit = Workspace.CriterionEdit(id: try invocation.identifier("id", as: CriterionID.self))
        edit.name = try invocation.text("name")
        edit.group = try invocation.choice("group", as: CriterionGroup.self)
        edit.weight = try invocation.hundredths("weight", range: 1...100_000)
        edit.reason = try invocation.text("reason")
        var day = try Clock(environment: invocation.environment).today
        if let given = try invocation.day("date") { day = given }
        if let text = invocation.arguments.value("scale") {
            let parts = text.split(separator: "-", maxSplits: 1).map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard parts.count == 2, let minimum = parts[0], let maximum = parts[1], minimum < maximum, minimum >= 0, maximum <= 1000 else {
                throw .usage("--scale '\(text)' must be MIN-MAX with whole numbers 0…1000, MIN below MAX, e.g. 1-5", command: "criterion")
            }
            edit.scale = Scale(minimum: minimum, maximum: maximum)
        }
        let labelTexts = invocation.arguments.all("label")
        if !labelTexts.isEmpty {
            var labels: [Int: String] = [:]
            for text in labelTexts {
                let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, let step = Int(parts[0]), !parts[1].allSatisfy(\.isWhitespace), labels[step] == nil else {
                    throw .usage("--label '\(text)' must be N=TEXT with a step N given once, e.g. 1=\"sehr gering\"", command: "criterion")
                }
                labels[step] = parts[1]
            }
            edit.labels = labels.keys.sorted().map { labels[$0] ?? "" }
            let steps = labels.keys.sorted()
            if let first = steps.first, let last = steps.last, last - first + 1 != steps.count {
                throw .usage("--label: steps \(steps.map(String.init).joined(separator: ", ")) leave gaps; label every step of the scale", command: "criterion")
            }
            if let scale = edit.scale, steps != Array(scale.minimum...scale.maximum) {
                throw .usage("--label: the scale \(scale.rangeDescription) needs a label for each of its steps, and only those", command: "criterion")
            }
        }
        let questions = invocation.arguments.all("question")
        if !questions.isEmpty { edit.questions = questions }
        let change = edit
        let store = try invocation.workspaceStore(allowDefault: false)
        let message = try invocation.transaction { () throws(WorkspaceError) in
            try store.change([.criteria]) { workspace throws(WorkspaceError) in
                let counts: [CriterionID: Int]
                do throws(StorageError) {
                    counts = try store.ratingRecordsByCriterion()
                } catch {
                    throw .storage(error)
                }
                if let labels = change.labels, change.scale == nil, let current = workspace.criterion(change.id)?.scale,
                    labels.count != current.maximum - current.minimum + 1
                {
                    throw .refused("criterion \(change.id) has the scale \(current.rangeDescription): give a --label for each of its steps")
                }
                return try workspace.setCriterion(change, ratings: counts[change.id] ?? 0, on: day)
            }
        }
        invocation.out("\(message) (\(store.path(.criteria)))\n")
    }
}
