extension RatingSet {
    /// Writes the set into a log summary.
    func encode(into encoder: inout SummaryEncoder) {
        encoder.table(raters)
        encoder.table(items)
        encoder.table(criteria)
        var flat: [Int32] = []
        flat.reserveCapacity(entries.count * 4)
        for entry in entries {
            flat.append(entry.rater)
            flat.append(entry.item)
            flat.append(entry.criterion)
            flat.append(entry.score)
        }
        encoder.array(flat)
        let positions = commentTexts.keys.sorted()
        encoder.array(positions)
        for position in positions { encoder.string(commentTexts[position] ?? "") }
        encoder.int(recordCount)
        encoder.day(lastRecorded)
    }

    /// Reads a set `encode` wrote; `nil` when the bytes do not make one.
    init?(from decoder: inout SummaryDecoder) {
        guard let raters = decoder.table(), let items = decoder.table(), let criteria = decoder.table(),
            let flat = decoder.array(Int32.self), flat.count % 4 == 0, let positions = decoder.array(Int32.self)
        else { return nil }
        var comments: [Int32: String] = [:]
        for position in positions {
            guard let text = decoder.string() else { return nil }
            comments[position] = text
        }
        guard let recordCount = decoder.int(), let lastRecorded = decoder.day() else { return nil }
        let entries = stride(from: 0, to: flat.count, by: 4).map { Entry(rater: flat[$0], item: flat[$0 + 1], criterion: flat[$0 + 2], score: flat[$0 + 3]) }
        self.init(
            raters: raters, items: items, criteria: criteria, entries: entries, commentTexts: comments, recordCount: recordCount,
            lastRecorded: lastRecorded)
    }
}
