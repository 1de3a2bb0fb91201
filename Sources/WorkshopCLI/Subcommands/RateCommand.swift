import WorkshopKit

/// `workshop rate`: record ratings on criteria.
enum RateCommand {
    static let command = Command(
        name: "rate",
        summary: "Record a rater's scores for an idea or project on the criteria.",
        usage: [
            "rate WORKSPACE --rater ID --item ID --score CRITERION=N [--score CRITERION=N ...] [--comment TEXT] [--channel CHANNEL]",
            "rate WORKSPACE --from FILE.csv [--encoding windows-1252]",
        ],
        discussion: """
            Appends ratings to ratings.csv, the append-only rating log, as one batch, flushed to disk \
            before it says so: all of them, or (after any failure, Ctrl-C included) none. Every score is \
            checked first (rater registered, item is an idea or project, criterion exists, score on the \
            criterion's scale); if any is wrong nothing is recorded. CRITERION=? records "don't know", which \
            is no score and never counts as one. Scoring the same item on the same criterion again corrects \
            the earlier score: the later record counts, the earlier stays in the log. --from imports a CSV \
            with the columns rater,item,criterion,score[,recorded_at][,channel][,comment], e.g. typed in \
            from paper sheets; problems are reported with the file's line and column. The channel says how \
            ratings arrived: command (default here), sheet, session, import (default with --from), form.
            The time recorded is now, or SOURCE_DATE_EPOCH when set.
            """,
        options: [
            .value("rater", "ID", "The participant who rates."),
            .value("item", "ID", "The idea or project rated."),
            .repeated("score", "CRITERION=N", "A score on one criterion, e.g. wachstum=4, or wachstum=? for don't know; repeatable."),
            .value("comment", "TEXT", "What the rater added in words (one line)."),
            .value("channel", "CHANNEL", "command, sheet, session, import or form."),
        ] + ImportFile.options,
        examples: [
            "workshop rate Workshops/my-process --rater AK-01 --item I-3 --score wachstum=4 --score netzwerke=?",
            "workshop rate Workshops/my-process --rater AK-02 --item P7 --score imagefaktor=5 --comment \"Leuchtturm für den Kreis\" --channel session",
            "workshop rate Workshops/my-process --from scores-2020-08-18.csv",
            "workshop rate Workshops/my-process --from excel-export.csv --encoding windows-1252",
        ],
        run: run)

    static func run(_ invocation: Invocation) throws(CLIError) {
        let store = try invocation.workspaceStore(allowDefault: false)
        let clock = try Clock(environment: invocation.environment)
        var channel: RatingChannel?
        if let text = invocation.arguments.value("channel") {
            guard let parsed = RatingChannel(rawValue: text) else {
                throw .usage("--channel '\(text)' is not known; use \(RatingChannel.allCases.map(\.rawValue).joined(separator: ", "))", command: "rate")
            }
            channel = parsed
        }
        var ratings: [Located<Rating>]
        if let file = try ImportFile.read(invocation) {
            if ["rater", "item", "score", "comment"].contains(where: invocation.arguments.has) {
                throw .usage("--from imports a whole file; leave out --rater, --item, --score and --comment", command: "rate")
            }
            let decoded = LogImport.ratings(file.bytes, file: file.path, reader: file.reader, importing: true)
            if decoded.diagnostics.hasErrors { throw .invalid(decoded.diagnostics) }
            ratings = decoded.ratings
            if ratings.isEmpty { throw .invalid("no ratings below the header; add one line per rating", at: SourceLocation(file: file.path, line: 2)) }
            for index in ratings.indices where ratings[index].value.channel == nil { ratings[index].value.channel = channel ?? .import }
        } else {
            let rater = try invocation.identifier("rater", as: ParticipantID.self)
            let item = try invocation.identifier("item", as: ItemID.self)
            let comment = try invocation.text("comment") ?? ""
            let scores = invocation.arguments.all("score")
            if scores.isEmpty { throw .usage("give at least one --score CRITERION=N", command: "rate") }
            ratings = []
            var seen: [CriterionID: String] = [:]
            for text in scores {
                let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, parts[1] == "?" || Int(parts[1]) != nil else {
                    throw .usage("--score '\(text)' must be CRITERION=N with a whole number N (or ? for don't know), e.g. wachstum=4", command: "rate")
                }
                guard case .success(let criterion) = CriterionID.validated(parts[0]) else {
                    throw .usage("--score '\(text)': '\(parts[0])' is not a criterion id", command: "rate")
                }
                if let earlier = seen.updateValue(text, forKey: criterion) {
                    throw .usage("--score '\(earlier)' and --score '\(text)' score \(criterion) twice; give one score per criterion", command: "rate")
                }
                let rating = Rating(
                    rater: rater, item: item, criterion: criterion, score: Int(parts[1]), channel: channel ?? .command, comment: comment)
                ratings.append(
                    Located(
                        rating, at: SourceLocation(file: "--score \(text)"),
                        fields: [
                            "rater": SourceLocation(file: "--rater \(rater)"), "item": SourceLocation(file: "--item \(item)"),
                            "comment": SourceLocation(file: "--comment"),
                        ]))
            }
        }
        for index in ratings.indices where ratings[index].value.recordedAt == nil {
            ratings[index].value.recordedAt = clock.timestamp
        }
        let all = ratings
        try invocation.transaction { () throws(WorkspaceError) in try store.record(ratings: all) }
        invocation.out("recorded \(ratings.count) \(ratings.count == 1 ? "rating" : "ratings") in \(store.path(.ratings))\n")
    }
}
