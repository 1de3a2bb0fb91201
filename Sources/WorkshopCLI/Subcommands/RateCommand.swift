import WorkshopKit

/// `workshop rate`: record ratings on criteria: on the command line, from a file (a list, a
/// returned scoring sheet, a form export), or in a session at the terminal.
enum RateCommand {
    static let command = Command(
        name: "rate",
        summary: "Record a rater's scores: on the command line, from a sheet, list or form export, or in a session.",
        usage: [
            "rate WORKSPACE --rater ID --item ID --score CRITERION=N [--score CRITERION=N ...] [--comment TEXT] [--channel CHANNEL]",
            "rate WORKSPACE --from FILE.csv [--encoding windows-1252]",
            "rate WORKSPACE --rater ID --sheet FILE.csv [--csv-profile excel-de|standard] [--item ID ...]",
            "rate WORKSPACE --from FILLED-SHEET.csv [--rater ID]",
            "rate WORKSPACE --from FORM-EXPORT.csv --form [--mapping MAP.csv | --draft-mapping MAP.csv]",
            "rate WORKSPACE --rater ID --interactive [--item ID ...] [--again]",
        ],
        discussion: """
            Appends ratings to ratings.csv, the append-only rating log, as one batch, flushed to disk \
            before it says so: all of them, or (after any failure, Ctrl-C included) none. Every score is \
            checked first (rater registered, item is an idea, project or theme, criterion exists, score on the \
            criterion's scale); if any is wrong nothing is recorded. CRITERION=? records "don't know", which \
            is no score and never counts as one. Scoring the same item on the same criterion again corrects \
            the earlier score: the later record counts, the earlier stays in the log. The channel says how \
            ratings arrived: command (default here), sheet, session, import (default with --from), form. \
            The time recorded is now, or SOURCE_DATE_EPOCH when set.

            --from reads a CSV with the columns rater,item,criterion,score[,recorded_at][,channel][,comment], \
            e.g. typed in from paper; problems are reported with the file's line and column.

            --sheet writes a rater's scoring sheet: one row per item (the ideas not set aside as listed, \
            then the projects; --item chooses), one column per criterion with its guiding questions and \
            scale, a comment column, and a header block naming the workspace, the rater and the sheet \
            number. In excel-de (the Coesfeld default) it opens with a double click in German Excel; FILE.xlsx \
            writes the same as an Excel workbook (read back after saving it as CSV). --from \
            recognises a filled sheet by that header and imports its answers and comments as one batch \
            (channel sheet): a sheet for another workspace or rater is refused, saying whose it is; the \
            same sheet imported again with the same answers is recognised in the log and not counted twice; \
            changed answers are recorded as corrections.

            --from FILE --form reads the wide CSV of an online form (one row per respondent, a column per \
            item and criterion, headed like "P3 – Wachstumspotenzial"), all or nothing, every column it \
            cannot place named; --draft-mapping writes a mapping file (column,maps_to,note) to finish by \
            hand, --mapping reads the finished one. The export is one batch (channel form), recognised like \
            a sheet when the same export is imported again.

            --interactive walks a rater through the items (ideas as listed, then projects, then themes only \
            when named with --item) and the criteria in catalogue order, showing the guiding questions and \
            the scale. Answer with a score, ? for don't know, optionally followed by # and a comment; - skips \
            the item; q or the end of input stops. Each item's answers are recorded as one batch (channel \
            session) as soon as it is complete; an item left open is not. Items the rater has already rated \
            on every criterion are skipped unless --again. When standard input is not a terminal it reads \
            one answer per line, so a session can be scripted; a line that is not an answer stops with \
            status 65 naming the line.
            """,
        options: [
            .value("rater", "ID", "The participant who rates."),
            .repeated("item", "ID", "The idea, project or theme rated; with --sheet or --interactive, repeatable to choose the items."),
            .repeated("score", "CRITERION=N", "A score on one criterion, e.g. wachstum=4, or wachstum=? for don't know; repeatable."),
            .value("comment", "TEXT", "What the rater added in words (one line)."),
            .value("channel", "CHANNEL", "command, sheet, session, import or form."),
        ] + ImportFile.options + [
            .value("sheet", "FILE", "Write the rater's scoring sheet to FILE (a new file): CSV, or an Excel workbook when FILE ends in .xlsx."),
            .value("csv-profile", "NAME", "The sheet's CSV profile: excel-de or standard (default: the workspace's)."),
            .flag("form", "--from is a form export: a row per respondent, a column per item and criterion."),
            .value("mapping", "FILE", "With --form: how the export's columns map (column,maps_to,note)."),
            .value("draft-mapping", "FILE", "With --form: write a mapping file for the export to finish; records nothing."),
            .flag("interactive", "Rate item by item at the terminal (or from lines on standard input)."),
            .flag("again", "With --interactive: also the items the rater has already rated."),
        ],
        examples: [
            "workshop rate Workshops/my-process --rater AK-01 --item I-3 --score wachstum=4 --score netzwerke=?",
            "workshop rate Workshops/my-process --rater AK-02 --item P7 --score imagefaktor=5 --comment \"Leuchtturm für den Kreis\" --channel session",
            "workshop rate Workshops/my-process --from scores-2020-08-18.csv",
            "workshop rate Workshops/my-process --from excel-export.csv --encoding windows-1252",
            "workshop rate Workshops/my-process --rater AK-01 --sheet bogen-AK-01.csv",
            "workshop rate Workshops/my-process --rater AK-02 --sheet bogen-AK-02.xlsx",
            "workshop rate Workshops/my-process --from bogen-AK-01.csv",
            "workshop rate Workshops/my-process --from umfrage.csv --form --draft-mapping zuordnung.csv",
            "workshop rate Workshops/my-process --from umfrage.csv --form --mapping zuordnung.csv",
            "workshop rate Workshops/my-process --rater AK-03 --interactive",
            "printf '4\\n3 # kenne ich\\n?\\n-\\nq\\n' | workshop rate Workshops/my-process --rater AK-03 --interactive --item P1 --item P2",
        ],
        run: run)

    static func run(_ invocation: Invocation) throws(CLIError) {
        let store = try invocation.workspaceStore(allowDefault: false)
        let clock = try Clock(environment: invocation.environment)
        let arguments = invocation.arguments
        if arguments.has("sheet") { return try writeSheet(invocation, store: store) }
        if arguments.has("interactive") { return try session(invocation, store: store) }
        for (option, partner) in [("form", "--from FILE"), ("mapping", "--from FILE --form"), ("draft-mapping", "--from FILE --form")]
        where arguments.has(option) && !(arguments.has("from") && (option == "form" || arguments.has("form"))) {
            throw .usage("--\(option) goes with \(partner)", command: "rate")
        }
        if arguments.has("again") { throw .usage("--again goes with --interactive", command: "rate") }
        if arguments.has("csv-profile") { throw .usage("--csv-profile goes with --sheet FILE", command: "rate") }
        var channel: RatingChannel?
        if let text = arguments.value("channel") {
            guard let parsed = RatingChannel(rawValue: text) else {
                throw .usage("--channel '\(text)' is not known; use \(RatingChannel.allCases.map(\.rawValue).joined(separator: ", "))", command: "rate")
            }
            channel = parsed
        }
        var ratings: [Located<Rating>]
        if let path = arguments.value("from"), path.lowercased().hasSuffix(".xlsx") {
            throw .data(
                "\(path): a filled .xlsx cannot be read yet (it needs an inflate the toolkit does not have); open it and save it as CSV (Datei → Speichern unter → CSV UTF-8), then import that")
        }
        if let file = try ImportFile.read(invocation) {
            if ["item", "score", "comment"].contains(where: arguments.has) {
                throw .usage("--from imports a whole file; leave out --item, --score and --comment", command: "rate")
            }
            if arguments.flag("form") { return try importForm(invocation, store: store, file: file, clock: clock) }
            if ScoringSheet.recognises(file.bytes, encoding: file.encoding) {
                return try importSheet(invocation, store: store, file: file, clock: clock)
            }
            if arguments.has("rater") { throw .usage("--from FILE.csv imports a list naming its raters; leave out --rater", command: "rate") }
            let decoded = LogImport.ratings(file.bytes, file: file.path, reader: file.reader, importing: true)
            if decoded.diagnostics.hasErrors { throw .invalid(decoded.diagnostics) }
            ratings = decoded.ratings
            if ratings.isEmpty { throw .invalid("no ratings below the header; add one line per rating", at: SourceLocation(file: file.path, line: 2)) }
            for index in ratings.indices where ratings[index].value.channel == nil { ratings[index].value.channel = channel ?? .import }
        } else {
            let rater = try invocation.identifier("rater", as: ParticipantID.self)
            if arguments.all("item").count > 1 { throw .usage("give one --item for --score; a sheet or a session takes several", command: "rate") }
            let item = try invocation.identifier("item", as: ItemID.self)
            let comment = try invocation.text("comment") ?? ""
            let scores = arguments.all("score")
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

    /// The files a sheet, a form or a session is checked against: never a log.
    static let definitionsRead: Set<WorkspaceFile> = [.process, .participants, .ideas, .projects, .criteria]

    /// The ratings of returned responses, or every response with a comment but no answer named.
    static func ratings(of responses: [Located<ItemResponse>], channel: RatingChannel, at time: Timestamp) throws(CLIError) -> [Located<Rating>] {
        var diagnostics = Diagnostics()
        var ratings: [Located<Rating>] = []
        for response in responses {
            do {
                ratings += try response.ratings(channel: channel, at: time)
            } catch {
                diagnostics.append(contentsOf: error.diagnostics)
            }
        }
        if diagnostics.hasErrors { throw .invalid(diagnostics) }
        return ratings
    }

    /// Records `ratings` unless the log already holds the same batch, and says which it was.
    static func recordOnce(_ ratings: [Located<Rating>], what: String, invocation: Invocation, store: WorkspaceStore) throws(CLIError) {
        let receipt = try invocation.transaction { () throws(WorkspaceError) in try store.record(ratings: ratings, onlyOnce: true) }
        if receipt.isRepeat {
            invocation.out(
                "\(what) was already recorded (\(receipt.log), seq \(receipt.seqs.lowerBound)–\(receipt.seqs.upperBound)) with the same answers; nothing recorded\n")
        } else {
            invocation.out("recorded \(ratings.count) \(ratings.count == 1 ? "rating" : "ratings") from \(what) in \(receipt.log)\n")
        }
    }
}
