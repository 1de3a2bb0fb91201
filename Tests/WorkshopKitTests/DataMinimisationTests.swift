import Foundation
import Testing
import WorkshopKit

/// Exports carry no personal data unless asked: every file of the example's export set, the
/// Word and Excel documents unpacked, holds no participant's name or attribute and no idea's
/// submitter, while the results stay the same.
@Suite("Data minimisation in the exports")
struct DataMinimisationTests {
    /// The example with names, attributes and submitters that are easy to find.
    static func namedExample() throws -> Workspace {
        var workspace = try Fixtures.coesfeld()
        for index in workspace.participants.indices {
            workspace.participants[index].name = "Erika Mustermann-\(index)"
            workspace.participants[index].attributes = ["wohnort": "Billerbeck-Ort-\(index)"]
        }
        for index in workspace.ideas.indices { workspace.ideas[index].submitter = "Max Einreicher-\(index)" }
        return workspace
    }

    /// Every export file's text; `.xlsx`/`.docx` unpacked, each part's text.
    static func texts(_ files: [ExportFile]) throws -> [String: String] {
        var texts: [String: String] = [:]
        for file in files {
            if file.path.hasSuffix(".xlsx") || file.path.hasSuffix(".docx") {
                let zip = try ZipReader(file.bytes)
                for entry in zip.entries { texts[file.path + "/" + entry.name] = try zip.text(entry.name) }
            } else {
                texts[file.path] = String(decoding: file.bytes, as: UTF8.self)
            }
        }
        return texts
    }

    static let personal = ["Erika Mustermann", "Billerbeck-Ort", "Max Einreicher"]

    @Test("The default exports of the example hold no participant name, attribute or submitter")
    func defaultExportsHoldNoPersonalData() throws {
        let workspace = try Self.namedExample()
        let texts = try Self.texts(ExportSet.render(Evaluation(workspace.withoutPersonalData)))
        #expect(texts.count > 20)
        for (path, text) in texts {
            for word in Self.personal { #expect(!text.contains(word), "\(path) holds '\(word)'") }
        }
    }

    @Test("Asked for, the submitters are in ideas.csv; the results are the same either way")
    func withNamesHoldsSubmitters() throws {
        let workspace = try Self.namedExample()
        let named = try Self.texts(ExportSet.render(Evaluation(workspace)))
        let plain = try Self.texts(ExportSet.render(Evaluation(workspace.withoutPersonalData)))
        #expect(named["ideas.csv"]?.contains("Max Einreicher-0") == true)
        for path in ["project-list.csv", "budget.csv", "scores.csv", "votes.csv", "sensitivity.csv"] {
            #expect(named[path] == plain[path], "\(path)")
        }
    }
}
