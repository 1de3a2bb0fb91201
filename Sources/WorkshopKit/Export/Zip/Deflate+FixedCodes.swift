extension Deflate {
    /// Bits ready to be written: `value`'s lowest `count` bits, first bit first.
    struct Bits {
        var value: UInt32
        var count: UInt8
    }

    /// The fixed Huffman codes of RFC 1951 §3.2.6, computed once with their bits already reversed
    /// (DEFLATE stores a Huffman code most significant bit first) and joined with the extra bits
    /// of each length and distance, so that a literal or a match is one write.
    struct FixedCodes: Sendable {
        /// Literals 0…255 and end of block (256).
        let literal: [Bits]
        /// Lengths 0…258 (3…258 used): the length code and its extra bits.
        let length: [Bits]
        /// Distance codes for distances 1…256 at `distance − 1`, and for larger ones at
        /// `256 + (distance − 1) >> 7`, as zlib's `d_code` finds them.
        let distanceCode: [UInt8]
        /// The 5-bit code of each distance code 0…29, reversed.
        let distance: [Bits]
        /// The shortest distance of each distance code, and its extra bits.
        let distanceBase: [Int], distanceExtra: [UInt8]

        static let table = FixedCodes()

        private init() {
            literal = (0...256).map { Self.symbol($0) }
            length = (0...maximumMatch).map { value in
                guard value >= minimumMatch else { return Bits(value: 0, count: 0) }
                let code = lengthBase.lastIndex { $0 <= value } ?? 0
                let symbol = Self.symbol(257 + code)
                let extra = UInt32(value - lengthBase[code]) << UInt32(symbol.count)
                return Bits(value: symbol.value | extra, count: symbol.count + UInt8(lengthExtra[code]))
            }
            let code: (Int) -> UInt8 = { value in UInt8(Deflate.distanceBase.lastIndex { $0 <= value } ?? 0) }
            distanceCode = (1...256).map(code) + (256..<512).map { code((($0 - 256) << 7) + 1) }
            distance = (0..<Deflate.distanceBase.count).map { Bits(value: Self.reversed($0, bits: 5), count: 5) }
            distanceBase = Deflate.distanceBase
            distanceExtra = Deflate.distanceExtra.map(UInt8.init)
        }

        /// A length and distance as one run of bits: the length's code and extra bits, then the distance's.
        @inline(__always)
        func match(length value: Int, distance offset: Int) -> Bits {
            let lengthBits = length[value]
            let code = Int(offset <= 256 ? distanceCode[offset - 1] : distanceCode[256 + (offset - 1) >> 7])
            let extra = UInt32(offset - distanceBase[code]) << 5
            let distanceBits = distance[code]
            let joined = (distanceBits.value | extra) << UInt32(lengthBits.count)
            return Bits(value: lengthBits.value | joined, count: lengthBits.count + distanceBits.count + distanceExtra[code])
        }

        /// A literal, end of block or length code (0…287) with the fixed codes, bits reversed.
        private static func symbol(_ symbol: Int) -> Bits {
            switch symbol {
            case 0...143: Bits(value: reversed(0x30 + symbol, bits: 8), count: 8)
            case 144...255: Bits(value: reversed(0x190 + symbol - 144, bits: 9), count: 9)
            case 256...279: Bits(value: reversed(symbol - 256, bits: 7), count: 7)
            default: Bits(value: reversed(0xC0 + symbol - 280, bits: 8), count: 8)
            }
        }

        private static func reversed(_ code: Int, bits: Int) -> UInt32 {
            var reversed: UInt32 = 0
            for bit in 0..<bits where code & (1 << bit) != 0 { reversed |= 1 << UInt32(bits - 1 - bit) }
            return reversed
        }
    }
}
