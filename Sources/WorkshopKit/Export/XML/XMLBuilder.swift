/// Builds an XML document element by element: attributes in the order given, every text and
/// value escaped by `XMLText.escaped`. Compact (no indentation) unless an element asks for a
/// line break after it, which keeps golden files reviewable without changing their meaning.
struct XMLBuilder {
    private(set) var text: String
    private var open: [String] = []

    /// Starts a document with the XML declaration; `standalone` as Office writes it.
    init(declaration: Bool = true, standalone: Bool = false) {
        text = declaration ? "<?xml version=\"1.0\" encoding=\"UTF-8\"\(standalone ? " standalone=\"yes\"" : "")?>\n" : ""
    }

    typealias Attributes = KeyValuePairs<String, String>

    private static func attributes(_ attributes: Attributes) -> String {
        attributes.map { " \($0.key)=\"\(XMLText.escaped($0.value))\"" }.joined()
    }

    /// Opens an element whose children follow; close it with `close()`.
    mutating func open(_ name: String, _ attributes: Attributes = [:]) {
        text += "<\(name)\(Self.attributes(attributes))>"
        open.append(name)
    }

    /// Closes the innermost open element, optionally followed by a line break.
    mutating func close(newline: Bool = false) {
        guard let name = open.popLast() else { return }
        text += "</\(name)>" + (newline ? "\n" : "")
    }

    /// An element without children, or with text only: `<c r="A1"/>`, `<t>Summe</t>`.
    mutating func element(_ name: String, _ attributes: Attributes = [:], text content: String? = nil, newline: Bool = false) {
        if let content {
            text += "<\(name)\(Self.attributes(attributes))>\(XMLText.escaped(content))</\(name)>"
        } else {
            text += "<\(name)\(Self.attributes(attributes))/>"
        }
        if newline { text += "\n" }
    }

    /// Markup made elsewhere, already escaped.
    mutating func raw(_ markup: String) { text += markup }

    /// The document, every element closed.
    var document: String {
        var copy = self
        while !copy.open.isEmpty { copy.close() }
        return copy.text
    }
}
