/// An open-addressing hash table from key fingerprints to the byte offsets of log records:
/// the ballot index's layout, in memory (for a check) or on disk (`BallotIndex`).
///
/// Each slot is one 64-bit word: the key's 28-bit tag (the top bits of its fingerprint, never
/// 0) above the record's 36-bit byte offset (logs up to 64 GiB); 0 is an empty slot. Where a
/// key's probe starts depends on its tag alone, so the table can grow without reading a
/// record. A tag only finds a candidate; every hit is confirmed by reading the record at its
/// offset (`matches`), so two keys with the same tag are never confused.
struct KeyTable: Sendable {
    static let offsetBits: UInt64 = 36
    static let offsetMask: UInt64 = (1 << offsetBits) - 1
    /// The largest log offset a slot can hold.
    static let offsetLimit = Int(offsetMask)

    private(set) var slots: [UInt64]
    private(set) var count = 0

    init(slotCount: Int = 1 << 12) {
        precondition(slotCount > 0 && slotCount & (slotCount - 1) == 0, "a power of two")
        slots = [UInt64](repeating: 0, count: slotCount)
    }

    init(slots: [UInt64], count: Int) {
        self.slots = slots
        self.count = count
    }

    /// A table for about `keys` keys, at most 60 % full.
    init(forKeys keys: Int) {
        var slotCount = 1 << 12
        while keys * 5 > slotCount * 3 { slotCount *= 2 }
        self.init(slotCount: slotCount)
    }

    var slotCount: Int { slots.count }

    /// The key's tag: the top 28 bits of its fingerprint, never 0.
    @inline(__always)
    static func tag(_ fingerprint: UInt64) -> UInt64 {
        let tag = fingerprint >> offsetBits
        return tag == 0 ? 1 : tag
    }

    /// The slot where a tag's probe starts in a table of `slotCount` slots.
    @inline(__always)
    static func home(_ tag: UInt64, slotCount: Int) -> Int {
        let bits = UInt64(slotCount.trailingZeroBitCount)
        return bits == 0 ? 0 : Int(truncatingIfNeeded: (tag &* 0x9E37_79B9_7F4A_7C15) >> (64 - bits))
    }

    @inline(__always)
    static func slot(tag: UInt64, offset: Int) -> UInt64 { tag << offsetBits | UInt64(offset) }

    /// The offset of the record with this key, or `nil`.
    func find(_ fingerprint: UInt64, matches: (Int) -> Bool) -> Int? {
        let tag = Self.tag(fingerprint)
        let mask = slotCount - 1
        var slot = Self.home(tag, slotCount: slotCount)
        while true {
            let stored = slots[slot]
            if stored == 0 { return nil }
            if stored >> Self.offsetBits == tag {
                let offset = Int(stored & Self.offsetMask)
                if matches(offset) { return offset }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Adds the key unless a record already has it.
    /// - Returns: the offset of the record that has the key already, or `nil` when added.
    @discardableResult
    mutating func insert(_ fingerprint: UInt64, offset: Int, matches: (Int) -> Bool) -> Int? {
        if (count + 1) * 5 > slotCount * 3 { grow() }
        let tag = Self.tag(fingerprint)
        let mask = slotCount - 1
        var slot = Self.home(tag, slotCount: slotCount)
        while true {
            let stored = slots[slot]
            if stored == 0 {
                slots[slot] = Self.slot(tag: tag, offset: offset)
                count += 1
                return nil
            }
            if stored >> Self.offsetBits == tag {
                let existing = Int(stored & Self.offsetMask)
                if existing == offset || matches(existing) { return existing }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Doubles the table; the tags say where each entry goes, no record is read.
    mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        let mask = slotCount - 1
        for stored in old where stored != 0 {
            var slot = Self.home(stored >> Self.offsetBits, slotCount: slotCount)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = stored
        }
    }
}
