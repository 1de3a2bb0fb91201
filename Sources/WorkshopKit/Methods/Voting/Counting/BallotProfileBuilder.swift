/// Builds a `BallotProfile` one ballot at a time, keeping each distinct ballot once.
///
/// Readers stream marks into it (`mark(_:value:)`, then `finishBallot(count:)`) without
/// building a value per ballot; the workspace's ballot log adds `BallotContent`. Ballots are
/// stored in a canonical order (approvals and points by option, options within a tied place by
/// option), so the same ballot written in another order is the same ballot.
///
/// ```swift
/// var builder = BallotProfileBuilder(kind: .ranking, options: [CountOption(id: "A"), CountOption(id: "B")])
/// try builder.add(.ranking([["B"], ["A"]])).get()
/// let profile = builder.build()
/// ```
public struct BallotProfileBuilder {
    public let kind: BallotKind
    public private(set) var options: [CountOption]
    public private(set) var voters = 0
    public private(set) var abstentions = 0
    /// The most options one ballot marks.
    public private(set) var longestBallot = 0
    private var hasTies = false

    private var pendingMarks: [Int32] = []
    private var pendingValues: [Int32] = []
    /// `stamps[option] == serial` when the pending ballot marks `option` already.
    private var stamps: [Int32]
    private var serial: Int32 = 0

    private var starts: [Int] = [0]
    private var marks: [Int32] = []
    private var values: [Int32] = []
    private var counts: [Int] = []
    /// Open addressing with linear probing: per slot a ballot's tag (the upper half of its
    /// hash) and its index + 1 (0: empty), so most probes are settled without touching the
    /// ballot. A ballot's first slot is its tag scaled to the table's size, so the table grows
    /// from the tags alone, in one pass in slot order; empty after `relabel`, until the next
    /// ballot makes it again.
    private var table: [UInt64] = Array(repeating: 0, count: 1024)
    private var indexByID: [ItemID: Int32]?

    public init(kind: BallotKind, options: [CountOption]) {
        self.kind = kind
        self.options = options
        stamps = Array(repeating: -1, count: options.count)
    }

    /// Makes room for up to `ballots` distinct ballots with `marks` marks in all, for a reader
    /// that knows a bound from the file's size, so the storage is not copied as it grows. The
    /// room is reserved, not filled: on Linux, pages are only mapped as ballots fill them.
    mutating func reserveCapacity(ballots: Int, marks: Int) {
        starts.reserveCapacity(ballots + 1)
        counts.reserveCapacity(ballots)
        self.marks.reserveCapacity(marks)
        if kind != .approvals { values.reserveCapacity(marks) }
    }

    /// Adds a mark to the ballot being read: an option index and its points, score, or place
    /// (for rankings: 0 for the first place; equal places are ties; places must not decrease).
    public mutating func mark(_ option: Int, value: Int32 = 0) {
        pendingMarks.append(Int32(truncatingIfNeeded: option))
        if kind != .approvals { pendingValues.append(value) }
    }

    /// Drops the ballot being read, for a reader that found it broken.
    public mutating func discardBallot() {
        pendingMarks.empty()
        pendingValues.empty()
    }

    /// Ends the ballot being read and adds it `count` times.
    /// - Returns: `nil`, or the index of an option the ballot marks twice; such a ballot is not added.
    public mutating func finishBallot(count: Int = 1) -> Int? {
        serial &+= 1
        if serial == Int32.max {
            serial = 0
            for index in stamps.indices { stamps[index] = -1 }
        }
        for option in pendingMarks {
            if stamps[Int(option)] == serial {
                discardBallot()
                return Int(option)
            }
            stamps[Int(option)] = serial
        }
        voters += count
        if pendingMarks.isEmpty {
            abstentions += count
            return nil
        }
        longestBallot = max(longestBallot, pendingMarks.count)
        if Self.canonicalise(kind, &pendingMarks, &pendingValues) { hasTies = true }
        intern(count: count)
        discardBallot()
        return nil
    }

    /// Adds a ballot given as content, `count` times.
    /// - Returns: why it cannot be added: another kind of ballot, an option not in `options`, an option twice.
    public mutating func add(_ content: BallotContent, count: Int = 1) -> Result<Void, BallotNotationError> {
        if indexByID == nil {
            indexByID = Dictionary(options.enumerated().map { ($1.id, Int32($0)) }, uniquingKeysWith: { first, _ in first })
        }
        if let contentKind = content.kind, contentKind != kind {
            return .failure(BallotNotationError("the ballot is written as \(contentKind.rawValue), but this vote counts \(kind.ballotsNoun), written as \(kind.example)"))
        }
        func index(_ id: ItemID) -> Int32? { indexByID?[id] }
        var unknown: ItemID?
        func add(_ id: ItemID, _ value: Int32) {
            guard let option = index(id) else {
                if unknown == nil { unknown = id }
                return
            }
            mark(Int(option), value: value)
        }
        switch content {
        case .abstain: break
        case .approvals(let ids): for id in ids { add(id, 0) }
        case .points(let entries), .scores(let entries): for entry in entries { add(entry.option, Int32(clamping: entry.value)) }
        case .ranking(let groups):
            for (place, group) in groups.enumerated() { for id in group { add(id, Int32(place)) } }
        }
        if let unknown {
            discardBallot()
            let names = options.map(\.id.rawValue)
            return .failure(
                BallotNotationError("'\(unknown)' is not an option\(Suggestion.didYouMean(unknown.rawValue, among: names)); options: \(Suggestion.list(names))"))
        }
        if let twice = finishBallot(count: count) {
            return .failure(BallotNotationError("option \(options[twice].id) appears twice; name each option once"))
        }
        return .success(())
    }

    /// Adds an option after the others, for a reader that learns the options from the ballots.
    /// - Returns: its index.
    mutating func appendOption(_ option: CountOption) -> Int {
        options.append(option)
        stamps.append(-1)
        indexByID = nil
        return options.count - 1
    }

    /// Gives the options new places: old option `i` becomes option `position[i]` of `options`,
    /// which may hold more. Works in place on the distinct ballots (a relabelling keeps them
    /// distinct), so it costs no second profile; the table is made again only if another
    /// ballot comes.
    mutating func relabel(options: [CountOption], position: [Int]) {
        self.options = options
        stamps = Array(repeating: -1, count: options.count)
        serial = 0
        indexByID = nil
        table = []
        let position = position.map { Int32(truncatingIfNeeded: $0) }
        for index in marks.indices { marks[index] = position[Int(marks[index])] }
        // An order-keeping relabelling keeps every ballot canonical.
        if zip(position, position.dropFirst()).allSatisfy({ $0 < $1 }) { return }
        for ballot in counts.indices { _ = Self.canonicalise(kind, &marks, &values, starts[ballot]..<starts[ballot + 1]) }
    }

    /// The profile of every ballot added.
    /// - Parameters:
    ///   - budget: the money to spend, for budget rules.
    ///   - placePoints: for a points rule on rankings, the points of the first place; at least the longest ballot.
    ///   - minimumSupport: the least support `greedy-threshold` funds.
    ///   - namedRule: the rule the source names.
    public func build(budget: Rational? = nil, placePoints: Int? = nil, minimumSupport: Rational? = nil, namedRule: String? = nil) -> BallotProfile {
        BallotProfile(
            kind: kind, options: options, budget: budget, placePoints: max(placePoints ?? 0, longestBallot),
            minimumSupport: minimumSupport, namedRule: namedRule, voters: voters, abstentions: abstentions, hasTies: hasTies,
            starts: starts, marks: marks, values: values, counts: counts)
    }

    // MARK: - Canonical form and interning

    /// Puts a ballot in canonical order: by option, or by place then option for rankings,
    /// whose places are renumbered 0, 1, 2, … in the order given. `values` is empty for
    /// approvals, else as long as `marks`; the options are distinct.
    /// - Returns: whether a ranking ties two options at one place.
    private static func canonicalise(_ kind: BallotKind, _ marks: inout [Int32], _ values: inout [Int32], _ range: Range<Int>? = nil) -> Bool {
        let range = range ?? marks.indices
        return marks.withUnsafeMutableBufferPointer { marks in
            values.withUnsafeMutableBufferPointer { values in
                canonicalise(
                    kind, UnsafeMutableBufferPointer(rebasing: marks[range]),
                    values.isEmpty ? UnsafeMutableBufferPointer(rebasing: values[0..<0]) : UnsafeMutableBufferPointer(rebasing: values[range]))
            }
        }
    }

    /// `canonicalise` on one ballot's storage.
    private static func canonicalise(_ kind: BallotKind, _ marks: UnsafeMutableBufferPointer<Int32>, _ values: UnsafeMutableBufferPointer<Int32>) -> Bool {
        switch kind {
        case .approvals:
            sort(marks, carrying: nil)
            return false
        case .points, .scores:
            sort(marks, carrying: values)
            return false
        case .ranking:
            var tied = false
            var place: Int32 = -1
            var previous: Int32 = .min
            var groupStart = 0
            for index in 0..<marks.count {
                if index == 0 || values[index] != previous {
                    if index - groupStart > 1 { sort(UnsafeMutableBufferPointer(rebasing: marks[groupStart..<index]), carrying: nil) }
                    previous = values[index]
                    place += 1
                    groupStart = index
                } else {
                    tied = true
                }
                values[index] = place
            }
            if marks.count - groupStart > 1 { sort(UnsafeMutableBufferPointer(rebasing: marks[groupStart...]), carrying: nil) }
            return tied
        }
    }

    /// Sorts marks (distinct options) ascending, moving each one's value along when `values`
    /// is given: by insertion when there are few, as there mostly are, so sorted marks cost
    /// one pass.
    private static func sort(_ marks: UnsafeMutableBufferPointer<Int32>, carrying values: UnsafeMutableBufferPointer<Int32>?) {
        guard marks.count > 32 else {
            for index in marks.indices.dropFirst() {
                let mark = marks[index]
                var place = index
                guard marks[place - 1] > mark else { continue }
                let value = values?[index]
                while place > 0 && marks[place - 1] > mark {
                    marks[place] = marks[place - 1]
                    if let values { values[place] = values[place - 1] }
                    place -= 1
                }
                marks[place] = mark
                if let values, let value { values[place] = value }
            }
            return
        }
        guard let values else {
            var marks = marks
            return marks.sort()
        }
        let pairs = zip(marks, values).sorted { $0.0 < $1.0 }
        for (index, pair) in pairs.enumerated() {
            marks[index] = pair.0
            values[index] = pair.1
        }
    }

    /// The hash of a ballot's marks and values, well mixed in its upper half (the tag).
    private static func hash(_ marks: UnsafeBufferPointer<Int32>, _ values: UnsafeBufferPointer<Int32>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for mark in marks { hash = (hash ^ UInt64(UInt32(bitPattern: mark))) &* 0x0000_0100_0000_01B3 }
        for value in values { hash = (hash ^ UInt64(UInt32(bitPattern: value))) &* 0x0000_0100_0000_01B3 }
        hash = (hash ^ (hash >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        return hash ^ (hash >> 33)
    }

    /// The slot a tag starts at in a table of `size` slots: the tag scaled to the size, so
    /// slots keep the order of the tags.
    private static func home(_ tag: UInt64, size: Int) -> Int { Int(truncatingIfNeeded: (tag &* UInt64(size)) >> 32) }

    private mutating func intern(count: Int) {
        if table.isEmpty { rebuildTable(size: max(1024, counts.count * 4)) }
        let hash = pendingMarks.withUnsafeBufferPointer { marks in pendingValues.withUnsafeBufferPointer { Self.hash(marks, $0) } }
        let tag = hash >> 32
        let size = table.count
        var slot = Self.home(tag, size: size)
        let found: Int? = table.withUnsafeBufferPointer { table in
            while true {
                let entry = table[slot]
                if entry == 0 { return nil }
                if entry >> 32 == tag {
                    let existing = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                    if matches(existing) { return existing }
                }
                slot += 1
                if slot == size { slot = 0 }
            }
        }
        if let found {
            counts[found] += count
            return
        }
        table[slot] = tag << 32 | UInt64(counts.count + 1)
        marks.append(contentsOf: pendingMarks)
        values.append(contentsOf: pendingValues)
        starts.append(marks.count)
        counts.append(count)
        if counts.count * 2 > size { growTable() }
    }

    private func matches(_ index: Int) -> Bool {
        let start = starts[index]
        let count = pendingMarks.count
        guard starts[index + 1] - start == count else { return false }
        func same(_ stored: [Int32], _ pending: [Int32]) -> Bool {
            stored.withUnsafeBufferPointer { stored in
                pending.withUnsafeBufferPointer { pending in
                    for offset in 0..<pending.count where stored[start + offset] != pending[offset] { return false }
                    return true
                }
            }
        }
        return same(marks, pendingMarks) && (pendingValues.isEmpty || same(values, pendingValues))
    }

    /// Doubles the table from its own entries, read in slot order.
    private mutating func growTable() {
        let old = table
        let size = old.count * 2
        var grown = [UInt64](repeating: 0, count: size)
        grown.withUnsafeMutableBufferPointer { grown in
            for entry in old where entry != 0 { Self.place(entry, in: grown) }
        }
        table = grown
    }

    /// Makes the table again from the ballots, after `relabel` changed them.
    private mutating func rebuildTable(size: Int) {
        var table = [UInt64](repeating: 0, count: size)
        let starts = self.starts
        marks.withUnsafeBufferPointer { marks in
            values.withUnsafeBufferPointer { values in
                table.withUnsafeMutableBufferPointer { table in
                    for ballot in 0..<(starts.count - 1) {
                        let range = starts[ballot]..<starts[ballot + 1]
                        let hash = Self.hash(
                            UnsafeBufferPointer(rebasing: marks[range]), values.isEmpty ? UnsafeBufferPointer(rebasing: values[0..<0]) : UnsafeBufferPointer(rebasing: values[range]))
                        Self.place((hash >> 32) << 32 | UInt64(ballot + 1), in: table)
                    }
                }
            }
        }
        self.table = table
    }

    /// Puts a table entry in the first free slot from its tag's.
    private static func place(_ entry: UInt64, in table: UnsafeMutableBufferPointer<UInt64>) {
        var slot = home(entry >> 32, size: table.count)
        while table[slot] != 0 {
            slot += 1
            if slot == table.count { slot = 0 }
        }
        table[slot] = entry
    }
}
