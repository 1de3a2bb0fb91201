extension ScoringSheet {
    /// The sheet as an Excel workbook (`.xlsx`): the same cells as the CSV, every cell text, in
    /// one worksheet named after the sheet, long headings wrapped. To read it back, save it as
    /// CSV: reading a filled `.xlsx` needs an inflate the toolkit does not have yet.
    public func xlsx() -> [UInt8] {
        let rows = cells().map { $0.map(Workbook.Cell.init) }
        let sheet = Workbook.Sheet(
            name: labels.sheetTitle, columns: Workbook.Sheet.columns(for: rows, count: rows.first?.count ?? 0), rows: rows, tableRows: nil)
        return Workbook(
            sheets: [sheet], title: "\(labels.sheetTitle) \(id) – \(processTitle)", language: labels.language,
            stamp: ExportStamp(day: nil, hash: nil), stampLine: "\(labels.sheetID) \(id)", pageLabels: (labels.page, labels.pageOf),
            currencySymbol: "€"
        ).xlsx()
    }
}
