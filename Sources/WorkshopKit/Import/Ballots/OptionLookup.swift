/// Finds an option by the bytes of its id as a ballot file writes it, without making a string
/// per lookup: an open-addressing table over a hash of the bytes. Ids can be added as a reader
/// meets them.
struct OptionLookup {
    /// Every id's bytes one after another; id `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private var bytes: [UInt8] = []
    private var starts = [0]
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
        var slot = bytes.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[starts[index]..<starts[index + 1]])) } & mask
        while table[slot] >= 0 { slot = (slot + 1) & mask }
        table[slot] = Int32(index)
    }

    /// The index of the option whose id is `id`, if there is one.
    func index(of id: UnsafeBufferPointer<UInt8>) -> Int? {
        let mask = table.count - 1
        var slot = Self.hash(id) & mask
        return bytes.withUnsafeBufferPointer { stored in
            while true {
                let candidate = Int(table[slot])
                if candidate < 0 { return nil }
                let start = starts[candidate]
                if starts[candidate + 1] - start == id.count {
                    var same = true
                    for offset in 0..<id.count where stored[start + offset] != id[offset] {
                        same = false
                        break
                    }
                    if same { return candidate }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
