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
    private var hashes: [UInt64] = []
    /// Open addressing: per slot the upper half of a ballot's hash and its index + 1 (0: empty),
    /// so most probes are settled without touching the ballot.
    private var table: [UInt64] = Array(repeating: 0, count: 1024)
    private var indexByID: [ItemID: Int32]?

    public init(kind: BallotKind, options: [CountOption]) {
        self.kind = kind
        self.options = options
        stamps = Array(repeating: -1, count: options.count)
    }

    /// Adds a mark to the ballot being read: an option index and its points, score, or place
    /// (for rankings: 0 for the first place; equal places are ties; places must not decrease).
    public mutating func mark(_ option: Int, value: Int32 = 0) {
        pendingMarks.append(Int32(truncatingIfNeeded: option))
        if kind != .approvals { pendingValues.append(value) }
    }

    /// Drops the ballot being read, for a reader that found it broken.
    public mutating func discardBallot() {
        pendingMarks.removeAll(keepingCapacity: true)
        pendingValues.removeAll(keepingCapacity: true)
    }

    /// Ends the ballot being read and adds it `count` times.
    /// - Returns: `nil`, or the index of an option the ballot marks twice; such a ballot is not added.
    public mutating func finishBallot(count: Int = 1) -> Int? {
        defer { discardBallot() }
        serial &+= 1
        if serial == Int32.max {
            serial = 0
            for index in stamps.indices { stamps[index] = -1 }
        }
        for option in pendingMarks {
            if stamps[Int(option)] == serial { return Int(option) }
            stamps[Int(option)] = serial
        }
        voters += count
        if pendingMarks.isEmpty {
            abstentions += count
            return nil
        }
        longestBallot = max(longestBallot, pendingMarks.count)
        canonicalise()
        intern(count: count)
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
    /// distinct), so it costs no second profile.
    mutating func relabel(options: [CountOption], position: [Int]) {
        self.options = options
        stamps = Array(repeating: -1, count: options.count)
        serial = 0
        indexByID = nil
        for ballot in counts.indices {
            let range = starts[ballot]..<starts[ballot + 1]
            discardBallot()
            for index in range { pendingMarks.append(Int32(truncatingIfNeeded: position[Int(marks[index])])) }
            if kind != .approvals { pendingValues.append(contentsOf: values[range]) }
            canonicalise()
            marks.replaceSubrange(range, with: pendingMarks)
            if kind != .approvals { values.replaceSubrange(range, with: pendingValues) }
            hashes[ballot] = pendingHash()
        }
        discardBallot()
        rebuildTable(size: table.count)
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

    /// Sorts the pending ballot: by option, or by place then option for rankings, whose places
    /// are renumbered 0, 1, 2, … in the order given.
    private mutating func canonicalise() {
        let count = pendingMarks.count
        switch kind {
        case .approvals:
            Self.sortShort(&pendingMarks[...])
        case .points, .scores:
            if !isSorted(pendingMarks) {
                let pairs = zip(pendingMarks, pendingValues).sorted { $0.0 < $1.0 }
                pendingMarks = pairs.map(\.0)
                pendingValues = pairs.map(\.1)
            }
        case .ranking:
            var place: Int32 = -1
            var previous: Int32 = .min
            var groupStart = 0
            for index in 0..<count {
                if index == 0 || pendingValues[index] != previous {
                    if index > 0 { sortGroup(groupStart..<index) }
                    previous = pendingValues[index]
                    place += 1
                    groupStart = index
                } else {
                    hasTies = true
                }
                pendingValues[index] = place
            }
            sortGroup(groupStart..<count)
        }
    }

    private mutating func sortGroup(_ range: Range<Int>) {
        if range.count > 1 { Self.sortShort(&pendingMarks[range]) }
    }

    /// Sorts a ballot's marks: by insertion when there are few, as there mostly are.
    private static func sortShort(_ marks: inout ArraySlice<Int32>) {
        guard marks.count <= 32 else { return marks.sort() }
        marks.withUnsafeMutableBufferPointer { marks in
            for index in marks.indices.dropFirst() {
                let mark = marks[index]
                var place = index
                while place > 0 && marks[place - 1] > mark {
                    marks[place] = marks[place - 1]
                    place -= 1
                }
                marks[place] = mark
            }
        }
    }

    private func isSorted(_ marks: [Int32]) -> Bool {
        for index in marks.indices.dropFirst() where marks[index - 1] > marks[index] { return false }
        return true
    }

    /// The hash of the pending ballot, as the table keeps it.
    private func pendingHash() -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        pendingMarks.withUnsafeBufferPointer { for mark in $0 { hash = (hash ^ UInt64(UInt32(bitPattern: mark))) &* 0x0000_0100_0000_01B3 } }
        pendingValues.withUnsafeBufferPointer { for value in $0 { hash = (hash ^ UInt64(UInt32(bitPattern: value))) &* 0x0000_0100_0000_01B3 } }
        return hash ^ (hash >> 29)
    }

    private mutating func intern(count: Int) {
        let hash = pendingHash()
        let mask = table.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        let tag = hash & 0xFFFF_FFFF_0000_0000
        while true {
            let entry = table[slot]
            if entry == 0 { break }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let existing = Int(entry & 0xFFFF_FFFF) - 1
                if hashes[existing] == hash && matches(existing) {
                    counts[existing] += count
                    return
                }
            }
            slot = (slot + 1) & mask
        }
        let index = counts.count
        table[slot] = tag | UInt64(index + 1)
        marks.append(contentsOf: pendingMarks)
        values.append(contentsOf: pendingValues)
        starts.append(marks.count)
        counts.append(count)
        hashes.append(hash)
        if counts.count * 2 > table.count { rebuildTable(size: table.count * 2) }
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

    private mutating func rebuildTable(size: Int) {
        table = Array(repeating: 0, count: size)
        let mask = table.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while table[slot] != 0 { slot = (slot + 1) & mask }
            table[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(index + 1)
        }
    }
}
