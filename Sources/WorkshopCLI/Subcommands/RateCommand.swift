import WorkshopKit

/// `workshop rate`: record ratings on criteria.
enum RateCommand {
    static let command = Command(
        name: "rate",
        summary: "Record a rater's scores for an idea or project on the criteria.",
        usage: [
            "rate WORKSPACE --rater ID --item ID --score CRITERION=N [--score CRITERION=N ...]",
            "rate WORKSPACE --from FILE.csv [--encoding windows-1252]",
        ],
        discussion: """
            Appends ratings to ratings.csv, the append-only rating log, and flushes them to disk before \
            saying so. Every score is checked first (rater registered, item is an idea or project, criterion \
            exists, score on the criterion's scale); if any is wrong nothing is recorded. Scoring the same item \
            on the same criterion again corrects the earlier score: the later line counts, the earlier stays in \
            the log. --from imports a CSV with the columns rater,item,criterion,score[,recorded_at], e.g. \
            typed in from paper sheets; problems are reported with the file's line and column.
            The time recorded is now, or SOURCE_DATE_EPOCH when set.
            """,
        options: [
            .value("rater", "ID", "The participant who rates."),
            .value("item", "ID", "The idea or project rated."),
            .repeated("score", "CRITERION=N", "A score on one criterion, e.g. wachstum=4; repeatable."),
        ] + ImportFile.options,
        examples: [
            "workshop rate Workshops/my-process --rater AK-01 --item I-3 --score wachstum=4 --score netzwerke=3",
            "workshop rate Workshops/my-process --from scores-2020-08-18.csv",
            "workshop rate Workshops/my-process --from excel-export.csv --encoding windows-1252",
        ],
        run: run)

    static func run(_ invocation: Invocation) throws(CLIError) {
        let store = try invocation.workspaceStore(allowDefault: false)
        let workspace = try invocation.loadForChange(store)
        let clock = try Clock(environment: invocation.environment)
        var ratings: [Located<Rating>]
        if let file = try ImportFile.read(invocation) {
            if ["rater", "item", "score"].contains(where: invocation.arguments.has) {
                throw .usage("--from imports a whole file; leave out --rater, --item and --score", command: "rate")
            }
            let decoded = RatingsLog.decode(file.bytes, file: file.path, reader: file.reader)
            if decoded.diagnostics.hasErrors { throw .invalid(decoded.diagnostics) }
            ratings = decoded.ratings
            if ratings.isEmpty { throw .data("\(file.path) has no ratings below its header") }
        } else {
            let rater = try invocation.identifier("rater", as: ParticipantID.self)
            let item = try invocation.identifier("item", as: ItemID.self)
            let scores = invocation.arguments.all("score")
            if scores.isEmpty { throw .usage("give at least one --score CRITERION=N", command: "rate") }
            ratings = []
            for text in scores {
                let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, let score = Int(parts[1]) else {
                    throw .usage("--score '\(text)' must be CRITERION=N with a whole number N, e.g. wachstum=4", command: "rate")
                }
                guard case .success(let criterion) = CriterionID.validated(parts[0]) else {
                    throw .usage("--score '\(text)': '\(parts[0])' is not a criterion id", command: "rate")
                }
                let rating = Rating(rater: rater, item: item, criterion: criterion, score: score, recordedAt: clock.timestamp)
                let option = SourceLocation(file: "--score \(text)")
                ratings.append(
                    Located(
                        rating, at: option,
                        fields: ["rater": SourceLocation(file: "--rater \(rater)"), "item": SourceLocation(file: "--item \(item)")]))
            }
        }
        for index in ratings.indices where ratings[index].value.recordedAt.isEmpty {
            ratings[index].value.recordedAt = clock.timestamp
        }
        let problems = workspace.problems(in: ratings)
        if problems.hasErrors { throw .invalid(problems) }
        do {
            try store.append(ratings.map(\.value))
        } catch {
            throw .storage(error)
        }
        invocation.out("recorded \(ratings.count) \(ratings.count == 1 ? "rating" : "ratings") in \(store.path(.ratings))\n")
    }
}
