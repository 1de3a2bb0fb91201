/// A 64-bit fingerprint of bytes (FNV-1a, then a final mix), the same on every machine and in
/// every run, unlike Swift's `Hasher`: the ballot index stores fingerprints on disk.
///
/// Fingerprints only find candidates; every hit is confirmed by comparing the bytes themselves.
enum Fingerprint {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The running hash after `bytes`, starting from `hash`.
    @inline(__always)
    static func adding(_ bytes: UnsafeRawBufferPointer, to hash: UInt64) -> UInt64 {
        var hash = hash
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }

    @inline(__always)
    static func adding(_ byte: UInt8, to hash: UInt64) -> UInt64 { (hash ^ UInt64(byte)) &* prime }

    /// Mixes the running hash so that every bit depends on every input bit; never 0, which
    /// marks an empty slot.
    @inline(__always)
    static func finish(_ hash: UInt64) -> UInt64 {
        var value = hash
        value ^= value >> 33
        value &*= 0xff51_afd7_ed55_8ccd
        value ^= value >> 33
        value &*= 0xc4ce_b9fe_1a85_ec53
        value ^= value >> 33
        return value == 0 ? 1 : value
    }

    /// A quick hash of short byte strings, eight bytes at a time, for tables that live in
    /// memory only (it may change between versions; `of` may not).
    @inline(__always)
    static func quick(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var index = 0
        let count = bytes.count
        guard let base = bytes.baseAddress else { return finish(hash) }
        while index + 8 <= count {
            hash = (hash ^ base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0xff51_afd7_ed55_8ccd
            hash ^= hash >> 29
            index += 8
        }
        if index < count {
            var last: UInt64 = 0
            var shift: UInt64 = 0
            while index < count {
                last |= UInt64(base.load(fromByteOffset: index, as: UInt8.self)) << shift
                shift += 8
                index += 1
            }
            hash = (hash ^ last) &* 0xc4ce_b9fe_1a85_ec53
        }
        return finish(hash)
    }
}
