/// An Open Packaging Conventions package (ECMA-376 Part 2), the container of `.xlsx` and
/// `.docx`: XML parts with their content types and relationships, zipped.
///
/// `[Content_Types].xml` and the package relationships are written from what was added, first
/// in the archive as Office writes them; every entry carries the stamp's date.
struct OOXMLPackage {
    /// A part: its content type, and its bytes as the archive stores them (compressed when
    /// added, so that no part's XML is kept until the package is zipped).
    struct Part {
        var contentType: String
        var entry: ZipArchive.Entry
        var path: String { entry.path }
    }

    /// A relationship from a part (or the package) to another part: `rId1` → `worksheets/sheet1.xml`.
    struct Relationship {
        var id: String
        var type: String
        var target: String
    }

    private(set) var parts: [Part] = []
    private var packageRelationships: [Relationship] = []

    mutating func add(_ path: String, contentType: String, xml: String) {
        add(path, contentType: contentType, bytes: Array(xml.utf8))
    }

    mutating func add(_ path: String, contentType: String, bytes: [UInt8]) {
        add(contentType: contentType, entry: ZipArchive.entry(path, bytes))
    }

    /// Adds a part made ready for the archive beforehand.
    mutating func add(contentType: String, entry: ZipArchive.Entry) {
        parts.append(Part(contentType: contentType, entry: entry))
    }

    /// Adds the main part (workbook or document) and relates the package to it.
    mutating func addMain(_ path: String, contentType: String, xml: String) {
        addMain(contentType: contentType, entry: ZipArchive.entry(path, Array(xml.utf8)))
    }

    mutating func addMain(contentType: String, entry: ZipArchive.Entry) {
        add(contentType: contentType, entry: entry)
        packageRelationships.append(Relationship(id: "rId1", type: Self.relationship("officeDocument"), target: entry.path))
    }

    /// Adds `docProps/core.xml` (title, language, the stamp's date as created and modified) and
    /// `docProps/app.xml` (the application), and relates the package to them.
    mutating func addProperties(title: String, subject: String, language: Language, stamp: ExportStamp, application: String) {
        var core = XMLBuilder(standalone: true)
        core.open("cp:coreProperties", [
            "xmlns:cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
            "xmlns:dc": "http://purl.org/dc/elements/1.1/", "xmlns:dcterms": "http://purl.org/dc/terms/",
            "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
        ])
        core.element("dc:title", text: title)
        core.element("dc:subject", text: subject)
        core.element("dc:creator", text: application)
        core.element("dc:language", text: language == .german ? "de-DE" : "en-GB")
        if let hash = stamp.hash { core.element("cp:version", text: hash) }
        // W3CDTF, the stamp's day at midnight UTC: the state of the workspace, never the clock.
        let day = (stamp.day ?? Day(year: 1980, month: 1, day: 1))?.iso ?? "1980-01-01"
        core.element("dcterms:created", ["xsi:type": "dcterms:W3CDTF"], text: day + "T00:00:00Z")
        core.element("dcterms:modified", ["xsi:type": "dcterms:W3CDTF"], text: day + "T00:00:00Z")
        add("docProps/core.xml", contentType: "application/vnd.openxmlformats-package.core-properties+xml", xml: core.document)
        packageRelationships.append(Relationship(
            id: "rId2", type: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
            target: "docProps/core.xml"))

        var app = XMLBuilder(standalone: true)
        app.open("Properties", [
            "xmlns": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
            "xmlns:vt": "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
        ])
        app.element("Application", text: application)
        add("docProps/app.xml", contentType: "application/vnd.openxmlformats-officedocument.extended-properties+xml", xml: app.document)
        packageRelationships.append(Relationship(id: "rId3", type: Self.relationship("extended-properties"), target: "docProps/app.xml"))
    }

    /// A `.rels` part's XML.
    static func relationships(_ relationships: [Relationship]) -> String {
        var xml = XMLBuilder(standalone: true)
        xml.open("Relationships", ["xmlns": "http://schemas.openxmlformats.org/package/2006/relationships"])
        for relationship in relationships {
            xml.element("Relationship", ["Id": relationship.id, "Type": relationship.type, "Target": relationship.target])
        }
        return xml.document
    }

    /// Adds the relationships of the part at `path` (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`).
    mutating func addRelationships(of path: String, _ relationships: [Relationship]) {
        let folder = path.split(separator: "/").dropLast().joined(separator: "/")
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
        add(relsPath, contentType: Self.relationshipsType, xml: Self.relationships(relationships))
    }

    /// `http://schemas.openxmlformats.org/officeDocument/2006/relationships/NAME`.
    static func relationship(_ name: String) -> String {
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + name
    }

    static let relationshipsType = "application/vnd.openxmlformats-package.relationships+xml"

    /// The zipped package: content types, package relationships, then the parts in the order added.
    func zipped(date: Day?) -> [UInt8] {
        var types = XMLBuilder(standalone: true)
        types.open("Types", ["xmlns": "http://schemas.openxmlformats.org/package/2006/content-types"])
        types.element("Default", ["Extension": "rels", "ContentType": Self.relationshipsType])
        types.element("Default", ["Extension": "xml", "ContentType": "application/xml"])
        for part in parts where part.contentType != Self.relationshipsType {
            types.element("Override", ["PartName": "/" + part.path, "ContentType": part.contentType])
        }
        var archive = ZipArchive(date: date)
        archive.add("[Content_Types].xml", Array(types.document.utf8))
        archive.add("_rels/.rels", Array(Self.relationships(packageRelationships).utf8))
        for part in parts { archive.add(part.entry) }
        return archive.bytes()
    }
}
