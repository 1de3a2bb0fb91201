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

    /// The example with a token vote and an anonymous vote beside its named dot vote, every
    /// ballot's voter easy to find: `(workspace, voter ids and tokens)`.
    static func votingExample() throws -> (Workspace, [String]) {
        var workspace = try namedExample()
        let options: [ItemID] = ["P3", "P19", "P25"]
        workspace.votes += [
            Vote(id: "codes", title: "Rangfolge mit Codes", method: .ranked(length: nil, ties: true), options: options, voters: .tokens),
            Vote(id: "urne", title: "Zustimmung an der Urne", method: .approval(minimum: nil, maximum: nil), options: options, voters: .anonymous),
        ]
        let tokens = ["T-7KQ2M-9XD4P", "T-3HVNB-QW8ZR", "T-M4C7T-XK2JE"]
        for (index, token) in tokens.enumerated() {
            workspace.ballots.apply(.ballot(Ballot(vote: "codes", id: BallotID("C\(index)"), voter: VoterID(token), content: .ranking([[options[index]], [options[(index + 1) % 3]]]))))
            workspace.ballots.apply(.ballot(Ballot(vote: "urne", id: BallotID("U\(index)"), voter: nil, content: .approvals([options[index]]))))
        }
        // The named dot vote's voters: participants the exports never name otherwise.
        let voters = (1...10).map { String(format: "AK-%02d", $0) }
        return (workspace, voters + tokens)
    }

    @Test("No voter id and no token reaches any export file, the Word and Excel parts included, with or without names; the votes are counted")
    func votersStayOutOfTheExports() throws {
        let (workspace, voters) = try Self.votingExample()
        let plain = try Self.texts(ExportSet.render(Evaluation(workspace.withoutPersonalData)))
        let named = try Self.texts(ExportSet.render(Evaluation(workspace)))
        // The three votes are in the results, and the documents are all there.
        #expect(plain["votes.md"]?.contains("## Rangfolge mit Codes (codes)") == true && plain["votes.md"]?.contains("## Zustimmung an der Urne (urne)") == true)
        #expect(plain["charts/vote-codes.svg"] != nil && plain["charts/vote-urne.svg"] != nil)
        #expect(plain.keys.contains { $0.hasPrefix("paper.docx/") } && plain.keys.contains { $0.hasPrefix("workbook.xlsx/") })
        for (texts, mode) in [(plain, "default"), (named, "--with-names")] {
            for (path, text) in texts {
                for voter in voters { #expect(!text.contains(voter), "\(mode): \(path) holds the voter '\(voter)'") }
            }
        }
    }

    @Test("Asked for, the submitters are in ideas.csv; the results are the same either way")
    func withNamesHoldsSubmitters() throws {
        let workspace = try Self.namedExample()
        let named = try Self.texts(ExportSet.render(Evaluation(workspace)))
        let plain = try Self.texts(ExportSet.render(Evaluation(workspace.withoutPersonalData)))
        #expect(named["ideas.csv"]?.contains("Max Einreicher-0") == true)
        for path in ["project-list.csv", "budget.csv", "scores.csv", "votes.csv", "votes.md", "sensitivity.csv"] {
            #expect(named[path] == plain[path], "\(path)")
        }
    }
}
