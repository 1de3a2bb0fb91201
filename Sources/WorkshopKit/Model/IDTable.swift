/// Identifiers interned to small integers: each distinct id is stored once, and records refer
/// to it by number. Lets a log of millions of records be summed up with memory that grows with
/// the number of distinct raters, items and voters, not with the log's length.
struct IDTable: Sendable {
    private var storage: [UInt8] = []
    private var ends: [Int32] = []
    /// Open addressing: a slot holds an id's index + 1, or 0 when empty.
    private var slots: [Int32] = Array(repeating: 0, count: 16)
    private var hashes: [UInt32] = []

    init() {}

    /// A table holding the ids whose bytes are `storage` cut at `ends` (as `parts` gives
    /// them), in that order; `nil` when the cuts do not fit the bytes.
    init?(storage: [UInt8], ends: [Int32]) {
        var previous: Int32 = 0
        for end in ends {
            guard end >= previous else { return nil }
            previous = end
        }
        guard Int(previous) == storage.count else { return nil }
        var hashes: [UInt32] = []
        hashes.reserveCapacity(ends.count)
        storage.withUnsafeBytes { bytes in
            var start = 0
            for end in ends {
                hashes.append(UInt32(truncatingIfNeeded: Fingerprint.quick(UnsafeRawBufferPointer(rebasing: bytes[start..<Int(end)]))))
                start = Int(end)
            }
        }
        var size = 16
        while ends.count * 2 > size { size *= 2 }
        self.storage = storage
        self.ends = ends
        self.hashes = hashes
        slots = Array(repeating: 0, count: size)
        for index in 0..<ends.count { place(Int32(index), hash: hashes[index]) }
    }

    /// The ids' bytes one after the other, and where each ends: what `init(storage:ends:)` takes.
    var parts: (storage: [UInt8], ends: [Int32]) { (storage, ends) }

    var count: Int { ends.count }

    /// The index of `key`, adding it when new.
    @inline(__always)
    mutating func intern(_ key: UnsafeRawBufferPointer) -> (index: Int32, inserted: Bool) {
        let hash = Fingerprint.quick(key)
        if let found = find(key, hash: hash) { return (found, false) }
        let index = Int32(ends.count)
        storage.append(contentsOf: key)
        ends.append(Int32(storage.count))
        hashes.append(UInt32(truncatingIfNeeded: hash))
        if ends.count * 2 > slots.count { grow() } else { place(index, hash: UInt32(truncatingIfNeeded: hash)) }
        return (index, true)
    }

    mutating func intern(_ text: String) -> Int32 {
        var text = text
        return text.withUTF8 { intern(UnsafeRawBufferPointer($0)).index }
    }

    /// The index of `key`, or `nil` when it was never interned.
    func find(_ key: UnsafeRawBufferPointer) -> Int32? { find(key, hash: Fingerprint.quick(key)) }

    func find(_ text: String) -> Int32? {
        var text = text
        return text.withUTF8 { find(UnsafeRawBufferPointer($0)) }
    }

    @inline(__always)
    private func find(_ key: UnsafeRawBufferPointer, hash: UInt64) -> Int32? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        let short = UInt32(truncatingIfNeeded: hash)
        return storage.withUnsafeBytes { stored in
            while true {
                let entry = slots[slot]
                if entry == 0 { return nil }
                let index = Int(entry - 1)
                if hashes[index] == short {
                    let start = index == 0 ? 0 : Int(ends[index - 1])
                    let end = Int(ends[index])
                    if end - start == key.count, key.count == 0 || memcmpEqual(stored.baseAddress! + start, key.baseAddress!, key.count) {
                        return Int32(index)
                    }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    private mutating func place(_ index: Int32, hash: UInt32) {
        let mask = slots.count - 1
        // The slot comes from the low bits of the full hash; the stored 32 bits are those bits.
        var slot = Int(hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = index + 1
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for index in 0..<ends.count { place(Int32(index), hash: hashes[index]) }
    }

    /// The id's text.
    func string(_ index: Int32) -> String {
        let (start, end) = bounds(index)
        return String(decoding: storage[start..<end], as: UTF8.self)
    }

    /// Calls `body` with the id's bytes.
    func withBytes<Result>(_ index: Int32, _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        let (start, end) = bounds(index)
        return storage.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[start..<end])) }
    }

    private func bounds(_ index: Int32) -> (Int, Int) {
        let i = Int(index)
        return (i == 0 ? 0 : Int(ends[i - 1]), Int(ends[i]))
    }
}

/// Whether `count` bytes at `a` and `b` are equal.
@inline(__always)
func memcmpEqual(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ count: Int) -> Bool {
    var index = 0
    while index + 8 <= count {
        if a.loadUnaligned(fromByteOffset: index, as: UInt64.self) != b.loadUnaligned(fromByteOffset: index, as: UInt64.self) { return false }
        index += 8
    }
    while index < count {
        if a.load(fromByteOffset: index, as: UInt8.self) != b.load(fromByteOffset: index, as: UInt8.self) { return false }
        index += 1
    }
    return true
}
