/// The ballot ids of a notation CSV, kept compactly for the duplicate check.
///
/// - Ids that are numbers written plainly (`1`, `2`, … `10`, no leading zero) and go up, as
///   ballot numbers mostly do, are kept as runs of consecutive numbers: a million ballots
///   numbered 1 to 1 000 000 take one run.
/// - Every other id is kept as a 64-bit hash of its bytes in an open-addressing table (16 to 32
///   bytes per id), not as text.
///
/// A number inside a run, or a hash seen before, makes the id a *suspect*: the same id, or
/// (about once in 30 million files of a million ids) another with the same hash. Suspects are
/// settled exactly afterwards, by one more look at the ids, so the check never errs either way.
struct BallotIDSet {
    /// The hashes, 0 for an empty slot; a power of two long, at most half full.
    private var slots = [UInt64](repeating: 0, count: 1 << 10)
    private var used = 0
    /// Runs of consecutive numbers, ascending; no number in them is in `slots`.
    private var runs: [(first: UInt64, last: UInt64)] = []
    /// Whether a number above every run went into `slots` (too many runs): later ones must too.
    private var runsClosed = false
    /// The most runs kept (tests make it small).
    private let runLimit: Int

    init(runLimit: Int = 1 << 16) { self.runLimit = runLimit }

    /// Notes an id; `true` when its hash was seen before (a suspected repeat).
    mutating func insert(_ id: UnsafeBufferPointer<UInt8>) -> Bool {
        if let number = Self.number(id) {
            let last = runs.last?.last
            if !runsClosed, last.map({ number > $0 }) ?? true {
                if let last, number == last + 1 {
                    runs[runs.count - 1].last = number
                    return false
                }
                if runs.count < runLimit {
                    runs.append((number, number))
                    return false
                }
                runsClosed = true
            } else if inRuns(number) {
                return true
            }
        }
        if (used + 1) * 2 > slots.count { grow() }
        let hash = Self.hash(id)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.mix(hash)) & mask
        while true {
            let found = slots[slot]
            if found == 0 {
                slots[slot] = hash
                used += 1
                return false
            }
            if found == hash { return true }
            slot = (slot + 1) & mask
        }
    }

    /// The id as a number, when it is one written plainly: digits, no leading zero, at most 18.
    private static func number(_ id: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard id.count > 0 && id.count <= 18 && (id[0] != UInt8(ascii: "0") || id.count == 1) else { return nil }
        var value: UInt64 = 0
        for byte in id {
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + UInt64(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// Whether a run holds `number`.
    private func inRuns(_ number: UInt64) -> Bool {
        var lower = 0
        var upper = runs.count
        while lower < upper {
            let middle = (lower + upper) / 2
            if runs[middle].last < number { lower = middle + 1 } else { upper = middle }
        }
        return lower < runs.count && runs[lower].first <= number
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        let mask = slots.count - 1
        for hash in old where hash != 0 {
            var slot = Int(truncatingIfNeeded: Self.mix(hash)) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = hash
        }
    }

    /// FNV-1a over the bytes; never 0 (0 marks an empty slot).
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash == 0 ? 1 : hash
    }

    /// Spreads a hash's bits for the slot (the finaliser of SplitMix64).
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
