/// Builds an XML document element by element: attributes in the order given, every text and
/// value escaped as `XMLText.escaped` does. Compact (no indentation) unless an element asks for
/// a line break after it, which keeps golden files reviewable without changing their meaning.
/// The document is gathered as UTF-8 bytes (`ByteWriter`).
struct XMLBuilder {
    private var output = ByteWriter()
    private var open: [String] = []

    /// Starts a document with the XML declaration; `standalone` as Office writes it.
    init(declaration: Bool = true, standalone: Bool = false) {
        if declaration {
            output.append(standalone ? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        }
    }

    typealias Attributes = KeyValuePairs<String, String>

    private mutating func start(_ name: String, _ attributes: Attributes) {
        output.append(byte: UInt8(ascii: "<"))
        output.append(name)
        for (key, value) in attributes {
            output.append(byte: UInt8(ascii: " "))
            output.append(key)
            output.append("=\"")
            output.appendEscaped(value)
            output.append(byte: UInt8(ascii: "\""))
        }
    }

    private mutating func end(_ name: String) {
        output.append("</")
        output.append(name)
        output.append(byte: UInt8(ascii: ">"))
    }

    /// Opens an element whose children follow; close it with `close()`.
    mutating func open(_ name: String, _ attributes: Attributes = [:]) {
        start(name, attributes)
        output.append(byte: UInt8(ascii: ">"))
        open.append(name)
    }

    /// Closes the innermost open element, optionally followed by a line break.
    mutating func close(newline: Bool = false) {
        guard let name = open.popLast() else { return }
        end(name)
        if newline { output.append(byte: UInt8(ascii: "\n")) }
    }

    /// An element without children, or with text only: `<c r="A1"/>`, `<t>Summe</t>`.
    mutating func element(_ name: String, _ attributes: Attributes = [:], text content: String? = nil, newline: Bool = false) {
        start(name, attributes)
        if let content {
            output.append(byte: UInt8(ascii: ">"))
            output.appendEscaped(content)
            end(name)
        } else {
            output.append("/>")
        }
        if newline { output.append(byte: UInt8(ascii: "\n")) }
    }

    /// Markup made elsewhere, already escaped.
    mutating func raw(_ markup: String) { output.append(markup) }

    /// The document's bytes, every element closed.
    var bytes: [UInt8] {
        var copy = self
        while !copy.open.isEmpty { copy.close() }
        return copy.output.bytes
    }

    /// The document, every element closed.
    var document: String { String(decoding: bytes, as: UTF8.self) }
}
