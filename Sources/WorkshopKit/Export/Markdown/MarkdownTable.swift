/// A GitHub-flavoured Markdown pipe table.
///
/// Cells are escaped with `MarkdownText.inline`. The dashes of the separator row follow the
/// columns' relative widths, which pandoc uses to size wide tables (its pipe-table rule),
/// so long tables stay readable in a committee paper.
public struct MarkdownTable: Sendable {
    public enum Alignment: Sendable {
        case left, right, center
    }

    public struct Column: Sendable {
        public var title: String
        public var alignment: Alignment
        /// Relative width: how many dashes the separator row gets (at least 3).
        public var width: Int

        public init(_ title: String, _ alignment: Alignment = .left, width: Int = 3) {
            self.title = title
            self.alignment = alignment
            self.width = max(3, width)
        }
    }

    public var columns: [Column]
    /// Rows of already formatted cells; they are escaped when rendered unless marked `raw`.
    public var rows: [[Cell]]

    /// A cell: plain text (escaped when rendered) or Markdown made by the toolkit (a link, bold).
    public enum Cell: Sendable, ExpressibleByStringLiteral {
        case text(String)
        case markdown(String)

        public init(stringLiteral value: String) { self = .text(value) }
    }

    public init(columns: [Column], rows: [[Cell]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// The table's Markdown, ending in a newline.
    public var markdown: String {
        var output = row(columns.map { .text($0.title) })
        output += "|" + columns.map(separator).joined(separator: "|") + "|\n"
        for cells in rows { output += row(cells) }
        return output
    }

    private func row(_ cells: [Cell]) -> String {
        let padded = cells + Array(repeating: Cell.text(""), count: max(0, columns.count - cells.count))
        return "| " + padded.prefix(columns.count).map(render).joined(separator: " | ") + " |\n"
    }

    private func render(_ cell: Cell) -> String {
        switch cell {
        case .text(let text): MarkdownText.inline(text)
        case .markdown(let markdown): markdown
        }
    }

    private func separator(_ column: Column) -> String {
        let dashes = String(repeating: "-", count: column.width)
        return switch column.alignment {
        case .left: ":" + dashes
        case .right: dashes + ":"
        case .center: ":" + dashes + ":"
        }
    }
}
