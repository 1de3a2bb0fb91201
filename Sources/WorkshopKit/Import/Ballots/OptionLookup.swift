/// Finds an option by the bytes of its id as a ballot file writes it, without making a string
/// per lookup: an open-addressing table over a hash of the bytes.
struct OptionLookup {
    /// Every id's bytes one after another; id `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private let bytes: [UInt8]
    private let starts: [Int]
    private var table: [Int32]

    /// - Parameter ids: the options' ids, each once.
    init(ids: [[UInt8]]) {
        bytes = ids.flatMap { $0 }
        var starts = [0]
        for id in ids { starts.append(starts[starts.count - 1] + id.count) }
        self.starts = starts
        var capacity = 16
        while capacity < ids.count * 2 { capacity *= 2 }
        table = Array(repeating: -1, count: capacity)
        for (index, id) in ids.enumerated() {
            var slot = id.withUnsafeBufferPointer { Self.hash($0) } & (capacity - 1)
            while table[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            table[slot] = Int32(index)
        }
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
