/// Counts ballots written in the ballot notation (`P3 P19`, `P3:2 P19`, `P3,P1=P7,P2`,
/// `abstain`) straight from their bytes into a `BallotProfileBuilder`, learning the options
/// from the ballots: no string and no `BallotContent` per ballot, so memory grows with the
/// options and the distinct ballots, not with the number read.
///
/// The common case (ids of letters, digits, `-`, `_` and `.`; whole numbers) is read from the
/// bytes; anything else goes through `BallotNotation.parse`, so a ballot means, and a broken
/// ballot is reported, exactly as there.
///
/// ```swift
/// var counter = NotationCounter(kind: .approvals)
/// _ = counter.add(text: Array("P3 P19".utf8))
/// let profile = counter.profile().build()
/// ```
struct NotationCounter {
    let kind: BallotKind
    private var builder: BallotProfileBuilder
    private var lookup = OptionLookup(ids: [])
    /// Whether an option was learnt since the options were last put in natural order.
    private var unordered = false
    /// After how many ballots the options are next put in natural order, if need be: early,
    /// so the ballots after it name options in order and cost no sorting, and again at
    /// doubling counts for options learnt late.
    private var nextOrdering = 1024

    init(kind: BallotKind) {
        self.kind = kind
        builder = BallotProfileBuilder(kind: kind, options: [])
    }

    /// Makes room for the ballots of a file of `bytes` bytes, each of which takes at least
    /// `bytesPerBallot` of them; each mark takes at least 2 (an id and a separator).
    mutating func reserveCapacity(fileSize bytes: Int, bytesPerBallot: Int) {
        builder.reserveCapacity(ballots: bytes / bytesPerBallot, marks: bytes / 2)
    }

    /// Adds one ballot, given as the bytes of its text.
    /// - Returns: why it cannot be read, or `nil` when it was added.
    mutating func add(text: UnsafeBufferPointer<UInt8>) -> BallotNotationError? {
        if builder.voters >= nextOrdering {
            nextOrdering *= 2
            if unordered { putInNaturalOrder() }
        }
        let (lower, upper) = Self.trimmed(text, lower: 0, upper: text.count)
        if upper - lower == Self.abstain.count && Self.abstain.elementsEqual(text[lower..<upper]) {
            _ = builder.finishBallot()
            return nil
        }
        let read: Bool
        switch kind {
        case .approvals: read = lower < upper && readApprovals(text, lower, upper)
        case .points, .scores: read = lower < upper && readValues(text, lower, upper)
        case .ranking: read = lower < upper && readRanking(text, lower, upper)
        }
        if read && builder.finishBallot() == nil { return nil }
        builder.discardBallot()
        return addParsed(String(decoding: text, as: UTF8.self))
    }

    /// `add(text:)` for bytes in an array.
    mutating func add(text: [UInt8]) -> BallotNotationError? {
        text.withUnsafeBufferPointer { add(text: $0) }
    }

    /// The ballots read, over the options they name and `more`, in natural order (`P2` before `P10`).
    consuming func profile(more: Set<ItemID> = []) -> BallotProfileBuilder {
        putInNaturalOrder(more: more)
        let builder = self.builder
        self = NotationCounter(kind: kind)
        return builder
    }

    /// Puts the options learnt, and `more`, in natural order, in the profile and in the lookup.
    private mutating func putInNaturalOrder(more: Set<ItemID> = []) {
        let named = builder.options.map(\.id)
        let ids = Set(named).union(more).sorted()
        let position = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        builder.relabel(options: ids.map { CountOption(id: $0) }, position: named.map { position[$0] ?? 0 })
        lookup = OptionLookup(ids: ids.map { Array($0.rawValue.utf8) })
        unordered = false
    }

    // MARK: - The common case, from the bytes

    private static let abstain = Array(BallotNotation.abstain.utf8)

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    private static func trimmed(_ text: UnsafeBufferPointer<UInt8>, lower: Int, upper: Int) -> (Int, Int) {
        var lower = lower
        var upper = upper
        while lower < upper && isSpace(text[lower]) { lower += 1 }
        while upper > lower && isSpace(text[upper - 1]) { upper -= 1 }
        return (lower, upper)
    }

    /// The index of the option whose id is `text[lower..<upper]`, added when new; `nil` when it is not a valid id.
    private mutating func option(_ text: UnsafeBufferPointer<UInt8>, _ lower: Int, _ upper: Int) -> Int? {
        let id = UnsafeBufferPointer(rebasing: text[lower..<upper])
        if let index = lookup.index(of: id) { return index }
        guard ItemID.isValid(UnsafeRawBufferPointer(id)) else { return nil }
        _ = builder.appendOption(CountOption(id: ItemID(rawValue: String(decoding: id, as: UTF8.self))))
        unordered = true
        return lookup.insert(id)
    }

    /// `P3 P19` (or `P3,P19`).
    private mutating func readApprovals(_ text: UnsafeBufferPointer<UInt8>, _ lower: Int, _ upper: Int) -> Bool {
        var index = lower
        while index < upper {
            let byte = text[index]
            if Self.isSpace(byte) || byte == UInt8(ascii: ",") {
                index += 1
                continue
            }
            var end = index
            while end < upper && !Self.isSpace(text[end]) && text[end] != UInt8(ascii: ",") { end += 1 }
            guard let option = option(text, index, end) else { return false }
            builder.mark(option)
            index = end
        }
        return true
    }

    /// `P3:2 P19` (points; a bare id is one point) or `P3:4 P19:0` (scores).
    private mutating func readValues(_ text: UnsafeBufferPointer<UInt8>, _ lower: Int, _ upper: Int) -> Bool {
        let range = kind == .scores ? -BallotNotation.valueLimit...BallotNotation.valueLimit : 1...BallotNotation.valueLimit
        var index = lower
        while index < upper {
            if Self.isSpace(text[index]) {
                index += 1
                continue
            }
            var end = index
            while end < upper && !Self.isSpace(text[end]) && text[end] != UInt8(ascii: ":") { end += 1 }
            guard let option = option(text, index, end) else { return false }
            var value = 1
            if end < upper && text[end] == UInt8(ascii: ":") {
                guard let (number, after) = Self.wholeNumber(text, from: end + 1, upper: upper), range.contains(number) else { return false }
                value = number
                end = after
            } else if kind == .scores {
                return false
            }
            builder.mark(option, value: Int32(value))
            index = end
        }
        return true
    }

    /// A whole number of at most nine digits, with an optional minus, ending at a space or tab.
    private static func wholeNumber(_ text: UnsafeBufferPointer<UInt8>, from lower: Int, upper: Int) -> (Int, Int)? {
        var index = lower
        let negative = index < upper && text[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        let digitsStart = index
        var value = 0
        while index < upper && !isSpace(text[index]) {
            let digit = Int(text[index]) - 0x30
            guard digit >= 0 && digit <= 9 && index - digitsStart < 9 else { return nil }
            value = value * 10 + digit
            index += 1
        }
        guard index > digitsStart else { return nil }
        return (negative ? -value : value, index)
    }

    /// `P3,P1=P7,P2` (or `P3>P1=P7>P2`): places separated by `,` or `>`, ties by `=`.
    private mutating func readRanking(_ text: UnsafeBufferPointer<UInt8>, _ lower: Int, _ upper: Int) -> Bool {
        var place: Int32 = 0
        var memberStart = lower
        for index in lower...upper {
            let byte = index < upper ? text[index] : UInt8(ascii: ",")
            guard byte == UInt8(ascii: ",") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "=") else { continue }
            let (from, to) = Self.trimmed(text, lower: memberStart, upper: index)
            guard from < to, let option = option(text, from, to) else { return false }
            builder.mark(option, value: place)
            if byte != UInt8(ascii: "=") { place += 1 }
            memberStart = index + 1
        }
        return true
    }

    // MARK: - Everything else, through the notation's parser

    private mutating func addParsed(_ text: String) -> BallotNotationError? {
        let content: BallotContent
        switch BallotNotation.parse(text, as: kind) {
        case .success(let parsed): content = parsed
        case .failure(let problem): return problem
        }
        func mark(_ id: ItemID, _ value: Int) {
            let utf8 = Array(id.rawValue.utf8)
            guard let option = utf8.withUnsafeBufferPointer({ option($0, 0, $0.count) }) else { return }
            builder.mark(option, value: Int32(clamping: value))
        }
        switch content {
        case .abstain: break
        case .approvals(let ids): for id in ids { mark(id, 0) }
        case .points(let entries), .scores(let entries): for entry in entries { mark(entry.option, entry.value) }
        case .ranking(let groups): for (place, group) in groups.enumerated() { for id in group { mark(id, place) } }
        }
        if let twice = builder.finishBallot() {
            return BallotNotationError("option \(builder.options[twice].id) appears twice; name each option once")
        }
        return nil
    }
}

/// The kind of ballot a file's notation suggests, learnt one ballot at a time: `=`, `>` or `,`
/// between ids make rankings, `id:N` points (scores when some N is below 1), bare ids
/// separated by spaces approvals.
struct NotationKindGuess {
    private var ranking = false
    private var values = false
    private var belowOne = false

    /// The kind suggested by every ballot noted so far.
    var kind: BallotKind { ranking ? .ranking : !values ? .approvals : belowOne ? .scores : .points }

    /// Notes one ballot's text.
    mutating func note(_ text: UnsafeBufferPointer<UInt8>) {
        if ranking { return }
        // Bare ASCII ids (and `abstain`) suggest nothing: only `=` `>` `,` `:` and non-ASCII bytes can.
        if !text.contains(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: ">") || $0 >= 0x80 }) {
            return
        }
        var lower = 0
        var upper = text.count
        while lower < upper && (text[lower] == 0x20 || text[lower] == 0x09) { lower += 1 }
        while upper > lower && (text[upper - 1] == 0x20 || text[upper - 1] == 0x09) { upper -= 1 }
        let bytes = UnsafeBufferPointer(rebasing: text[lower..<upper])
        if bytes.elementsEqual(BallotNotation.abstain.utf8) { return }
        if bytes.contains(where: { $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: ",") }) { ranking = true }
        if ranking || (values && belowOne) { return }
        // Beyond ASCII, characters (a space with a combining mark is no space) decide, as in the text.
        if bytes.contains(where: { $0 >= 0x80 }) {
            noteValues(String(decoding: bytes, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\t" }).map {
                $0.split(separator: ":").dropFirst().first.map(String.init)
            })
            return
        }
        var index = 0
        while index < bytes.count {
            var end = index
            while end < bytes.count && bytes[end] != 0x20 && bytes[end] != 0x09 { end += 1 }
            noteToken(UnsafeBufferPointer(rebasing: bytes[index..<end]))
            index = end + 1
        }
    }

    /// Notes an ASCII token's value: the second non-empty piece between its colons, if any.
    private mutating func noteToken(_ token: UnsafeBufferPointer<UInt8>) {
        let colon = UInt8(ascii: ":")
        var start = 0
        while start < token.count && token[start] == colon { start += 1 }
        while start < token.count && token[start] != colon { start += 1 }
        while start < token.count && token[start] == colon { start += 1 }
        guard start < token.count else { return }
        var end = start
        while end < token.count && token[end] != colon { end += 1 }
        let value = UnsafeBufferPointer(rebasing: token[start..<end])
        // Digits, not all zeros: at least 1 (or too large for a number); no text needed.
        if value.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) && value.contains(where: { $0 != 0x30 }) {
            values = true
            return
        }
        noteValues([String(decoding: value, as: UTF8.self)])
    }

    /// Notes each token's value.
    private mutating func noteValues(_ tokenValues: [String?]) {
        for case let value? in tokenValues {
            values = true
            if let number = Int(value), number < 1 { belowOne = true }
        }
    }

    /// `note(_:)` for bytes in an array.
    mutating func note(_ text: [UInt8]) { text.withUnsafeBufferPointer { note($0) } }
}
