/// Reads the rating log into a `RatingSet`, checking every record against the definitions:
/// registered rater, known item and criterion, a score on the criterion's scale or `?`, a
/// known channel, a timestamp.
///
/// Works from the bytes: ids are interned and each distinct id is checked once, so a record
/// costs a few hash lookups and no strings.
struct RatingsLogReader {
    let context: LogContext
    /// Keep the ratings that count (for scoring); a check alone needs only the count.
    let keepsRatings: Bool
    private(set) var set = RatingSet()
    private var raterProblems: [String?] = []
    private var itemProblems: [String?] = []
    private var criteria: [(scale: Scale?, problem: String?)] = []
    /// The last record's rater and item: a batch (one rater's scores for one item) repeats them.
    private var last: (rater: [UInt8], raterIndex: Int32, item: [UInt8], itemIndex: Int32)?

    init(context: LogContext, keepsRatings: Bool = true) {
        self.context = context
        self.keepsRatings = keepsRatings
    }

    /// Reads a format-2 log: the walk checks framing and chain, this reader each record.
    mutating func read(_ walk: inout LogWalk, recordsStart: Int) throws(StorageError) {
        try walk.run(recordsStart: recordsStart) { record, problems in
            visit(record, &problems)
        }
    }

    private mutating func visit(_ record: LogWalk.Record, _ problems: inout LogDiagnostics) {
        let line = record.line
        let fields = record.fields
        let number = record.number
        var valid = true

        let raterField = fields.raw(1, in: line)
        let itemField = fields.raw(2, in: line)
        let repeated = last.map { last in
            (last.rater.withUnsafeBytes { memcmpEqualBuffers($0, raterField) }, last.item.withUnsafeBytes { memcmpEqualBuffers($0, itemField) })
        } ?? (false, false)
        let rater = repeated.0 ? (index: last!.raterIndex, inserted: false) : set.internRater(raterField)
        if rater.inserted {
            raterProblems.append(
                context.problem(
                    fields.text(1, in: line), as: ParticipantID.self, column: "rater", known: context.participants,
                    definedIn: [.participants], context: "rating"))
        }
        if let problem = raterProblems[Int(rater.index)] {
            problems.error(problem, line: number, column: 2)
            valid = false
        }
        let item = repeated.1 ? (index: last!.itemIndex, inserted: false) : set.internItem(itemField)
        if !(repeated.0 && repeated.1) { last = (Array(raterField), rater.index, Array(itemField), item.index) }
        if item.inserted {
            itemProblems.append(
                context.problem(
                    fields.text(2, in: line), as: ItemID.self, column: "item", known: context.ratedItems, definedIn: [.ideas, .projects, .process],
                    context: "rating"))
        }
        if let problem = itemProblems[Int(item.index)] {
            problems.error(problem, line: number, column: 3)
            valid = false
        }
        let criterion = set.internCriterion(fields.raw(3, in: line))
        if criterion.inserted {
            let text = fields.text(3, in: line)
            let problem = context.problem(
                text, as: CriterionID.self, column: "criterion", known: Set(context.criteria.keys), definedIn: [.criteria],
                context: "rating")
            criteria.append((context.criteria[CriterionID(rawValue: text)]?.scale, problem))
        }
        let (scale, criterionProblem) = criteria[Int(criterion.index)]
        if let criterionProblem {
            problems.error(criterionProblem, line: number, column: 4)
            valid = false
        }

        var score = RatingSet.dontKnow
        let scoreField = fields.raw(4, in: line)
        if !(scoreField.count == 1 && scoreField[0] == 0x3F) {
            if let value = Self.integer(scoreField) {
                score = Int32(value)
                if let scale, !scale.contains(value) {
                    problems.error(
                        "score '\(value)' is outside \(scale.rangeDescription), the scale of criterion \(fields.text(3, in: line))",
                        line: number, column: 5)
                    valid = false
                }
            } else {
                problems.error(
                    "score '\(fields.text(4, in: line))' is not a whole number, nor '?' for don't know", line: number, column: 5)
                valid = false
            }
        }
        if !fields.isEmpty(5), RatingChannel(rawValue: fields.text(5, in: line)) == nil {
            problems.error(
                "channel '\(fields.text(5, in: line))' is not known; use \(RatingChannel.allCases.map(\.rawValue).joined(separator: ", ")), or leave it empty",
                line: number, column: 6)
            valid = false
        }
        if let recorded = Self.recordedAt(fields, line, number, &problems) {
            if let day = recorded?.day { set.noteRecorded(day) }
        } else {
            valid = false
        }
        if valid {
            if keepsRatings {
                set.record(
                    rater: rater.index, item: item.index, criterion: criterion.index, score: score,
                    comment: fields.isEmpty(6) ? "" : fields.text(6, in: line))
            } else {
                set.countRecord()
            }
        }
    }

    /// A whole number with an optional minus sign, of at most 9 digits.
    static func integer(_ bytes: UnsafeRawBufferPointer) -> Int? {
        var index = 0
        var negative = false
        if bytes.count > 1, bytes[0] == 0x2D {
            negative = true
            index = 1
        }
        guard bytes.count > index, bytes.count - index <= 9 else { return nil }
        var value = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
            index += 1
        }
        return negative ? -value : value
    }

    /// Checks `recorded_at` (field 7 of both logs): the timestamp, `.some(nil)` when the field
    /// is empty, or `nil` after reporting a bad value.
    static func recordedAt(
        _ fields: LogFields, _ line: UnsafeRawBufferPointer, _ number: Int, _ problems: inout LogDiagnostics
    ) -> Timestamp?? {
        let time = fields.raw(7, in: line)
        guard !time.isEmpty else { return .some(nil) }
        if let parsed = time.withMemoryRebound(to: UInt8.self, { Timestamp.parse($0) }) { return .some(parsed) }
        problems.error(
            "recorded_at '\(fields.text(7, in: line))' is not a time such as \(Timestamp.forms), nor empty", line: number, column: 8)
        return nil
    }
}
