/// The fixed parts of the committee paper: styles, bullet numbering and settings.
///
/// The style names are those pandoc uses (`Title`, `heading 1`, `Body Text`, `Compact`, `Table
/// Caption`, `Table`, `Hyperlink`, …), so `paper.docx` also serves as pandoc's
/// `--reference-doc`: a Markdown export converted with it gets A4, German, the same fonts,
/// headings and table style, and the same running header and page numbers.
enum WordStyles {
    static let namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// A paragraph style: id, name, what it is based on, and its properties as WordprocessingML.
    private struct Style {
        var id: String
        var name: String
        var basedOn: String?
        var next: String?
        var paragraph: String
        var run: String
        var type = "paragraph"
    }

    static func styles(language: Language) -> String {
        let lang = language == .german ? "de-DE" : "en-GB"
        var xml = XMLBuilder(standalone: true)
        xml.open("w:styles", ["xmlns:w": namespace])
        xml.open("w:docDefaults")
        xml.raw(
            "<w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:eastAsia=\"Arial\" w:cs=\"Arial\"/>"
                + "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/><w:lang w:val=\"\(lang)\" w:eastAsia=\"\(lang)\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
                + "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>")
        xml.close()
        xml.raw("<w:latentStyles w:defLockedState=\"0\" w:defUIPriority=\"99\" w:defSemiHidden=\"0\" w:defUnhideWhenUsed=\"0\" w:defQFormat=\"0\" w:count=\"376\"/>")
        for style in paragraphStyles {
            xml.raw("<w:style w:type=\"\(style.type)\"" + (style.id == "Normal" ? " w:default=\"1\"" : "") + " w:styleId=\"\(style.id)\">")
            xml.element("w:name", ["w:val": style.name])
            if let basedOn = style.basedOn { xml.element("w:basedOn", ["w:val": basedOn]) }
            if let next = style.next { xml.element("w:next", ["w:val": next]) }
            xml.element("w:qFormat")
            if !style.paragraph.isEmpty { xml.raw("<w:pPr>\(style.paragraph)</w:pPr>") }
            if !style.run.isEmpty { xml.raw("<w:rPr>\(style.run)</w:rPr>") }
            xml.raw("</w:style>")
        }
        // Tables: thin rules between rows, a shaded header row (pandoc marks it as the first row).
        xml.raw(
            "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/>"
                + "<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
                + "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>")
        xml.raw(
            "<w:style w:type=\"table\" w:styleId=\"Table\"><w:name w:val=\"Table\"/><w:basedOn w:val=\"TableNormal\"/><w:qFormat/>"
                + "<w:pPr><w:spacing w:before=\"20\" w:after=\"20\"/></w:pPr><w:rPr><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr>"
                + "<w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"4D5D6E\"/>"
                + "<w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"0\" w:color=\"4D5D6E\"/>"
                + "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"C5CCD4\"/></w:tblBorders>"
                + "<w:tblCellMar><w:top w:w=\"28\" w:type=\"dxa\"/><w:left w:w=\"57\" w:type=\"dxa\"/><w:bottom w:w=\"28\" w:type=\"dxa\"/>"
                + "<w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
                + "<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/><w:bCs/></w:rPr><w:tblPr/><w:trPr><w:tblHeader/></w:trPr>"
                + "<w:tcPr><w:tcBorders><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"0\" w:color=\"4D5D6E\"/></w:tcBorders>"
                + "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E4EAF1\"/></w:tcPr></w:tblStylePr></w:style>")
        return xml.document
    }

    /// `w:spacing` and friends for a paragraph, in the order WordprocessingML requires.
    private static let paragraphStyles: [Style] = {
        let heading = { (level: Int, size: Int, before: Int) in
            Style(
                id: "Heading\(level)", name: "heading \(level)", basedOn: "Normal", next: "BodyText",
                paragraph: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"\(before)\" w:after=\"120\"/><w:outlineLvl w:val=\"\(level - 1)\"/>",
                run: "<w:b/><w:bCs/><w:color w:val=\"1F4E79\"/><w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>")
        }
        return [
            Style(id: "Normal", name: "Normal", paragraph: "", run: ""),
            Style(id: "BodyText", name: "Body Text", basedOn: "Normal", paragraph: "<w:spacing w:before=\"0\" w:after=\"140\"/>", run: ""),
            Style(id: "FirstParagraph", name: "First Paragraph", basedOn: "BodyText", next: "BodyText", paragraph: "", run: ""),
            Style(id: "Compact", name: "Compact", basedOn: "BodyText", paragraph: "<w:spacing w:before=\"36\" w:after=\"36\"/>", run: ""),
            Style(
                id: "Title", name: "Title", basedOn: "Normal", next: "BodyText",
                paragraph: "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"200\"/>",
                run: "<w:b/><w:bCs/><w:color w:val=\"1A1A1A\"/><w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/>"),
            Style(
                id: "Subtitle", name: "Subtitle", basedOn: "Normal", next: "BodyText", paragraph: "<w:keepNext/><w:spacing w:after=\"200\"/>",
                run: "<w:color w:val=\"333333\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>"),
            Style(
                id: "Date", name: "Date", basedOn: "Normal", next: "BodyText", paragraph: "<w:spacing w:after=\"360\"/>",
                run: "<w:b/><w:bCs/><w:color w:val=\"333333\"/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>"),
            heading(1, 32, 240), heading(2, 26, 360), heading(3, 22, 240), heading(4, 20, 200),
            Style(
                id: "TOCHeading", name: "TOC Heading", basedOn: "Normal", next: "TOC1", paragraph: "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/>",
                run: "<w:b/><w:bCs/><w:color w:val=\"1F4E79\"/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>"),
            Style(id: "TOC1", name: "toc 1", basedOn: "Normal", paragraph: "<w:spacing w:before=\"60\" w:after=\"20\"/>", run: "<w:b/><w:bCs/>"),
            Style(id: "TOC2", name: "toc 2", basedOn: "Normal", paragraph: "<w:spacing w:after=\"10\"/><w:ind w:left=\"284\"/>", run: "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>"),
            Style(
                id: "ListBullet", name: "List Bullet", basedOn: "BodyText",
                paragraph: "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr><w:spacing w:after=\"60\"/><w:ind w:left=\"357\" w:hanging=\"357\"/>",
                run: ""),
            Style(
                id: "Note", name: "Note", basedOn: "BodyText", paragraph: "",
                run: "<w:color w:val=\"333333\"/><w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/>"),
            Style(id: "TableText", name: "Table Text", basedOn: "Normal", paragraph: "", run: "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>"),
            Style(
                id: "TableCaption", name: "Table Caption", basedOn: "Normal", next: "BodyText",
                paragraph: "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"60\"/>", run: "<w:b/><w:bCs/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>"),
            Style(id: "Figure", name: "Figure", basedOn: "Normal", next: "ImageCaption", paragraph: "<w:keepNext/><w:spacing w:before=\"120\"/>", run: ""),
            Style(
                id: "ImageCaption", name: "Image Caption", basedOn: "Normal", next: "BodyText", paragraph: "<w:spacing w:before=\"60\" w:after=\"200\"/>",
                run: "<w:i/><w:iCs/><w:color w:val=\"333333\"/><w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/>"),
            Style(id: "Header", name: "header", basedOn: "Normal", paragraph: "<w:tabs><w:tab w:val=\"right\" w:pos=\"\(WordDocumentWriter.textWidth)\"/></w:tabs>", run: "<w:color w:val=\"333333\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>"),
            Style(id: "Footer", name: "footer", basedOn: "Normal", paragraph: "<w:jc w:val=\"right\"/>", run: "<w:color w:val=\"333333\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>"),
            Style(id: "Hyperlink", name: "Hyperlink", paragraph: "", run: "<w:color w:val=\"0A4275\"/><w:u w:val=\"single\"/>", type: "character"),
        ]
    }()

    /// One bullet list: a dot at the first level.
    static let numbering = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:numbering xmlns:w="\(namespace)"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>\
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>\
        <w:pPr><w:ind w:left="357" w:hanging="357"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>
        """

    static func settings(language: Language) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:settings xmlns:w="\(namespace)"><w:zoom w:percent="100"/><w:defaultTabStop w:val="709"/>\
        <w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" \
        w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="\(language == .german ? "de-DE" : "en-GB")"/>\
        <w:decimalSymbol w:val="\(language == .german ? "," : ".")"/><w:listSeparator w:val=";"/></w:settings>
        """
    }
}
