import WorkshopKit

/// `workshop rate --sheet`, and `--from` with a returned sheet or a form export.
extension RateCommand {
    /// Writes a rater's scoring sheet to a new file.
    static func writeSheet(_ invocation: Invocation, store: WorkspaceStore) throws(CLIError) {
        let path = try invocation.required("sheet")
        for option in ["from", "score", "comment", "interactive", "form"] where invocation.arguments.has(option) {
            throw .usage("--sheet writes a blank sheet; leave out --\(option)", command: "rate")
        }
        let rater = try invocation.identifier("rater", as: ParticipantID.self)
        let items = try itemsChosen(invocation)
        let workspace = try invocation.loadWorkspace(store, files: definitionsRead)
        let sheet: ScoringSheet
        do {
            sheet = try ScoringSheet(workspace: workspace, rater: rater, items: items)
        } catch {
            throw .data(error.description)
        }
        let isWorkbook = path.lowercased().hasSuffix(".xlsx")
        if isWorkbook && invocation.arguments.has("csv-profile") { throw .usage("--csv-profile is for a CSV sheet, not .xlsx", command: "rate") }
        let profile = try invocation.csvProfile() ?? workspace.process.csvProfile
        let url = invocation.url(path)
        if FileSystem.exists(url) {
            throw .storage(StorageError(.exists, path: path, reason: "exists already; a sheet is never written over (it may hold answers): remove it or choose another name"))
        }
        do {
            try FileSystem.writeAtomically(isWorkbook ? sheet.xlsx() : Array(sheet.csv(profile: profile).utf8), to: url, shownAs: path)
        } catch {
            throw .storage(error)
        }
        invocation.out(
            "wrote scoring sheet \(sheet.id) for \(rater) (\(sheet.rows.count) \(sheet.rows.count == 1 ? "item" : "items") × \(sheet.criteria.count) criteria, \(isWorkbook ? "xlsx" : profile.rawValue)) to \(path)\n")
    }

    /// The items `--item` names, in the order given; `nil` for the default.
    static func itemsChosen(_ invocation: Invocation) throws(CLIError) -> [ItemID]? {
        let texts = invocation.arguments.all("item")
        guard !texts.isEmpty else { return nil }
        var items: [ItemID] = []
        for text in texts {
            switch ItemID.validated(text) {
            case .success(let id): items.append(id)
            case .failure(let error): throw .usage("--item: \(error.message)", command: "rate")
            }
        }
        return items
    }

    /// Imports a filled-in scoring sheet as one batch, once.
    static func importSheet(
        _ invocation: Invocation, store: WorkspaceStore, file: (bytes: [UInt8], path: String, reader: CSVReader, encoding: TextEncoding),
        clock: Clock
    ) throws(CLIError) {
        let rater = try invocation.optionalIdentifier("rater", as: ParticipantID.self)
        let workspace = try invocation.loadWorkspace(store, files: definitionsRead)
        let returned: ReturnedSheet
        do {
            returned = try ScoringSheet.read(file.bytes, file: file.path, workspace: workspace, rater: rater, encoding: file.encoding)
        } catch {
            throw .invalid(error.diagnostics)
        }
        if returned.responses.isEmpty { throw .data("\(file.path) (sheet \(returned.sheet) of \(returned.rater)) has no answers yet; nothing recorded") }
        let ratings = try ratings(of: returned.responses, channel: .sheet, at: clock.timestamp)
        try recordOnce(ratings, what: "sheet \(returned.sheet) of \(returned.rater)", invocation: invocation, store: store)
    }

    /// Imports a form export as one batch, once; or drafts its mapping file.
    static func importForm(
        _ invocation: Invocation, store: WorkspaceStore, file: (bytes: [UInt8], path: String, reader: CSVReader, encoding: TextEncoding),
        clock: Clock
    ) throws(CLIError) {
        if invocation.arguments.has("rater") { throw .usage("a form export names its respondents; leave out --rater", command: "rate") }
        if invocation.arguments.has("mapping") && invocation.arguments.has("draft-mapping") {
            throw .usage("give --mapping (to import) or --draft-mapping (to write one), not both", command: "rate")
        }
        let workspace = try invocation.loadWorkspace(store, files: definitionsRead)
        if let path = invocation.arguments.value("draft-mapping") {
            let headings: [String]
            do {
                headings = try CSVReader(encoding: file.encoding).read(file.bytes, file: file.path).records.first?.fields ?? []
            } catch {
                throw .invalid(error.diagnostics)
            }
            if headings.isEmpty { throw .data("\(file.path) is empty; a form export starts with a row of column headings") }
            let url = invocation.url(path)
            if FileSystem.exists(url) {
                throw .storage(StorageError(.exists, path: path, reason: "exists already; a mapping is never written over: remove it or choose another name"))
            }
            let draft = FormMapping.draft(headings, workspace: workspace)
            do {
                try FileSystem.writeAtomically(Array(draft.utf8), to: url, shownAs: path)
            } catch {
                throw .storage(error)
            }
            let open = draft.split(whereSeparator: \.isNewline).dropFirst().filter { $0.contains(",,") }.count
            invocation.out(
                "wrote a mapping for \(headings.count) columns to \(path)\(open == 0 ? "" : "; \(open) still to map (empty maps_to)"); nothing recorded. Finish it, then: workshop rate \(store.shownAs) --from \(file.path) --form --mapping \(path)\n")
            return
        }
        var mapping: FormMapping?
        if let path = invocation.arguments.value("mapping") {
            do {
                let bytes = try FileSystem.read(invocation.url(path), shownAs: path)
                mapping = try FormMapping.read(bytes, file: path, workspace: workspace)
            } catch let error as StorageError {
                throw .storage(error)
            } catch let error as InvalidInput {
                throw .invalid(error.diagnostics)
            } catch {
                throw .data("\(error)")
            }
        }
        let responses: [Located<ItemResponse>]
        do {
            responses = try FormExport.read(file.bytes, file: file.path, workspace: workspace, mapping: mapping, encoding: file.encoding)
        } catch {
            throw .invalid(error.diagnostics)
        }
        if responses.isEmpty { throw .data("\(file.path) has no answers below its header; nothing recorded") }
        let ratings = try ratings(of: responses, channel: .form, at: clock.timestamp)
        let respondents = Set(responses.map(\.value.rater)).count
        try recordOnce(
            ratings, what: "form export \(file.path) (\(respondents) \(respondents == 1 ? "respondent" : "respondents"))", invocation: invocation,
            store: store)
    }
}
