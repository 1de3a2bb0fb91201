import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A parsed XML document (libxml2 through Foundation) and XPath queries on it, for checking the
/// structure of what the toolkit writes: XHTML, SpreadsheetML, WordprocessingML, DrawingML.
struct XMLQuery {
    let document: XMLDocument

    /// Parses `bytes`; a document that is not well-formed XML fails the test.
    init(_ bytes: [UInt8], _ name: String = "document") throws {
        do {
            document = try XMLDocument(data: Data(bytes), options: [])
        } catch {
            Issue.record("\(name) is not well-formed XML: \(error)")
            throw error
        }
    }

    init(_ text: String, _ name: String = "document") throws { try self.init(Array(text.utf8), name) }

    /// Elements by local name, whatever their namespace: `//table`, `//c[@t='s']`.
    /// Write the path with plain names; `elements("table", where: "@id")`.
    func nodes(_ xpath: String) throws -> [XMLNode] { try document.nodes(forXPath: xpath) }

    /// Every element named `name` (local name), anywhere.
    func elements(_ name: String) throws -> [XMLElement] {
        try nodes("//*[local-name()='\(name)']").compactMap { $0 as? XMLElement }
    }

    /// The attribute `name` of `element`, by local name (`w:val` is `val`).
    static func attribute(_ element: XMLElement, _ name: String) -> String? {
        element.attributes?.first { $0.localName == name || $0.name == name }?.stringValue
    }

    /// Every child element of `element` named `name`.
    static func children(_ element: XMLElement, _ name: String) -> [XMLElement] {
        (element.children ?? []).compactMap { $0 as? XMLElement }.filter { $0.localName == name }
    }
}
