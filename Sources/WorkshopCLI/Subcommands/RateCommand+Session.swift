import WorkshopKit

/// `workshop rate --interactive`: a rating session, item by item.
extension RateCommand {
    static func session(_ invocation: Invocation, store: WorkspaceStore) throws(CLIError) {
        for option in ["from", "score", "comment", "form", "channel"] where invocation.arguments.has(option) {
            throw .usage("--interactive asks for the answers; leave out --\(option)", command: "rate")
        }
        let rater = try invocation.identifier("rater", as: ParticipantID.self)
        let items = try itemsChosen(invocation)
        let workspace = try invocation.loadWorkspace(store, files: definitionsRead.union([.ratings]))
        let session: RatingSession
        do {
            session = try RatingSession(workspace: workspace, rater: rater, items: items)
        } catch {
            throw .data(error.description)
        }
        let console = invocation.console
        let labels = Labels(workspace.process.language)
        let style = invocation.style
        let onTerminal = console.inputIsTerminal && console.outputIsTerminal
        let again = invocation.arguments.flag("again")
        let todo = session.entries.filter { again || !$0.alreadyRated }
        let counts = Dictionary(grouping: session.entries, by: \.kind).mapValues(\.count)
        var line = 0
        var recorded = 0
        var skipped = 0
        // On a terminal each criterion gets a screen of its own: what was just stored, the item,
        // the criterion; piped, the text runs on.
        var lastMessage = ""
        func finish(open: Int) {
            if onTerminal && !lastMessage.isEmpty { invocation.out("\n" + lastMessage + "\n") }
            let summary = labels.sessionSummary(
                recorded: recorded, skipped: skipped, alreadyRated: session.entries.count - todo.count, open: open)
            invocation.out("\n" + summary + "\n")
        }

        // Position within its kind counts every item of the session, done ones included, so
        // "Idee 3 von 35" means the same on every resume.
        var position: [ItemID: Int] = [:]
        var numbers: [ItemKind: Int] = [:]
        for entry in session.entries {
            numbers[entry.kind, default: 0] += 1
            position[entry.item] = numbers[entry.kind]
        }
        for (index, entry) in todo.enumerated() {
            let progress = labels.sessionProgress(entry.kind, position[entry.item] ?? 0, of: counts[entry.kind] ?? 0)
            let header = style.bold("\(progress) · \(entry.item) · \(entry.title)") + "\n" + "\(labels.theme): \(entry.theme)\n"
            if !onTerminal { invocation.out("\n" + header) }
            var ratings: [Located<Rating>] = []
            var itemDone = true
            for (number, criterion) in session.criteria.enumerated() {
                if onTerminal {
                    invocation.screen("\u{1B}[2J\u{1B}[H")
                    invocation.out((lastMessage.isEmpty ? "" : lastMessage + "\n") + "\n" + header)
                }
                lastMessage = ""
                invocation.out(
                    "\n" + labels.sessionCriterion(number + 1, of: session.criteria.count) + " · " + labels.criterionGroup(criterion.group)
                        + " · " + style.bold(criterion.name) + "\n")
                // Wrapped to 80 columns, continued under the text.
                for question in criterion.questions { invocation.out(Help.wrap(question, indent: 2, width: 80) + "\n") }
                invocation.out(Help.wrap(labels.sheetScaleText(criterion.scale), indent: 2, width: 80) + "\n")
                invocation.out("  " + style.dim(labels.sessionHelp(criterion.scale)) + "\n")
                var answer: SessionAnswer
                repeat {
                    invocation.out("\(labels.sessionPrompt) \(entry.item) · \(criterion.name)> ")
                    guard let text = console.readLine() else {
                        if !onTerminal { invocation.out("\n") }
                        finish(open: todo.count - index)
                        return
                    }
                    line += 1
                    if !console.inputIsTerminal { invocation.out(text + "\n") }
                    answer = SessionAnswer.parse(text, scale: criterion.scale)
                    if case .invalid(let reason) = answer {
                        guard console.inputIsTerminal else {
                            finish(open: todo.count - index)
                            throw .invalid(
                                Diagnostics([
                                    Diagnostic(
                                        .error, "\(entry.item) \(criterion.id): \(reason); nothing recorded for \(entry.item)",
                                        at: SourceLocation(file: "<stdin>", line: line))
                                ]))
                        }
                        invocation.out(style.red(labels.sessionInvalid(text, criterion.scale)) + "\n")
                        continue
                    }
                    break
                } while true
                switch answer {
                case .answer(let score, let comment):
                    let rating = Rating(
                        rater: rater, item: entry.item, criterion: criterion.id, score: score.score, channel: .session, comment: comment)
                    ratings.append(Located(rating, at: SourceLocation(file: "<stdin>", line: line)))
                case .skipItem:
                    itemDone = false
                case .quit:
                    finish(open: todo.count - index)
                    return
                case .invalid:
                    break
                }
                if !itemDone { break }
            }
            if !itemDone {
                skipped += 1
                lastMessage = labels.sessionSkipped(entry.item.rawValue)
                if !onTerminal { invocation.out(lastMessage + "\n") }
                continue
            }
            // Recorded at the time the item is complete (or SOURCE_DATE_EPOCH).
            let now = try Clock(environment: invocation.environment).timestamp
            let batch = ratings.map { located in
                var rating = located
                rating.value.recordedAt = now
                return rating
            }
            try invocation.transaction { () throws(WorkspaceError) in try store.record(ratings: batch) }
            recorded += 1
            lastMessage = style.green(labels.sessionSaved(entry.item.rawValue, answers: batch.count))
            if !onTerminal { invocation.out(lastMessage + "\n") }
        }
        finish(open: 0)
    }
}
