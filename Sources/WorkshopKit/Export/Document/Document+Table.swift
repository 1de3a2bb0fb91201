extension Document {
    /// A table with a caption and one header row. Interactive tables (the project list) can be
    /// sorted by their sortable columns and filtered by the dimensions each row names; the web
    /// page adds controls for that, other formats show the rows as they are, in order.
    public struct Table: Sendable {
        public enum Alignment: Sendable {
            case left, right
        }

        public struct Column: Sendable {
            public var title: String
            public var alignment: Alignment
            /// Sortable columns sort by their cells' `sortKey`, numerically when `numeric`.
            public var sortable: Bool
            public var numeric: Bool

            public init(_ title: String, _ alignment: Alignment = .left, sortable: Bool = false, numeric: Bool = false) {
                self.title = title
                self.alignment = alignment
                self.sortable = sortable
                self.numeric = numeric
            }
        }

        public struct Cell: Sendable, ExpressibleByStringLiteral {
            public var content: [Inline]
            /// What the cell sorts by when it differs from its text (`372` for `3,72 ± 0,69`).
            public var sortKey: String?

            public init(_ content: [Inline], sortKey: String? = nil) {
                self.content = content
                self.sortKey = sortKey
            }

            public init(stringLiteral value: String) { self.init([.text(value)]) }

            public static func text(_ text: String) -> Cell { Cell(text.isEmpty ? [] : [.text(text)]) }
            public static func unbreakable(_ text: String, sortKey: String? = nil) -> Cell { Cell([.unbreakable(text)], sortKey: sortKey) }
        }

        public struct Row: Sendable {
            public var cells: [Cell]
            /// A total or group result, set in bold.
            public var isTotal: Bool
            /// The row's value per filter dimension of the table, in its order.
            public var filters: [String]

            public init(_ cells: [Cell], isTotal: Bool = false, filters: [String] = []) {
                self.cells = cells
                self.isTotal = isTotal
                self.filters = filters
            }
        }

        /// What an interactive table can be filtered by: a key for the page's script and a title.
        public struct FilterDimension: Sendable, Hashable {
            public var key: String
            public var title: String

            public init(key: String, title: String) {
                self.key = key
                self.title = title
            }
        }

        public var caption: String
        public var columns: [Column]
        public var rows: [Row]
        /// Non-empty for a table the web page can filter.
        public var filters: [FilterDimension]

        public init(caption: String, columns: [Column], rows: [Row] = [], filters: [FilterDimension] = []) {
            self.caption = caption
            self.columns = columns
            self.rows = rows
            self.filters = filters
        }
    }
}
