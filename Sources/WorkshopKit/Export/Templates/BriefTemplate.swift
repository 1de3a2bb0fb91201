import Foundation

/// A Markdown template for the project briefs, so the project office can adapt them.
///
/// Kept in the workspace as `templates/brief.md`. Text is copied as written; `{{name}}`
/// placeholders are filled per project. Block placeholders stand on a line of their own and
/// become a whole section (or nothing, when the project has no such data); value placeholders
/// may stand anywhere in a line and become escaped text. Runs of blank lines left by empty
/// blocks are closed up. An unknown placeholder, a block inside a line or an unclosed `{{` is
/// an error with its line and column.
///
/// ```markdown
/// {{header}}
///
/// {{facts}}
///
/// Kontakt im Projektbüro: Kreisentwicklung, Tel. 02541 18-0
///
/// {{provenance}}
/// ```
public struct BriefTemplate: Sendable, Hashable {
    /// The sections a block placeholder stands for.
    public enum Block: String, Sendable, CaseIterable {
        case header, facts, provenance, summary, goal, description, benefits, challenges, assessment, traceability, budget
        case milestones, status

        /// What it gives, for help texts and the README.
        public var meaning: String {
            switch self {
            case .header: "the title line and the line linking back to the project list"
            case .facts: "theme, priority and why, scores, votes, lead, partners, running time, latest status"
            case .provenance: "which of the brief's data come from which source and which are illustrative or reconstructed"
            case .summary: "the project's summary"
            case .goal: "its goal"
            case .description: "how it is to be done"
            case .benefits: "the central benefits from its idea sheets"
            case .challenges: "the expected challenges from its idea sheets"
            case .assessment: "the table of scores per criterion with spread"
            case .traceability: "the idea sheets it came from and their origin"
            case .budget: "its budget lines and the funding applications that bundle it"
            case .milestones: "its milestones, due and done"
            case .status: "its status history"
            }
        }
    }

    /// The values a value placeholder stands for.
    public enum Value: String, Sendable, CaseIterable {
        case id, title, theme, process, priority, lead, partners
        case runningTime = "running-time"

        public var meaning: String {
            switch self {
            case .id: "the project's id (P14)"
            case .title: "its title"
            case .theme: "its theme's name"
            case .process: "the process's title"
            case .priority: "its priority group"
            case .lead: "its lead (Kümmerer)"
            case .partners: "its partners"
            case .runningTime: "its running time"
            }
        }
    }

    /// One line of a template.
    public enum Line: Sendable, Hashable {
        case block(Block)
        case text([Segment])
    }

    /// Part of a text line.
    public enum Segment: Sendable, Hashable {
        case literal(String)
        case value(Value)
    }

    public var lines: [Line]

    /// The file a workspace keeps its brief template in, relative to the workspace folder.
    public static let path = "templates/brief.md"

    /// Today's brief, with the provenance line after the facts.
    public static let defaultText = Block.allCases.map { "{{\($0.rawValue)}}\n" }.joined(separator: "\n")

    /// The default template.
    public static let standard: BriefTemplate = {
        guard case .success(let template) = parse(defaultText, file: "default") else { preconditionFailure("the default brief template does not parse") }
        return template
    }()

    /// Reads a template.
    /// - Returns: the template, or every problem with its line and column.
    public static func parse(_ text: String, file: String) -> Result<BriefTemplate, InvalidInput> {
        var diagnostics = Diagnostics()
        var lines: [Line] = []
        let known = "blocks (on a line of their own): \(Block.allCases.map { "{{\($0.rawValue)}}" }.joined(separator: ", ")); values: \(Value.allCases.map { "{{\($0.rawValue)}}" }.joined(separator: ", "))"
        for (offset, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).enumerated() {
            let line = String(raw)
            let number = offset + 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("{{"), trimmed.hasSuffix("}}"), let block = Block(rawValue: String(trimmed.dropFirst(2).dropLast(2)).trimmingCharacters(in: .whitespaces)) {
                lines.append(.block(block))
                continue
            }
            var segments: [Segment] = []
            var rest = Substring(line)
            var column = 1
            while let open = rest.range(of: "{{") {
                let before = rest[..<open.lowerBound]
                if !before.isEmpty { segments.append(.literal(String(before))) }
                column += before.count
                guard let close = rest.range(of: "}}", range: open.upperBound..<rest.endIndex) else {
                    diagnostics.error("'{{' is not closed with '}}'; write placeholders as {{title}}", at: SourceLocation(file: file, line: number, column: column))
                    rest = rest[rest.endIndex...]
                    break
                }
                let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if let value = Value(rawValue: name) {
                    segments.append(.value(value))
                } else if Block(rawValue: name) != nil {
                    diagnostics.error("{{\(name)}} is a block and must stand on a line of its own", at: SourceLocation(file: file, line: number, column: column))
                } else {
                    let names = Block.allCases.map(\.rawValue) + Value.allCases.map(\.rawValue)
                    diagnostics.error(
                        "unknown placeholder {{\(name)}}\(Suggestion.didYouMean(name, among: names)); the placeholders are \(known)",
                        at: SourceLocation(file: file, line: number, column: column))
                }
                column += rest[open.lowerBound..<close.upperBound].count
                rest = rest[close.upperBound...]
            }
            if !rest.isEmpty { segments.append(.literal(String(rest))) }
            lines.append(.text(segments))
        }
        // A final line end leaves an empty last line: it is not a line of the template.
        if case .text(let segments)? = lines.last, segments.isEmpty { lines.removeLast() }
        if diagnostics.hasErrors { return .failure(InvalidInput(diagnostics)) }
        return .success(BriefTemplate(lines: lines))
    }

    /// Reads `templates/brief.md` from a workspace folder, if there is one.
    /// - Throws: `InputFailure` when it cannot be read or has errors.
    public static func load(workspace folder: URL, shownAs: String) throws(InputFailure) -> BriefTemplate? {
        let url = folder.appendingPathComponent(path)
        guard FileSystem.exists(url) else { return nil }
        let shown = shownAs + "/" + path
        let bytes: [UInt8]
        do {
            bytes = try FileSystem.read(url, shownAs: shown)
        } catch {
            throw .storage(error)
        }
        let text: String
        do {
            text = try TextDecoder.string(bytes, encoding: .utf8)
        } catch {
            throw .invalid(InvalidInput(error.description, at: SourceLocation(file: shown, line: error.line, column: error.column)))
        }
        switch parse(text, file: shown) {
        case .success(let template): return template
        case .failure(let problems): throw .invalid(problems)
        }
    }

    /// Fills the template: `blocks` gives each block's Markdown (ending in a line end, or empty),
    /// `values` each value as plain text.
    func render(blocks: (Block) -> String, values: (Value) -> String) -> String {
        var output: [String] = []
        for line in lines {
            switch line {
            case .block(let block):
                let text = blocks(block)
                if !text.isEmpty { output.append(contentsOf: Self.lines(of: text).dropLast()) }
            case .text(let segments):
                output.append(
                    segments.map { segment in
                        switch segment {
                        case .literal(let text): text
                        case .value(let value): MarkdownText.inline(values(value))
                        }
                    }.joined())
            }
        }
        // Close up runs of blank lines and drop blank lines at both ends.
        var closed: [String] = []
        for line in output {
            let blank = line.allSatisfy(\.isWhitespace)
            if blank && (closed.isEmpty || closed.last?.allSatisfy(\.isWhitespace) == true) { continue }
            closed.append(blank ? "" : line)
        }
        while closed.last == "" { closed.removeLast() }
        var text = ""
        text.reserveCapacity(closed.reduce(0) { $0 + $1.utf8.count + 1 })
        for line in closed {
            text += line
            text += "\n"
        }
        return text
    }

    /// The text split at each line feed (the last piece after the last one). Split on the bytes
    /// where that finds the same places as splitting on characters: without a carriage return,
    /// a line feed is always a character of its own.
    static func lines(of text: String) -> [String] {
        guard text.utf8.contains(0x0D) else {
            return text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(Substring($0)) }
        }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
