import Foundation
import WorkshopKit

/// `workshop new`: create a process.
enum NewCommand {
    static let command = Command(
        name: "new",
        summary: "Create a process: a new workspace folder with every file in place.",
        usage: ["new WORKSPACE --title TITLE [--language de|en] [--csv-profile PROFILE] [--theme ID=NAME ...] [--partner ID=NAME ...]"],
        discussion: """
            Creates the folder WORKSPACE (its name becomes the process id, used for Exports/<id>/) with \
            process.json and the other files, empty or with defaults: the stakeholder roles of Coesfeld 12.0, \
            the relevance and potential criteria with their guiding questions (1–5 scale, equal weights), and a \
            standard priority rule (group 1: relevance ≥ 3.5 and potential ≥ 3; group 2: relevance ≥ 2.5; \
            group 3: the rest). Edit the JSON files to adapt them; 'workshop check' tells you if anything is off.
            """,
        options: [
            .value("title", "TITLE", "The process's title."),
            .value("language", "de|en", "Language of export labels, numbers and dates (default en)."),
            .value("csv-profile", "PROFILE", "Default CSV profile of exports: standard or excel-de (default: excel-de for de, standard for en)."),
            .repeated("theme", "ID=NAME", "A theme (field of action), e.g. mobilitaet=Mobilität; repeatable."),
            .repeated("partner", "ID=NAME", "A partner town or organisation, e.g. coesfeld=Coesfeld; repeatable."),
        ],
        examples: [
            "workshop new Workshops/ahaus-2027 --title \"Ahaus digital\" --language de --theme mobilitaet=Mobilität --theme bildung=Bildung",
            "workshop new Workshops/demo --title \"Demo process\"",
        ],
        run: run)

    static func run(_ invocation: Invocation) throws(CLIError) {
        let store = try invocation.workspaceStore(allowDefault: false)
        let title = try invocation.required("title")
        var language = Language.english
        if let name = invocation.arguments.value("language") {
            guard let parsed = Language(rawValue: name) else {
                throw .usage("--language '\(name)' is not known; use de or en", command: "new")
            }
            language = parsed
        }
        let profile = try invocation.csvProfile() ?? (language == .german ? .excelGerman : .standard)
        let themes = try pairs("theme", invocation).map { Theme(id: ThemeID($0.id), name: $0.name) }
        let partners = try pairs("partner", invocation).map { Partner(id: PartnerID($0.id), name: $0.name, kind: .town) }
        let process = ParticipationProcess(
            title: title, language: language, csvProfile: profile, partners: partners, roles: Role.catalogue(language),
            themes: themes)
        let workspace = Workspace(id: store.id, process: process, criteria: Criterion.catalogue(language))
        // What is created must pass its own check.
        let files = Dictionary(uniqueKeysWithValues: WorkspaceFile.allCases.map { ($0, Array(WorkspaceEncoder.text(of: $0, in: workspace).utf8)) })
        let check = WorkspaceDecoder.decode(id: store.id, files: files, folder: store.shownAs)
        if check.diagnostics.hasErrors { throw .invalid(check.diagnostics) }
        do {
            try store.create(workspace)
        } catch {
            throw .storage(error)
        }
        invocation.out("created \(store.shownAs)/ with \(WorkspaceFile.allCases.count) files; next: 'workshop add-workshop \(store.shownAs) --help'\n")
    }

    /// `ID=NAME` values of a repeated option, with checked, unique ids.
    static func pairs(_ option: String, _ invocation: Invocation) throws(CLIError) -> [(id: String, name: String)] {
        var seen = Set<String>()
        var result: [(id: String, name: String)] = []
        for value in invocation.arguments.all(option) {
            guard let equals = value.firstIndex(of: "="), value.index(after: equals) < value.endIndex else {
                throw .usage("--\(option) '\(value)' must be ID=NAME, e.g. mobilitaet=Mobilität", command: "new")
            }
            let id = String(value[..<equals])
            if let problem = ThemeID.problem(with: id) {
                throw .usage("--\(option) '\(value)': \(problem.replacingOccurrences(of: "theme", with: option))", command: "new")
            }
            guard seen.insert(id).inserted else { throw .usage("--\(option) id '\(id)' is given twice", command: "new") }
            let name = String(value[value.index(after: equals)...])
            if name.allSatisfy(\.isWhitespace) { throw .usage("--\(option) '\(value)' has no name after '='", command: "new") }
            result.append((id, name))
        }
        return result
    }
}
