/// The ballots a workspace counts, kept small: per vote, each ballot's marks as interned option
/// numbers and values, voided ballots marked, closed votes known.
///
/// Built while the ballot log streams past; memory grows with the number of ballots' marks,
/// never with the log's text (voters and timestamps are not kept). Tests build one from
/// `Ballot` values.
public struct BallotSet: Sendable, Equatable {
    /// The ballots of one vote.
    struct Box: Sendable {
        var ids: [UInt8] = []
        var idEnds: [Int32] = []
        /// `BallotKind` of each ballot as a number (`0` for an abstention).
        var kinds: [UInt8] = []
        /// Where each ballot's marks end in `options` and `values`.
        var ends: [Int32] = []
        /// The options marked, as interned item numbers.
        var options: [Int32] = []
        /// Points, 1 for an approval, a score, or the 0-based place in a ranking.
        var values: [Int32] = []
        var voided: [Bool] = []
        var voidedCount = 0
        var closed = false
        /// Ballots counted without their marks (a check that does not count votes).
        var unkept = 0
        /// Poster counts among the entries (`kinds` holds `posterCode` for them), and how many
        /// of them are voided: they are no ballots.
        var posters = 0
        var voidedPosters = 0
        /// Poster counts counted without their points (a check that does not count votes).
        var unkeptPosters = 0

        var counted: Int { kinds.count - posters - (voidedCount - voidedPosters) + unkept }
    }

    private(set) var items = IDTable()
    private(set) var votes = IDTable()
    private(set) var boxes: [Box] = []
    /// The latest day a record of the ballot log was written on (an opening, a ballot, a void
    /// or a closing; the day of its `recorded_at`, as written); `nil` when no record says.
    public private(set) var lastRecorded: Day?

    public init() {}

    public init(_ ballots: [Ballot]) {
        for ballot in ballots { append(ballot) }
    }

    /// A set as it was when its parts were taken (a log summary); the caller has checked that
    /// the boxes fit the tables (`Box.fits`).
    init(items: IDTable, votes: IDTable, boxes: [Box], lastRecorded: Day?) {
        self.items = items
        self.votes = votes
        self.boxes = boxes
        self.lastRecorded = lastRecorded
    }

    /// Ballots that count, in all votes: voided ballots are left out.
    public var count: Int { boxes.reduce(0) { $0 + $1.counted } }

    /// Ballots that count in `vote`.
    public func count(in vote: VoteID) -> Int { votes.find(vote.rawValue).map { boxes[Int($0)].counted } ?? 0 }

    /// Whether a closing record ended `vote`.
    public func isClosed(_ vote: VoteID) -> Bool { votes.find(vote.rawValue).map { boxes[Int($0)].closed } ?? false }

    /// Applies a record of the ballot log.
    public mutating func apply(_ record: BallotRecord) {
        if let day = record.recordedAt?.day { noteRecorded(day) }
        switch record {
        case .open: break
        case .ballot(let ballot): append(ballot)
        case .count(let poster): append(poster)
        case .void(let vote, let ballot, _, _): void(ballot, in: vote)
        case .close(let vote, _, _): boxes[Int(box(vote.rawValue))].closed = true
        }
    }

    /// Adds a ballot as if it were the log's next record.
    public mutating func append(_ ballot: Ballot) {
        if let day = ballot.recordedAt?.day { noteRecorded(day) }
        let box = box(ballot.vote.rawValue)
        var pairs: [(Int32, Int32)] = []
        switch ballot.content {
        case .abstain: break
        case .points(let values), .scores(let values): pairs = values.map { (items.intern($0.option.rawValue), Int32($0.value)) }
        case .approvals(let options): pairs = options.map { (items.intern($0.rawValue), 1) }
        case .ranking(let groups):
            for (place, group) in groups.enumerated() { pairs += group.map { (items.intern($0.rawValue), Int32(place)) } }
        }
        var id = ballot.id.rawValue
        id.withUTF8 { id in
            add(to: box, id: UnsafeRawBufferPointer(id), kind: Self.code(ballot.content.kind), options: pairs.map(\.0), values: pairs.map(\.1))
        }
    }

    /// Adds a poster's dot counts as if they were the log's next record.
    public mutating func append(_ poster: PosterCount) {
        if let day = poster.recordedAt?.day { noteRecorded(day) }
        let box = box(poster.vote.rawValue)
        let pairs = poster.points.map { (items.intern($0.option.rawValue), Int32($0.value)) }
        var id = poster.id.rawValue
        id.withUTF8 { id in
            add(to: box, id: UnsafeRawBufferPointer(id), kind: Self.posterCode, options: pairs.map(\.0), values: pairs.map(\.1))
        }
    }

    /// The poster counts that count in `vote` (voided ones left out).
    public func posterCounts(in vote: VoteID) -> Int {
        votes.find(vote.rawValue).map { boxes[Int($0)].posters - boxes[Int($0)].voidedPosters + boxes[Int($0)].unkeptPosters } ?? 0
    }

    /// The poster counts that count, in all votes (voided ones left out).
    public var posterCount: Int { boxes.reduce(0) { $0 + $1.posters - $1.voidedPosters + $1.unkeptPosters } }

    /// The points per option from the poster counts that count in `vote`, summed.
    public func posterPoints(in vote: VoteID) -> [ItemID: Int] {
        guard let index = votes.find(vote.rawValue) else { return [:] }
        var points: [ItemID: Int] = [:]
        forEachPoster(in: index) { options, values in
            for (option, value) in zip(options, values) { points[itemID(option), default: 0] += Int(value) }
        }
        return points
    }

    /// Takes ballot `id` of `vote` out of the count; `false` when there is no such ballot.
    @discardableResult
    public mutating func void(_ id: BallotID, in vote: VoteID) -> Bool {
        guard let box = votes.find(vote.rawValue) else { return false }
        var id = id.rawValue
        return id.withUTF8 { bytes in
            guard let position = position(of: UnsafeRawBufferPointer(bytes), in: box) else { return false }
            markVoided(position, in: box)
            return true
        }
    }

    /// Ends `vote`.
    public mutating func close(_ vote: VoteID) { boxes[Int(box(vote.rawValue))].closed = true }

    /// The contents of the ballots that count in `vote`, in the order recorded.
    public func contents(in vote: VoteID) -> [BallotContent] {
        guard let index = votes.find(vote.rawValue) else { return [] }
        var contents: [BallotContent] = []
        forEachCounted(in: index) { kind, options, values in
            let ids = options.map { ItemID(rawValue: items.string($0)) }
            switch kind {
            case nil: contents.append(.abstain)
            case .points?: contents.append(.points(zip(ids, values).map { OptionValue($0, Int($1)) }))
            case .scores?: contents.append(.scores(zip(ids, values).map { OptionValue($0, Int($1)) }))
            case .approvals?: contents.append(.approvals(ids))
            case .ranking?:
                var groups: [[ItemID]] = []
                for (id, place) in zip(ids, values) {
                    if Int(place) >= groups.count { groups.append([]) }
                    groups[groups.count - 1].append(id)
                }
                contents.append(.ranking(groups))
            }
        }
        return contents
    }

    // MARK: - Interned access, for the log reader and the tallies

    mutating func box(_ vote: String) -> Int32 {
        var vote = vote
        return vote.withUTF8 { box(UnsafeRawBufferPointer($0)) }
    }

    mutating func box(_ vote: UnsafeRawBufferPointer) -> Int32 {
        let (index, inserted) = votes.intern(vote)
        if inserted { boxes.append(Box()) }
        return index
    }

    func boxIndex(_ vote: VoteID) -> Int32? { votes.find(vote.rawValue) }

    mutating func internItem(_ bytes: UnsafeRawBufferPointer) -> Int32 { items.intern(bytes).index }

    func itemID(_ index: Int32) -> ItemID { ItemID(rawValue: items.string(index)) }

    /// Adds a ballot by interned numbers: its options and their values.
    mutating func add(to box: Int32, id: UnsafeRawBufferPointer, kind: UInt8, options: [Int32], values: [Int32]) {
        let b = Int(box)
        boxes[b].ids.append(contentsOf: id)
        boxes[b].idEnds.append(Int32(boxes[b].ids.count))
        boxes[b].kinds.append(kind)
        boxes[b].options.append(contentsOf: options)
        boxes[b].values.append(contentsOf: values)
        boxes[b].ends.append(Int32(boxes[b].options.count))
        boxes[b].voided.append(false)
        if kind == Self.posterCode { boxes[b].posters += 1 }
    }

    mutating func markClosed(_ box: Int32) { boxes[Int(box)].closed = true }

    /// Notes the day a record was written on.
    mutating func noteRecorded(_ day: Day) {
        if lastRecorded.map({ day > $0 }) ?? true { lastRecorded = day }
    }

    /// Counts a ballot (or, with -1, a void) without keeping its marks.
    mutating func count(_ change: Int, in box: Int32) { boxes[Int(box)].unkept += change }

    /// Counts poster counts without their points (a check that does not count votes).
    mutating func countPosters(_ change: Int, in box: Int32) { boxes[Int(box)].unkeptPosters += change }

    /// The position of ballot `id` in `box`, searching from the newest (voids follow soon after).
    func position(of id: UnsafeRawBufferPointer, in box: Int32) -> Int? {
        let b = boxes[Int(box)]
        return b.ids.withUnsafeBytes { stored in
            var position = b.idEnds.count - 1
            while position >= 0 {
                let start = position == 0 ? 0 : Int(b.idEnds[position - 1])
                let end = Int(b.idEnds[position])
                if end - start == id.count, memcmpEqual(stored.baseAddress! + start, id.baseAddress!, id.count), !b.voided[position] {
                    return position
                }
                position -= 1
            }
            return nil
        }
    }

    /// Marks every ballot of `box` whose id is in `ids` as voided.
    mutating func markVoided(_ ids: Set<[UInt8]>, in box: Int32) {
        let b = Int(box)
        var start = 0
        for position in 0..<boxes[b].idEnds.count {
            let end = Int(boxes[b].idEnds[position])
            if ids.contains(Array(boxes[b].ids[start..<end])) { markVoided(position, in: box) }
            start = end
        }
    }

    mutating func markVoided(_ position: Int, in box: Int32) {
        guard !boxes[Int(box)].voided[position] else { return }
        boxes[Int(box)].voided[position] = true
        boxes[Int(box)].voidedCount += 1
        if boxes[Int(box)].kinds[position] == Self.posterCode { boxes[Int(box)].voidedPosters += 1 }
    }

    /// Calls `body` for each ballot that counts in the vote numbered `box`: its kind (`nil` for an
    /// abstention), options and values. Poster counts are no ballots: `forEachPoster` gives them.
    func forEachCounted(in box: Int32, _ body: (BallotKind?, ArraySlice<Int32>, ArraySlice<Int32>) -> Void) {
        forEachEntry(in: box) { code, options, values in
            if code != Self.posterCode { body(Self.kind(code), options, values) }
        }
    }

    /// Calls `body` with the options and points of each poster count that counts in `box`.
    func forEachPoster(in box: Int32, _ body: (ArraySlice<Int32>, ArraySlice<Int32>) -> Void) {
        guard boxes[Int(box)].posters > 0 else { return }
        forEachEntry(in: box) { code, options, values in
            if code == Self.posterCode { body(options, values) }
        }
    }

    private func forEachEntry(in box: Int32, _ body: (UInt8, ArraySlice<Int32>, ArraySlice<Int32>) -> Void) {
        let b = boxes[Int(box)]
        var start = 0
        for position in 0..<b.kinds.count {
            let end = Int(b.ends[position])
            if !b.voided[position] { body(b.kinds[position], b.options[start..<end], b.values[start..<end]) }
            start = end
        }
    }

    /// The kind code of a poster count's entry.
    static let posterCode: UInt8 = 5

    static func code(_ kind: BallotKind?) -> UInt8 {
        switch kind {
        case nil: 0
        case .points?: 1
        case .approvals?: 2
        case .ranking?: 3
        case .scores?: 4
        }
    }

    static func kind(_ code: UInt8) -> BallotKind? {
        switch code {
        case 1: .points
        case 2: .approvals
        case 3: .ranking
        case 4: .scores
        default: nil
        }
    }

    public static func == (lhs: BallotSet, rhs: BallotSet) -> Bool {
        let names = (0..<lhs.votes.count).map { lhs.votes.string(Int32($0)) }
        guard names.count == rhs.votes.count else { return false }
        return names.allSatisfy { name in
            let vote = VoteID(rawValue: name)
            return lhs.contents(in: vote) == rhs.contents(in: vote) && lhs.isClosed(vote) == rhs.isClosed(vote)
                && lhs.posterPoints(in: vote) == rhs.posterPoints(in: vote)
        }
    }
}

extension BallotSet: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Ballot...) { self.init(elements) }
}
