extension Deflate {
    /// Bits packed from the least significant end, as DEFLATE stores them; four bytes at a time.
    struct BitWriter {
        private var bytes: [UInt8] = []
        private var buffer: UInt64 = 0
        private var filled: UInt64 = 0

        init(capacity: Int) {
            bytes.reserveCapacity(capacity)
        }

        /// The lowest `bits` bits of `value` (at most 32).
        mutating func write(_ value: Int, bits: Int) {
            write(Bits(value: UInt32(truncatingIfNeeded: value), count: UInt8(bits)))
        }

        @inline(__always)
        mutating func write(_ bits: Bits) {
            buffer |= UInt64(bits.value) << filled
            filled += UInt64(bits.count)
            if filled >= 32 {
                for shift in stride(from: 0 as UInt64, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: buffer >> shift)) }
                buffer >>= 32
                filled -= 32
            }
        }

        mutating func finish() -> [UInt8] {
            while filled > 0 {
                bytes.append(UInt8(truncatingIfNeeded: buffer))
                buffer >>= 8
                filled = filled > 8 ? filled - 8 : 0
            }
            return bytes
        }
    }
}
