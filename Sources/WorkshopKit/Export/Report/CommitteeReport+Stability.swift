/// How far the priority groups and the scores can be trusted, in the committee report: the
/// stability of the groups and the raters' agreement, the tables of `project-list.md` made
/// from the same rows (`SensitivityRenderer`, `AgreementRenderer`).
extension CommitteeReport {
    /// Per project the smallest weight and threshold change that moves it, and the groups it
    /// can reach within the band; `nil` when the list is empty.
    func stability() -> Document.Section? {
        let renderer = SensitivityRenderer(context)
        let rows = renderer.tableRows()
        guard !rows.isEmpty else { return nil }
        let table = Document.Table(
            caption: labels.stabilityTitle, columns: renderer.tableColumns.map { .init($0) },
            rows: rows.map { row in .init([.init([briefLink(row.project)])] + row.cells.map { .text($0) }) })
        return .init(
            anchor: "stability", title: labels.stabilityTitle,
            blocks: [.paragraph([.text(renderer.intro)]), .table(table), .paragraph([.text(renderer.movingLine)])])
    }

    /// Krippendorff's alpha per criterion with its reading; `nil` when nothing was rated.
    func agreement() -> Document.Section? {
        let renderer = AgreementRenderer(context)
        let rows = renderer.tableRows()
        guard !rows.isEmpty else { return nil }
        let columns = renderer.tableColumns
        let table = Document.Table(
            caption: labels.agreementTitle, columns: columns.map { .init($0.title, $0.isNumber ? .right : .left) },
            rows: rows.map { cells in .init(zip(cells, columns).map { cell, column in column.isNumber ? .unbreakable(cell) : .text(cell) }) })
        return .init(anchor: "agreement", title: labels.agreementTitle, blocks: [.paragraph([.text(labels.agreementIntro)]), .table(table)])
    }
}
