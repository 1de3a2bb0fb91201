/// A standalone SVG 1.1 document built element by element: attributes in the order given,
/// every value escaped, numbers printed by `SVGText.number`.
///
/// The charts lay out their content first and learn their height at the end, so the body
/// is collected here and wrapped in the `<svg>` element by `document(height:defs:)`.
struct SVGDocument {
    /// A value of an attribute: text (escaped when written) or a number (rounded to tenths).
    enum Value: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
        case text(String)
        case number(Double)

        init(stringLiteral value: String) { self = .text(value) }
        init(integerLiteral value: Int) { self = .number(Double(value)) }
        init(floatLiteral value: Double) { self = .number(value) }

        var written: String {
            switch self {
            case .text(let text): SVGText.escaped(text)
            case .number(let number): SVGText.number(number)
            }
        }
    }

    let width: Double
    let title: String
    let description: String
    let language: Language
    private var body: [String] = []
    private var depth = 1

    /// The fonts asked for: common sans-serif faces on every platform, so widths stay near the estimate.
    static let fontFamily = "Helvetica, Arial, Liberation Sans, DejaVu Sans, sans-serif"

    init(width: Double, title: String, description: String, language: Language) {
        self.width = width
        self.title = title
        self.description = description
        self.language = language
    }

    typealias Attributes = KeyValuePairs<String, Value>

    /// An empty element, `<rect x="1" …/>`, or one holding text, `<text …>label</text>`.
    mutating func element(_ name: String, _ attributes: Attributes, text: String? = nil) {
        write(name, attributes.map { ($0.key, $0.value) }, text: text)
    }

    /// A `<line>` from (`x1`, `y1`) to (`x2`, `y2`), then `style`.
    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ style: Attributes) {
        let ends: [(String, Value)] = [("x1", .number(x1)), ("y1", .number(y1)), ("x2", .number(x2)), ("y2", .number(y2))]
        write("line", ends + style.map { ($0.key, $0.value) }, text: nil)
    }

    /// A `<rect>` filling `box`, then `style`.
    mutating func rect(_ box: ChartBox, _ style: Attributes) {
        let frame: [(String, Value)] = [
            ("x", .number(box.x)), ("y", .number(box.y)), ("width", .number(box.width)), ("height", .number(box.height)),
        ]
        write("rect", frame + style.map { ($0.key, $0.value) }, text: nil)
    }

    /// A `<text>` with its baseline starting at (`x`, `y`), then `style`.
    mutating func text(_ text: String, x: Double, y: Double, _ style: Attributes = [:]) {
        write("text", [("x", .number(x)), ("y", .number(y))] + style.map { ($0.key, $0.value) }, text: text)
    }

    private mutating func write(_ name: String, _ attributes: [(String, Value)], text: String?) {
        let attributes = attributes.map { " \($0.0)=\"\($0.1.written)\"" }.joined()
        if let text {
            body.append(indent + "<\(name)\(attributes)>\(SVGText.escaped(text))</\(name)>")
        } else {
            body.append(indent + "<\(name)\(attributes)/>")
        }
    }

    /// Opens an element whose children follow; close it with `close(_:)`.
    mutating func open(_ name: String, _ attributes: Attributes = [:]) {
        body.append(indent + "<\(name)" + attributes.map { " \($0.key)=\"\($0.value.written)\"" }.joined() + ">")
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        body.append(indent + "</\(name)>")
    }

    /// The whole document: XML declaration, `<svg>` with its size, `<title>`, `<desc>`, the
    /// body, and a final line break.
    func document(height: Double, defs: [String] = []) -> String {
        let size = "width=\"\(SVGText.number(width))\" height=\"\(SVGText.number(height))\""
        let viewBox = "0 0 \(SVGText.number(width)) \(SVGText.number(height))"
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" \(size) viewBox=\"\(viewBox)\" xml:lang=\"\(language.rawValue)\" "
                + "font-family=\"\(SVGText.escaped(Self.fontFamily))\">",
            "  <title>\(SVGText.escaped(title))</title>",
            "  <desc>\(SVGText.escaped(description))</desc>",
        ]
        if !defs.isEmpty {
            lines.append("  <defs>")
            lines += defs.map { "    " + $0 }
            lines.append("  </defs>")
        }
        lines.append("  <rect x=\"0\" y=\"0\" width=\"\(SVGText.number(width))\" height=\"\(SVGText.number(height))\" fill=\"#ffffff\"/>")
        lines += body
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }

    private var indent: String { String(repeating: "  ", count: depth) }

}
