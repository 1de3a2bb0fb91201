/// CRC-32 as ZIP (PKWARE APPNOTE 4.4.7) and PNG compute it: ISO 3309 / ITU-T V.42, the
/// reflected polynomial 0xEDB88320, starting from all ones and inverted at the end.
///
/// ```swift
/// CRC32.checksum(Array("123456789".utf8))  // 0xCBF43926, the standard check value
/// ```
public enum CRC32 {
    /// The checksum of `bytes`.
    /// - Complexity: O(*n*): eight bytes per step through eight tables ("slicing by 8"), where
    ///   the bytes lie in one piece of memory; one table lookup per byte otherwise.
    public static func checksum<Bytes: Sequence>(_ bytes: Bytes) -> UInt32 where Bytes.Element == UInt8 {
        var running = Running()
        running.update(bytes)
        return running.value
    }

    /// A checksum of bytes that come a piece at a time.
    public struct Running: Sendable {
        private var crc: UInt32 = 0xFFFF_FFFF

        public init() {}

        public mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
            let done: Void? = bytes.withContiguousStorageIfAvailable { update(raw: UnsafeRawBufferPointer($0)) }
            guard done == nil else { return }
            var crc = self.crc
            for byte in bytes { crc = CRC32.table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
            self.crc = crc
        }

        private mutating func update(raw bytes: UnsafeRawBufferPointer) {
            var crc = self.crc
            CRC32.table.withUnsafeBufferPointer { table in
                var index = 0
                while index + 8 <= bytes.count {
                    let low = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt32.self)) ^ crc
                    let high = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: index + 4, as: UInt32.self))
                    crc = table[7 << 8 | Int(low & 0xFF)] ^ table[6 << 8 | Int(low >> 8 & 0xFF)]
                        ^ table[5 << 8 | Int(low >> 16 & 0xFF)] ^ table[4 << 8 | Int(low >> 24)]
                        ^ table[3 << 8 | Int(high & 0xFF)] ^ table[2 << 8 | Int(high >> 8 & 0xFF)]
                        ^ table[1 << 8 | Int(high >> 16 & 0xFF)] ^ table[Int(high >> 24)]
                    index += 8
                }
                while index < bytes.count {
                    crc = table[Int((crc ^ UInt32(bytes[index])) & 0xFF)] ^ (crc >> 8)
                    index += 1
                }
            }
            self.crc = crc
        }

        /// The checksum of everything so far.
        public var value: UInt32 { crc ^ 0xFFFF_FFFF }
    }

    /// Eight tables of 256 entries, one after the other: the first is the remainder of every
    /// byte value; table k gives the remainder of a byte followed by k zero bytes.
    private static let table: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 8 * 256)
        for value in 0..<256 {
            var crc = UInt32(value)
            for _ in 0..<8 { crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
            table[value] = crc
        }
        for slice in 1..<8 {
            for value in 0..<256 {
                let previous = table[(slice - 1) << 8 | value]
                table[slice << 8 | value] = (previous >> 8) ^ table[Int(previous & 0xFF)]
            }
        }
        return table
    }()
}
