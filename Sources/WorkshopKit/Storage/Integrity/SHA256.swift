import CSHA256

/// SHA-256 (FIPS 180-4), so export manifests can be checked with `sha256sum -c` and logs can
/// be chained, without a dependency beyond the toolchain.
///
/// The work is done by the package's own C target: with the CPU's SHA instructions where it
/// has them (most x86-64 processors since 2017), portably otherwise; both give the same digest.
///
/// ```swift
/// SHA256.hex(Array("abc".utf8))   // "ba7816bf…f20015ad"
/// var hasher = SHA256.Hasher()
/// hasher.update(Array("ab".utf8)); hasher.update(Array("c".utf8))
/// hasher.finalizeHex()            // the same
/// ```
public enum SHA256 {
    /// The digest of `bytes` as 64 lowercase hexadecimal digits.
    public static func hex<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hasher = Hasher()
        hasher.update(bytes)
        return hasher.finalizeHex()
    }

    /// The 32-byte digest of `bytes`.
    public static func digest<Bytes: Collection>(_ bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        var hasher = Hasher()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// Whether this machine's CPU has the SHA instructions the fast path uses.
    public static var usesHardware: Bool { csha256_hardware_available() != 0 }

    /// A digest computed piece by piece, for data that arrives in parts (a log, read in chunks).
    public struct Hasher: Sendable {
        private var context = csha256_context()

        /// - Parameter portable: `true` forces the portable code even where the CPU has SHA
        ///   instructions (tests compare the two).
        public init(portable: Bool = false) {
            csha256_init(&context, portable ? 0 : 1)
        }

        public mutating func update(_ bytes: UnsafeRawBufferPointer) {
            guard let base = bytes.baseAddress, bytes.count > 0 else { return }
            csha256_update(&context, base, bytes.count)
        }

        public mutating func update<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
            if let done: Void = bytes.withContiguousStorageIfAvailable({ update(UnsafeRawBufferPointer($0)) }) {
                return done
            }
            let copy = Array(bytes)
            copy.withUnsafeBytes { update($0) }
        }

        /// Ends the digest: its 32 bytes. The hasher must not be used afterwards.
        public mutating func finalize() -> [UInt8] {
            [UInt8](unsafeUninitializedCapacity: 32) { buffer, count in
                csha256_final(&context, buffer.baseAddress!)
                count = 32
            }
        }

        /// Ends the digest: 64 lowercase hexadecimal digits, as ASCII bytes.
        mutating func finalizeHexBytes() -> [UInt8] {
            let digest = finalize()
            return [UInt8](unsafeUninitializedCapacity: 64) { buffer, count in
                for (index, byte) in digest.enumerated() {
                    buffer[index * 2] = SHA256.hexDigits[Int(byte >> 4)]
                    buffer[index * 2 + 1] = SHA256.hexDigits[Int(byte & 0x0F)]
                }
                count = 64
            }
        }

        /// Ends the digest: 64 lowercase hexadecimal digits.
        public mutating func finalizeHex() -> String {
            let digest = finalize()
            return String(unsafeUninitializedCapacity: 64) { buffer in
                for (index, byte) in digest.enumerated() {
                    buffer[index * 2] = SHA256.hexDigits[Int(byte >> 4)]
                    buffer[index * 2 + 1] = SHA256.hexDigits[Int(byte & 0x0F)]
                }
                return 64
            }
        }
    }

    static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
