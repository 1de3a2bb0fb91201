/// CRC-32 as ZIP (PKWARE APPNOTE 4.4.7) and PNG compute it: ISO 3309 / ITU-T V.42, the
/// reflected polynomial 0xEDB88320, starting from all ones and inverted at the end.
///
/// ```swift
/// CRC32.checksum(Array("123456789".utf8))  // 0xCBF43926, the standard check value
/// ```
public enum CRC32 {
    /// The checksum of `bytes`.
    /// - Complexity: O(*n*), one table lookup per byte.
    public static func checksum<Bytes: Sequence>(_ bytes: Bytes) -> UInt32 where Bytes.Element == UInt8 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
        }
        return crc ^ 0xFFFF_FFFF
    }

    /// The remainder of every byte value, computed once.
    private static let table: [UInt32] = (0..<256).map { value in
        var crc = UInt32(value)
        for _ in 0..<8 { crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
        return crc
    }
}
