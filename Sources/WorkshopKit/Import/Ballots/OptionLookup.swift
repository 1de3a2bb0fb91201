/// Finds an option by the bytes of its id as a ballot file writes it, without making a string
/// per lookup: an open-addressing table over a key of the bytes, which for an id of up to
/// seven bytes, as most are, is the bytes themselves, so it is found by comparing numbers. Ids
/// can be added as a reader meets them.
struct OptionLookup {
    /// Every id's bytes one after another; id `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private var bytes: [UInt8] = []
    private var starts = [0]
    /// Per id, its key.
    private var keys: [UInt64] = []
    private var table: [Int32]

    /// - Parameter ids: the options' ids, each once.
    init(ids: [[UInt8]]) {
        var capacity = 16
        while capacity < ids.count * 2 { capacity *= 2 }
        table = Array(repeating: -1, count: capacity)
        for id in ids { id.withUnsafeBufferPointer { _ = insert($0) } }
    }

    /// How many ids the table holds.
    var count: Int { starts.count - 1 }

    /// Adds an id that is not in the table yet.
    /// - Returns: its index, the number of ids before it.
    mutating func insert(_ id: UnsafeBufferPointer<UInt8>) -> Int {
        let index = count
        bytes.append(contentsOf: id)
        starts.append(bytes.count)
        keys.append(Self.key(id))
        if count * 2 > table.count {
            table = Array(repeating: -1, count: table.count * 2)
            for old in 0..<count { place(old) }
        } else {
            place(index)
        }
        return index
    }

    private mutating func place(_ index: Int) {
        let mask = table.count - 1
        var slot = Self.slot(keys[index], mask: mask)
        while table[slot] >= 0 { slot = (slot + 1) & mask }
        table[slot] = Int32(index)
    }

    /// The index of the option whose id is `id`, if there is one.
    func index(of id: UnsafeBufferPointer<UInt8>) -> Int? {
        let key = Self.key(id)
        let mask = table.count - 1
        var slot = Self.slot(key, mask: mask)
        while true {
            let candidate = Int(table[slot])
            if candidate < 0 { return nil }
            if keys[candidate] == key && (id.count <= 7 || sameBytes(candidate, id)) { return candidate }
            slot = (slot + 1) & mask
        }
    }

    /// Whether id `index` is `id`, byte for byte.
    private func sameBytes(_ index: Int, _ id: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[index]
        guard starts[index + 1] - start == id.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            for offset in 0..<id.count where stored[start + offset] != id[offset] { return false }
            return true
        }
    }

    /// An id of up to seven bytes as one number, its bytes and its length, so equal keys are
    /// equal ids; a longer id as a hash of its bytes, its top byte set.
    private static func key(_ id: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard id.count > 7 else {
            var key = UInt64(id.count) << 56
            for index in 0..<id.count { key |= UInt64(id[index]) << (8 * UInt64(index)) }
            return key
        }
        // Eight bytes at a time, then the rest as one number.
        let raw = UnsafeRawBufferPointer(id)
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(raw.count)
        var index = 0
        while raw.count - index >= 8 {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 29
            index += 8
        }
        var rest: UInt64 = 0
        for offset in index..<raw.count { rest |= UInt64(raw[offset]) << (8 * UInt64(offset - index)) }
        hash = (hash ^ rest) &* 0x9E37_79B9_7F4A_7C15
        return hash | 0xFF << 56
    }

    private static func slot(_ key: UInt64, mask: Int) -> Int {
        let hash = key &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: hash >> 32) & mask
    }
}
