import Foundation
import Testing

@testable import WorkshopKit

/// The indexes and fast paths that keep evaluation and export linear at city scale must give
/// exactly what the scans and the scalar-by-scalar code give.
@Suite("Lookups and text fast paths")
struct LookupAndFastPathTests {
    @Test("an indexed workspace finds every idea, project and project record a scan finds")
    func indexedLookups() throws {
        let plain = try Fixtures.coesfeld()
        let indexed = plain.indexed()
        let ideaIDs = plain.ideas.map(\.id) + [IdeaID("I-404")]
        let projectIDs = plain.projects.map(\.id) + [ProjectID("P404")]
        #expect(ideaIDs.count > 20 && projectIDs.count > 20 && !plain.status.isEmpty && !plain.milestones.isEmpty)
        for id in ideaIDs {
            #expect(indexed.idea(id)?.title == plain.ideas.first { $0.id == id }?.title)
        }
        for id in projectIDs {
            #expect(indexed.project(id)?.title == plain.projects.first { $0.id == id }?.title)
            #expect(indexed.budgetLines(of: id).map(\.amount) == plain.budget.filter { $0.project == id }.map(\.amount))
            #expect(indexed.milestones(of: id).map(\.id) == plain.milestones.filter { $0.project == id }.map(\.id))
            #expect(indexed.statusEntries(of: id).map(\.offset) == plain.status.indices.filter { plain.status[$0].project == id })
        }
        #expect(plain.budget.contains { indexed.budgetLines(of: $0.project).count > 1 })
    }

    @Test("a change drops the index: a new idea is found, a removed project is not")
    func changeDropsIndex() throws {
        var workspace = try Fixtures.coesfeld().indexed()
        let theme = try #require(workspace.process.themes.first).id
        workspace.ideas.append(Idea(id: "I-NEU-1", title: "Neu", theme: theme))
        #expect(workspace.idea("I-NEU-1")?.title == "Neu")
        let removed = try #require(workspace.projects.last).id
        workspace.projects.removeLast()
        #expect(workspace.project(removed) == nil)
        workspace = workspace.indexed()
        #expect(workspace.idea("I-NEU-1")?.title == "Neu")
        #expect(workspace.project(removed) == nil)
    }

    /// Texts that take each fast path and each way out of it.
    static let texts = [
        "", "a", "Projekt P1", "I-VW-01", "-x", "+x", "=x", "1. Punkt", "1) Punkt", "x|y", "a & b", "<b>", "\"q\" 'q'",
        " lead", "trail ", "\tTab", "a\nb", "a\r\nb", "a\u{0B}b", "a\u{0C}b", "a\u{85}b", "a\u{2028}b", "a\u{2029}b",
        "Grüße aus Dülmen", "ä", "\u{A0}Leerzeichen\u{A0}", "30 % mehr", "30.000 €", "3,72 ± 0,69", "x\u{7F}y", "x\u{9F}y",
        "x\u{FFFE}y", "x\u{FFFF}y", "x\u{FFFD}y", "Emoji 🚲", "\u{3000}Ideogr.\u{3000}", "I‑VW‑01", "Wald- und Forstweg",
    ]

    @Test("Escaping into bytes writes what XML escaping of the text gives", arguments: texts)
    func byteEscaping(text: String) {
        var writer = ByteWriter()
        writer.append("<t>")
        writer.appendEscaped(text)
        #expect(writer.text == "<t>" + XMLText.escaped(text))
    }

    @Test("Lines split on bytes and a cell's longest line counted on bytes match the character-wise results", arguments: texts)
    func byteLines(text: String) {
        for joined in [text, text + "\n" + text, "\n" + text + "\n\n"] {
            #expect(BriefTemplate.lines(of: joined) == joined.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
            #expect(Workbook.Cell.longestLine(joined) == (joined.split(whereSeparator: \.isNewline).map(\.count).max() ?? 0))
        }
        let latin = text + " Ärger ßÿ\u{A0}\u{AD} e\u{301} 👍🏽"
        #expect(Workbook.Cell.longestLine(latin) == (latin.split(whereSeparator: \.isNewline).map(\.count).max() ?? 0))
    }

    @Test("XML escaping matches escaping scalar by scalar", arguments: texts)
    func xmlEscaping(text: String) {
        var expected = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": expected += "&amp;"
            case "<": expected += "&lt;"
            case ">": expected += "&gt;"
            case "\"": expected += "&quot;"
            case "'": expected += "&apos;"
            case "\t", "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": expected += " "
            default: if XMLText.isAllowed(scalar) { expected.unicodeScalars.append(scalar) }
            }
        }
        #expect(XMLText.escaped(text) == expected)
    }

    @Test("byte replacement matches Foundation's replacingOccurrences", arguments: texts)
    func replacing(text: String) {
        for (target, replacement) in [("-", Typography.noBreakHyphen), (" ", Typography.noBreakSpace), (Typography.noBreakHyphen, "-"), ("\r\n", "\n")] {
            #expect(text.replacingBytes(of: target, with: replacement) == text.replacingOccurrences(of: target, with: replacement))
        }
    }

    @Test("Markdown lines and escapes take the fast path only where nothing would change", arguments: texts)
    func markdown(text: String) {
        // The slow path, by hand: split on every line break, trim, drop blank ends.
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars.split(
            omittingEmptySubsequences: false, whereSeparator: { "\r\n\u{2028}\u{2029}\u{0B}\u{0C}\u{85}".unicodeScalars.contains($0) }
        ).map { MarkdownText.trimmingWhitespace(String(String.UnicodeScalarView($0))) }
        while lines.first == "" { lines.removeFirst() }
        while lines.last == "" { lines.removeLast() }
        #expect(MarkdownText.lines(of: text) == lines)
        if lines.count == 1, let line = lines.first, line == text, !line.unicodeScalars.contains(where: { MarkdownText.escaped.contains($0) || $0.value < 0x20 || $0.value == 0x7F }) {
            #expect(MarkdownText.inline(text) == Typography.joiningUnits(text))
        }
    }
}
