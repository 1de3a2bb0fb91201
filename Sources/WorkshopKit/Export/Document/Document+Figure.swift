extension Document {
    /// A chart with its caption and text alternative. The web page shows `svg`; the Word
    /// document draws `chart` as a native chart, which Word and LibreOffice render and whose
    /// data a reader can open. Either way its figures are also in a table of the document.
    public struct Figure: Sendable {
        public var anchor: String
        public var caption: String
        /// The text alternative: what the chart shows, in a sentence.
        public var description: String
        /// An SVG document (as the chart files hold it); the XML declaration is dropped when inlined.
        public var svg: String?
        public var chart: Chart?

        public init(anchor: String, caption: String, description: String, svg: String?, chart: Chart?) {
            self.anchor = anchor
            self.caption = caption
            self.description = description
            self.svg = svg
            self.chart = chart
        }
    }

    /// A chart as data: bars (categories down the side, one bar or stacked part per series) or
    /// a scatter plot (one series of labelled points per group).
    public struct Chart: Sendable {
        public enum Kind: Sendable {
            case bars, stackedBars, scatter
        }

        public struct Series: Sendable {
            public var name: String
            /// `0072B2`: a colour without `#`.
            public var color: String
            /// Exact decimal text per category, or the y value of each point (`4.14581250`).
            public var values: [String]
            /// For a scatter plot: each point's x value and label.
            public var xValues: [String]
            public var pointLabels: [String]
            /// For a scatter plot: the marker (`circle`, `square`, `triangle`, …, as DrawingML names them).
            public var marker: String

            public init(name: String, color: String, values: [String], xValues: [String] = [], pointLabels: [String] = [], marker: String = "circle") {
                self.name = name
                self.color = color
                self.values = values
                self.xValues = xValues
                self.pointLabels = pointLabels
                self.marker = marker
            }
        }

        /// A value axis's title and, where fixed, its range (a scale of 1…5).
        public struct Axis: Sendable {
            public var title: String
            public var minimum: Int?
            public var maximum: Int?

            public init(title: String, minimum: Int? = nil, maximum: Int? = nil) {
                self.title = title
                self.minimum = minimum
                self.maximum = maximum
            }
        }

        public var kind: Kind
        public var title: String
        /// For bars: the label of each category.
        public var categories: [String]
        public var series: [Series]
        /// The number format of values, in OOXML's locale-neutral syntax (`0.00`, `0`).
        public var numberFormat: String
        /// Bars: the value axis. Scatter: the y axis.
        public var valueAxis: Axis
        /// Scatter: the x axis.
        public var xAxis: Axis?

        public init(kind: Kind, title: String, categories: [String] = [], series: [Series], numberFormat: String, valueAxis: Axis, xAxis: Axis? = nil) {
            self.kind = kind
            self.title = title
            self.categories = categories
            self.series = series
            self.numberFormat = numberFormat
            self.valueAxis = valueAxis
            self.xAxis = xAxis
        }
    }
}
