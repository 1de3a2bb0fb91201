/// An open-addressing hash table from 8-byte key fingerprints to the byte offsets of log
/// records: the ballot index's layout, in memory (for a check) or on disk (`BallotIndex`).
///
/// A fingerprint only finds a candidate; every hit is confirmed by reading the record at its
/// offset (`matches`), so two keys with the same fingerprint are never confused.
struct KeyTable: Sendable {
    /// Two words per slot: fingerprint (0 = empty), offset.
    private(set) var slots: [UInt64]
    private(set) var count = 0

    init(slotCount: Int = 1 << 12) {
        precondition(slotCount > 0 && slotCount & (slotCount - 1) == 0, "a power of two")
        slots = [UInt64](repeating: 0, count: slotCount * 2)
    }

    init(slots: [UInt64], count: Int) {
        self.slots = slots
        self.count = count
    }

    var slotCount: Int { slots.count / 2 }

    /// The offset of the record with this key, or `nil`.
    func find(_ fingerprint: UInt64, matches: (Int) -> Bool) -> Int? {
        let mask = slotCount - 1
        var slot = Int(truncatingIfNeeded: fingerprint) & mask
        while true {
            let stored = slots[slot * 2]
            if stored == 0 { return nil }
            if stored == fingerprint {
                let offset = Int(slots[slot * 2 + 1])
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
        let mask = slotCount - 1
        var slot = Int(truncatingIfNeeded: fingerprint) & mask
        while true {
            let stored = slots[slot * 2]
            if stored == 0 {
                slots[slot * 2] = fingerprint
                slots[slot * 2 + 1] = UInt64(offset)
                count += 1
                return nil
            }
            if stored == fingerprint {
                let existing = Int(slots[slot * 2 + 1])
                if existing == offset || matches(existing) { return existing }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Doubles the table; fingerprints say where each entry goes, no record is read.
    mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        let mask = slotCount - 1
        for index in stride(from: 0, to: old.count, by: 2) where old[index] != 0 {
            var slot = Int(truncatingIfNeeded: old[index]) & mask
            while slots[slot * 2] != 0 { slot = (slot + 1) & mask }
            slots[slot * 2] = old[index]
            slots[slot * 2 + 1] = old[index + 1]
        }
    }
}
