/// The ratings a workspace counts, kept small: ids are interned, and for each rater, item and
/// criterion only the last score recorded is kept (a later rating corrects an earlier one).
///
/// Built while the rating log streams past, so its memory grows with raters × items ×
/// criteria, never with the length of the log. Tests build one from `Rating` values.
public struct RatingSet: Sendable, Equatable {
    /// One rating that counts, by interned ids; `score` is `RatingSet.dontKnow` for `?`.
    struct Entry: Sendable, Equatable {
        var rater: Int32
        var item: Int32
        var criterion: Int32
        var score: Int32
    }

    static let dontKnow = Int32.min

    private struct Key: Hashable {
        var rater: Int32
        var item: Int32
        var criterion: Int32
    }

    private(set) var raters = IDTable()
    private(set) var items = IDTable()
    private(set) var criteria = IDTable()
    private(set) var entries: [Entry] = []
    /// The comment of the rating that counts, by its position in `entries`; absent when empty.
    private(set) var commentTexts: [Int32: String] = [:]
    private var positions: [Key: Int32] = [:]
    /// Every rating record read, corrections included.
    public private(set) var recordCount = 0
    /// The latest day a rating was recorded on (the day of its `recorded_at`, as written),
    /// corrections included; `nil` when no rating says.
    public private(set) var lastRecorded: Day?

    public init() {}

    public init(_ ratings: [Rating]) {
        for rating in ratings { append(rating) }
    }

    /// A set as it was when its parts were taken (a log summary); `nil` when the parts do not
    /// fit together (an entry naming an id the tables do not hold, a comment of no entry).
    init?(
        raters: IDTable, items: IDTable, criteria: IDTable, entries: [Entry], commentTexts: [Int32: String], recordCount: Int,
        lastRecorded: Day?
    ) {
        guard recordCount >= entries.count,
            entries.allSatisfy({
                (0..<Int32(raters.count)).contains($0.rater) && (0..<Int32(items.count)).contains($0.item)
                    && (0..<Int32(criteria.count)).contains($0.criterion)
            }),
            commentTexts.keys.allSatisfy({ (0..<Int32(entries.count)).contains($0) })
        else { return nil }
        self.raters = raters
        self.items = items
        self.criteria = criteria
        self.entries = entries
        self.commentTexts = commentTexts
        self.recordCount = recordCount
        self.lastRecorded = lastRecorded
    }

    /// Adds a rating as if it were the log's next record.
    public mutating func append(_ rating: Rating) {
        if let day = rating.recordedAt?.day { noteRecorded(day) }
        record(
            rater: raters.intern(rating.rater.rawValue), item: items.intern(rating.item.rawValue),
            criterion: criteria.intern(rating.criterion.rawValue), score: rating.score.map(Int32.init) ?? Self.dontKnow,
            comment: rating.comment)
    }

    mutating func internRater(_ bytes: UnsafeRawBufferPointer) -> (index: Int32, inserted: Bool) { raters.intern(bytes) }
    mutating func internItem(_ bytes: UnsafeRawBufferPointer) -> (index: Int32, inserted: Bool) { items.intern(bytes) }
    mutating func internCriterion(_ bytes: UnsafeRawBufferPointer) -> (index: Int32, inserted: Bool) { criteria.intern(bytes) }

    /// Records a rating by interned ids; a later one replaces its score and its comment.
    mutating func record(rater: Int32, item: Int32, criterion: Int32, score: Int32, comment: String = "") {
        recordCount += 1
        // A set taken from a summary finds its positions again when a rating is added to it.
        if positions.count < entries.count {
            for (position, entry) in entries.enumerated() {
                positions[Key(rater: entry.rater, item: entry.item, criterion: entry.criterion)] = Int32(position)
            }
        }
        let key = Key(rater: rater, item: item, criterion: criterion)
        let position: Int32
        if let known = positions[key] {
            position = known
            entries[Int(position)].score = score
        } else {
            position = Int32(entries.count)
            positions[key] = position
            entries.append(Entry(rater: rater, item: item, criterion: criterion, score: score))
        }
        if comment.isEmpty {
            if !commentTexts.isEmpty { commentTexts[position] = nil }
        } else {
            commentTexts[position] = comment
        }
    }

    /// The comments of the ratings that count on `items`, in the order the ratings were first
    /// given; one per rater, item and comment text (a comment given with every criterion of an
    /// item is one comment), with the criteria it was given on.
    public func comments(on items: [ItemID]) -> [RatingComment] {
        guard !commentTexts.isEmpty else { return [] }
        let wanted = Set(items.compactMap { self.items.find($0.rawValue) })
        // Sorting only the comments wanted: this is asked once per project.
        return comments(at: commentTexts.keys.filter { wanted.contains(entries[Int($0)].item) }.sorted())
    }

    /// The comments of the ratings at `positions` in `entries` (ascending), as `comments(on:)` gives them.
    func comments(at positions: [Int32]) -> [RatingComment] {
        var result: [RatingComment] = []
        var index: [String: Int] = [:]
        for position in positions {
            let entry = entries[Int(position)]
            guard let text = commentTexts[position] else { continue }
            let rater = ParticipantID(rawValue: raters.string(entry.rater))
            let item = ItemID(rawValue: self.items.string(entry.item))
            let key = "\(rater)\u{1F}\(item)\u{1F}\(text)"
            if let known = index[key] {
                result[known].criteria.append(criterionID(entry.criterion))
            } else {
                index[key] = result.count
                result.append(RatingComment(rater: rater, item: item, criteria: [criterionID(entry.criterion)], text: text))
            }
        }
        return result
    }

    /// Counts a record without keeping it (a check that does not score).
    mutating func countRecord() { recordCount += 1 }

    /// Notes the day a record was written on.
    mutating func noteRecorded(_ day: Day) {
        if lastRecorded.map({ day > $0 }) ?? true { lastRecorded = day }
    }

    /// How many ratings count: one per rater, item and criterion.
    public var effectiveCount: Int { entries.count }

    /// How many ratings were corrected by a later one.
    public var superseded: Int { recordCount - entries.count }

    /// The ratings that count, in the order they were first given.
    public var ratings: [Rating] {
        entries.map { entry in
            Rating(
                rater: ParticipantID(rawValue: raters.string(entry.rater)), item: ItemID(rawValue: items.string(entry.item)),
                criterion: CriterionID(rawValue: criteria.string(entry.criterion)),
                score: entry.score == Self.dontKnow ? nil : Int(entry.score))
        }
    }

    /// The interned index of an item, when it has ratings.
    func itemIndex(_ item: ItemID) -> Int32? { items.find(item.rawValue) }

    func criterionID(_ index: Int32) -> CriterionID { CriterionID(rawValue: criteria.string(index)) }

    /// The interned index of a criterion, when it has ratings.
    func criterionIndex(_ criterion: CriterionID) -> Int32? { criteria.find(criterion.rawValue) }

    /// The positions in `entries` grouped by item: `order[starts[i]..<starts[i + 1]]` are item `i`'s.
    /// - Complexity: O(*n*) in the number of ratings that count.
    func groupedByItem() -> (starts: [Int], order: [Int32]) {
        var starts = [Int](repeating: 0, count: items.count + 1)
        for entry in entries { starts[Int(entry.item) + 1] += 1 }
        for index in 0..<items.count { starts[index + 1] += starts[index] }
        var next = starts
        var order = [Int32](repeating: 0, count: entries.count)
        for (position, entry) in entries.enumerated() {
            order[next[Int(entry.item)]] = Int32(position)
            next[Int(entry.item)] += 1
        }
        return (starts, order)
    }

    public static func == (lhs: RatingSet, rhs: RatingSet) -> Bool {
        lhs.recordCount == rhs.recordCount && lhs.ratings == rhs.ratings
    }
}

extension RatingSet: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Rating...) { self.init(elements) }
}
