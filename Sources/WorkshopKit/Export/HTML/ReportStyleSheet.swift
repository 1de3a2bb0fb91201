/// The style sheet of `report.html`: readable on screen, and on A4 paper when printed.
///
/// Screen: one column at most 180 mm wide (the width of the printed text), so what fits on
/// screen fits on paper. Text colours reach at least 7:1 against their background; focus is
/// marked by a 3 px outline.
///
/// Print (`@media print`): A4 with 15 mm side margins; a running header with the title and
/// "Stand: …" and page numbers "Seite 3 von 41" in `@page` margin boxes (Chromium 131 and
/// later; other browsers print their own header and footer instead when asked to); table
/// header rows repeated on every page (`thead { display: table-header-group }`; a sortable
/// heading prints a plain label, since Chromium leaves buttons out of repeated headers); headings
/// kept with what follows; charts and table rows never split; each brief on a new page.
///
/// No word breaks inside an amount, a score or an id (`.nb`: `white-space: nowrap`, no
/// hyphenation); other words break only when a single word is wider than its column
/// (`overflow-wrap: break-word`), never by hyphenation.
enum ReportStyleSheet {
    /// The style sheet, with the running header's texts as CSS strings.
    static func css(title: String, stampDate: String, page: String, of: String) -> String {
        base + """

            @media print {
              @page {
                size: A4;
                margin: 20mm 15mm 18mm 15mm;
                @top-left { content: \(string(title)); font: 8pt "Liberation Sans", Arial, Helvetica, sans-serif; color: #333; }
                @top-right { content: \(string(stampDate)); font: 8pt "Liberation Sans", Arial, Helvetica, sans-serif; color: #333; }
                @bottom-right { content: \(string(page + " ")) counter(page) \(string(" " + of + " ")) counter(pages); font: 8pt "Liberation Sans", Arial, Helvetica, sans-serif; color: #333; }
              }
            \(print)
            }
            """
    }

    /// A CSS string literal: quotes and backslashes escaped, and everything outside printable
    /// ASCII letters, digits and common punctuation as a hexadecimal escape, so no text can end
    /// the string, the style element or its CDATA section.
    static func string(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", " ", ".", ",", ":", ";", "-", "(", ")", "/", "!", "?", "+", "=", "_", "#", "%", "'":
                output.unicodeScalars.append(scalar)
            default:
                output += "\\" + String(scalar.value, radix: 16, uppercase: true) + " "
            }
        }
        return output + "\""
    }

    private static let base = """
        :root { color: #1a1a1a; background: #ffffff; font-family: "Liberation Sans", Arial, Helvetica, sans-serif; line-height: 1.45; }
        body { margin: 0 auto; max-width: 180mm; padding: 1.5rem 1rem 3rem; }
        h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 0.4rem; }
        h2 { font-size: 1.45rem; line-height: 1.25; margin: 2.2rem 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 2px solid #1f4e79; }
        h3 { font-size: 1.2rem; line-height: 1.3; margin: 1.6rem 0 0.5rem; }
        h4, h5, h6 { font-size: 1rem; margin: 1.2rem 0 0.4rem; }
        p, ul, dl { margin: 0.4rem 0 0.8rem; }
        a { color: #0a4275; text-decoration: underline; }
        a:focus-visible, button:focus-visible, select:focus-visible, [tabindex]:focus-visible { outline: 3px solid #a34f00; outline-offset: 2px; }
        .skip-link { position: absolute; left: -9999px; top: 0; padding: 0.5rem 0.8rem; background: #ffffff; color: #0a4275; }
        .skip-link:focus { left: 1rem; top: 1rem; z-index: 10; }
        .subtitle { font-size: 1.1rem; margin: 0 0 0.3rem; color: #333333; }
        .stamp { font-weight: bold; color: #333333; }
        .note, figcaption { font-size: 0.875rem; color: #333333; }
        .nb { white-space: nowrap; hyphens: none; }
        nav.contents ol { padding-left: 1.4rem; }
        nav.contents ol ol { columns: 2; column-gap: 2rem; font-size: 0.9rem; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; }
        dl.facts div { display: contents; }
        dl.facts dt { font-weight: bold; }
        dl.facts dd { margin: 0; }
        .table-wrap { overflow-x: auto; margin: 0.6rem 0 1rem; }
        table.data { border-collapse: collapse; width: 100%; font-size: 0.8rem; line-height: 1.35; }
        caption { caption-side: top; text-align: left; font-weight: bold; padding: 0 0 0.3rem; }
        th, td { text-align: left; vertical-align: top; padding: 0.25rem 0.4rem; border-bottom: 1px solid #c5ccd4; overflow-wrap: break-word; hyphens: manual; }
        thead th { background: #e4eaf1; border-bottom: 2px solid #4d5d6e; }
        tbody th { font-weight: normal; }
        .num { text-align: right; }
        tr.total th, tr.total td { font-weight: bold; border-top: 2px solid #4d5d6e; }
        th button { font: inherit; font-weight: bold; color: inherit; background: none; border: 0; padding: 0; text-align: inherit; cursor: pointer; }
        th button::after { content: " \\2195"; color: #2b3a4a; }
        th[aria-sort="ascending"] button::after { content: " \\25B2"; }
        th[aria-sort="descending"] button::after { content: " \\25BC"; }
        figure { margin: 1rem 0; }
        figure svg { display: block; max-width: 100%; height: auto; }
        form.filters fieldset { border: 1px solid #c5ccd4; padding: 0.6rem 0.8rem; margin: 1rem 0; }
        form.filters legend { font-weight: bold; padding: 0 0.3rem; }
        form.filters .filter { display: inline-block; margin: 0 1.2rem 0.4rem 0; }
        form.filters select { font: inherit; padding: 0.15rem; }
        .filter-status { font-weight: bold; margin: 0.3rem 0; }
        .document-footer { margin-top: 3rem; border-top: 1px solid #c5ccd4; font-size: 0.875rem; color: #333333; }
        [hidden] { display: none !important; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        .print-label { display: none; }
        #layout-check { font-family: monospace; }
        """

    private static let print = """
          :root { font-size: 10pt; }
          body { max-width: none; padding: 0; }
          .skip-link, form.filters, th button { display: none; }
          .print-label { display: inline; }
          a { color: inherit; text-decoration: none; }
          h1, h2, h3, h4, h5, h6, caption { break-after: avoid; page-break-after: avoid; }
          .page-start { break-before: page; page-break-before: always; }
          .page-start > .page-start:first-of-type { break-before: auto; page-break-before: auto; }
          thead { display: table-header-group; }
          tr, figure, dl.facts div { break-inside: avoid; page-break-inside: avoid; }
          .table-wrap { overflow: visible; }
          table.data { font-size: 8.5pt; }
          figure svg { max-height: 200mm; }
        """
}
