/// The rules of `BallotRules` for one vote, on interned option numbers: checks a ballot read
/// from the log in its canonical text (`P3:2 P19`, `P3,P1=P7`) without building strings.
///
/// It accepts only what `BallotRules` accepts; anything it is unsure of (a problem, or text
/// not in canonical form) it leaves to `BallotNotation` and `BallotRules`, which have the
/// messages. So the log reader is fast on good ballots and exact on bad ones.
struct CompiledBallotRules {
    let vote: Vote
    let costs: [ItemID: Money]
    private let kind: BallotKind
    private let optionIndex: [String: Int32]
    private let costCents: [Int]
    /// By interned item number: the option's position in the vote, -1 when not an option,
    /// -2 when not yet looked up.
    private var positions: [Int32] = []
    /// By option position: the ballot that last marked it (to find an option named twice).
    private var marks: [UInt32]
    /// Ids of up to eight bytes, packed into a word, with their item number and position:
    /// a direct-mapped cache in front of the interning, which most option ids hit.
    private var recent = [(key: UInt64, item: Int32, position: Int32)](repeating: (0, 0, 0), count: 1024)
    private var ballot: UInt32 = 0

    init(vote: Vote, costs: [ItemID: Money]) {
        self.vote = vote
        self.costs = costs
        kind = vote.ballotKind
        optionIndex = Dictionary(vote.options.enumerated().map { ($1.rawValue, Int32($0)) }, uniquingKeysWith: { first, _ in first })
        costCents = vote.options.map { costs[$0]?.cents ?? -1 }
        marks = [UInt32](repeating: 0, count: vote.options.count)
    }

    /// Reads and checks ballot text, appending the marks (interned item numbers and values).
    /// - Returns: the ballot's kind code for `BallotSet` (0 for an abstention), or `nil` when
    ///   the text is not canonical or breaks a rule: the caller then asks `BallotRules`.
    mutating func accept(
        _ text: UnsafeRawBufferPointer, set: inout BallotSet, options: inout [Int32], values: inout [Int32]
    ) -> UInt8? {
        options.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        if text.count == 7, text.elementsEqual("abstain".utf8) { return 0 }
        guard !text.isEmpty else { return nil }
        ballot &+= 1
        if ballot == 0 {
            marks = [UInt32](repeating: 0, count: marks.count)
            ballot = 1
        }
        var total = 0
        var start = 0
        var place: Int32 = 0
        var groupSize = 0
        let count = text.count
        while start <= count {
            // One token: up to a space (points, approvals, scores) or ',' / '=' (rankings).
            var end = start
            while end < count {
                let byte = text[end]
                if byte == 0x20 || (kind == .ranking && (byte == 0x2C || byte == 0x3D)) { break }
                end += 1
            }
            guard end > start else { return nil }
            let token = UnsafeRawBufferPointer(rebasing: text[start..<end])
            var idEnd = token.count
            var value: Int32 = 1
            if kind == .points || kind == .scores {
                if let colon = token.firstIndex(of: 0x3A) {
                    idEnd = colon
                    guard let number = RatingsLogReader.integer(UnsafeRawBufferPointer(rebasing: token[(colon + 1)...])) else { return nil }
                    value = Int32(number)
                } else if kind == .scores {
                    return nil
                }
                let range = kind == .points ? 1...BallotNotation.valueLimit : -BallotNotation.valueLimit...BallotNotation.valueLimit
                guard range.contains(Int(value)) else { return nil }
            } else if kind == .ranking {
                value = place
            }
            let id = UnsafeRawBufferPointer(rebasing: token[..<idEnd])
            guard ItemID.isValid(id), let (item, position) = position(of: id, set: &set) else { return nil }
            guard marks[Int(position)] != ballot else { return nil }
            marks[Int(position)] = ballot
            options.append(item)
            values.append(value)
            switch vote.method {
            case .dots(_, let perOption), .cumulative(_, let perOption, _):
                if let perOption, value > perOption { return nil }
                total += Int(value)
            case .score(let minimum, let maximum):
                guard (minimum...maximum).contains(Int(value)) else { return nil }
            case .budget:
                let cost = costCents[Int(position)]
                guard cost >= 0 else { return nil }
                total += cost
            case .approval, .ranked:
                break
            }
            groupSize += 1
            if end < count, text[end] == 0x2C {
                if case .ranked(_, false) = vote.method, groupSize > 1 { return nil }
                place += 1
                groupSize = 0
            }
            start = end + 1
        }
        switch vote.method {
        case .dots(let perVoter, _): guard total <= perVoter else { return nil }
        case .cumulative(let points, _, let useAll): guard total <= points, !useAll || total == points else { return nil }
        case .approval(let minimum, let maximum):
            guard options.count <= (maximum ?? .max), options.count >= (minimum ?? 0) else { return nil }
        case .ranked(let length, let ties):
            guard options.count <= (length ?? .max), ties || groupSize <= 1 else { return nil }
        case .budget(let limit, _): guard total <= limit.cents else { return nil }
        case .score: break
        }
        return BallotSet.code(kind)
    }

    /// The item's interned number in `set` and its position among the vote's options; `nil`
    /// when it is not an option.
    private mutating func position(of id: UnsafeRawBufferPointer, set: inout BallotSet) -> (Int32, Int32)? {
        var packed: UInt64 = 0
        var slot = -1
        if id.count <= 8 {
            for (offset, byte) in id.enumerated() { packed |= UInt64(byte) << (offset * 8) }
            slot = Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) >> 54)
            let cached = recent[slot]
            if cached.key == packed { return (cached.item, cached.position) }
        }
        let item = set.internItem(id)
        let index = Int(item)
        if index >= positions.count { positions += [Int32](repeating: -2, count: index - positions.count + 1) }
        if positions[index] == -2 {
            positions[index] = optionIndex[String(decoding: id, as: UTF8.self)] ?? -1
        }
        let position = positions[index]
        guard position >= 0 else { return nil }
        // An id is never 0 bytes, so an empty slot's key 0 matches no id.
        if slot >= 0 { recent[slot] = (packed, item, position) }
        return (item, position)
    }
}
