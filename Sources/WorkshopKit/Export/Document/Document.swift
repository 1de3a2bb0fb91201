/// A document independent of its format: the committee report's content, which
/// `HTMLReportWriter` writes as a web page and `WordDocumentWriter` as a Word document.
///
/// Built once by `CommitteeReport`, so the web page and the paper say the same: sections with
/// headings, paragraphs, facts, lists, tables (with captions and header rows) and figures
/// (a chart with a text alternative). Amounts, scores and ids are marked unbreakable, and
/// links point to anchors inside the document.
public struct Document: Sendable {
    public var language: Language
    public var title: String
    public var subtitle: String?
    /// "Stand: 07.08.2023 · Arbeitsstand 3f9a1c2b7d04".
    public var stampLine: String
    /// The stamp's date alone, for running headers: "Stand: 07.08.2023".
    public var stampDate: String
    /// What made the document, for its end.
    public var note: String
    public var sections: [Section]

    public init(
        language: Language, title: String, subtitle: String?, stampLine: String, stampDate: String, note: String, sections: [Section]
    ) {
        self.language = language
        self.title = title
        self.subtitle = subtitle
        self.stampLine = stampLine
        self.stampDate = stampDate
        self.note = note
        self.sections = sections
    }

    /// A section: a heading, its content, and sections below it (one heading level deeper).
    public struct Section: Sendable {
        /// A name for links: letters, digits and `-` only (`projektliste`, `brief-P19`).
        public var anchor: String
        public var title: String
        public var blocks: [Block]
        public var subsections: [Section]
        /// Starts on a new page when printed (the appendix and each brief in it).
        public var startsPage: Bool

        public init(anchor: String, title: String, blocks: [Block] = [], subsections: [Section] = [], startsPage: Bool = false) {
            self.anchor = anchor
            self.title = title
            self.blocks = blocks
            self.subsections = subsections
            self.startsPage = startsPage
        }
    }

    public enum Block: Sendable {
        case paragraph([Inline])
        /// Small print: legends, rounding notes.
        case note([Inline])
        case list([[Inline]])
        /// Label and value pairs: a brief's facts, an application's conditions.
        case facts([Fact])
        case table(Table)
        case figure(Figure)
    }

    public struct Fact: Sendable {
        public var label: String
        public var value: [Inline]

        public init(_ label: String, _ value: [Inline]) {
            self.label = label
            self.value = value
        }
    }

    public enum Inline: Sendable, Hashable {
        case text(String)
        case strong(String)
        /// An amount, a score or an id: never broken across lines, never hyphenated.
        case unbreakable(String)
        /// A link to a section or brief of the same document; its text is unbreakable when it is an id.
        case link(String, anchor: String, unbreakable: Bool)
        case lineBreak
    }
}

extension [Document.Inline] {
    /// Lines of text, joined by line breaks (a cell or paragraph that keeps its lines).
    static func lines(_ lines: [String]) -> [Document.Inline] {
        var inlines: [Document.Inline] = []
        for (index, line) in lines.enumerated() {
            if index > 0 { inlines.append(.lineBreak) }
            inlines.append(.text(line))
        }
        return inlines
    }

}
