#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds an option by the bytes of its id as a ballot file writes it, without making a string
/// per lookup: an open-addressing table over a hash of the bytes.
struct OptionLookup {
    private let ids: [[UInt8]]
    private var table: [Int32]

    /// - Parameter ids: the options' ids, each once.
    init(ids: [[UInt8]]) {
        self.ids = ids
        var capacity = 16
        while capacity < ids.count * 2 { capacity *= 2 }
        table = Array(repeating: -1, count: capacity)
        for (index, id) in ids.enumerated() {
            var slot = id.withUnsafeBufferPointer { Self.hash($0) } & (capacity - 1)
            while table[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            table[slot] = Int32(index)
        }
    }

    /// The index of the option whose id is `bytes`, if there is one.
    func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let mask = table.count - 1
        var slot = Self.hash(bytes) & mask
        while true {
            let candidate = table[slot]
            if candidate < 0 { return nil }
            let found = ids[Int(candidate)].withUnsafeBufferPointer { id in
                id.count == bytes.count && (id.count == 0 || memcmp(id.baseAddress!, bytes.baseAddress!, id.count) == 0)
            }
            if found { return Int(candidate) }
            slot = (slot + 1) & mask
        }
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
