/// DEFLATE compression (RFC 1951) as ZIP's method 8 uses it: LZ77 matches found through a hash
/// of the next three bytes, coded with the fixed Huffman codes of RFC 1951 §3.2.6, in one final
/// block. Simpler than what zlib does (no dynamic codes, no lazy matching) and deterministic:
/// the same bytes always compress to the same bytes. XML shrinks to about a tenth.
///
/// ```swift
/// let compressed = Deflate.compress(Array(xml.utf8))   // any inflater (zlib, unzip) restores it
/// ```
public enum Deflate {
    /// The raw DEFLATE stream of `bytes` (no zlib or gzip header).
    /// - Complexity: O(*n*) with a bounded search per position.
    public static func compress(_ bytes: [UInt8]) -> [UInt8] {
        var writer = BitWriter()
        writer.write(1, bits: 1)  // BFINAL: the only block
        writer.write(1, bits: 2)  // BTYPE 01: fixed Huffman codes
        let count = bytes.count
        var head = [Int32](repeating: -1, count: hashSize)
        var previous = [Int32](repeating: -1, count: windowSize)
        var position = 0

        func hash(_ at: Int) -> Int {
            (Int(bytes[at]) << 10 ^ Int(bytes[at + 1]) << 5 ^ Int(bytes[at + 2])) & (hashSize - 1)
        }
        func insert(_ at: Int) {
            guard at + 2 < count else { return }
            let key = hash(at)
            previous[at & (windowSize - 1)] = head[key]
            head[key] = Int32(at)
        }

        while position < count {
            var bestLength = 0
            var bestDistance = 0
            if position + 2 < count {
                var candidate = Int(head[hash(position)])
                var chain = maximumChain
                let limit = min(maximumMatch, count - position)
                while candidate >= 0, position - candidate <= windowSize, chain > 0 {
                    if bytes[candidate + bestLength] == bytes[position + bestLength] {
                        var length = 0
                        while length < limit && bytes[candidate + length] == bytes[position + length] { length += 1 }
                        if length > bestLength {
                            bestLength = length
                            bestDistance = position - candidate
                            if length == limit { break }
                        }
                    }
                    let next = Int(previous[candidate & (windowSize - 1)])
                    // Older entries of the chain lie further back; a newer one means the slot was reused.
                    if next >= candidate { break }
                    candidate = next
                    chain -= 1
                }
            }
            if bestLength >= minimumMatch {
                writer.writeLength(bestLength)
                writer.writeDistance(bestDistance)
                for at in position..<(position + bestLength) { insert(at) }
                position += bestLength
            } else {
                writer.writeLiteral(Int(bytes[position]))
                insert(position)
                position += 1
            }
        }
        writer.writeLiteral(256)  // end of block
        return writer.finish()
    }

    static let windowSize = 32_768
    static let hashSize = 1 << 15
    static let minimumMatch = 3
    static let maximumMatch = 258
    /// How many earlier positions with the same hash are tried: enough for markup, fast enough for megabytes.
    static let maximumChain = 48

    /// Length codes 257…285: the shortest length of each and its extra bits (RFC 1951 §3.2.5).
    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    /// Distance codes 0…29.
    static let distanceBase = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289,
        16385, 24577,
    ]
    static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    /// Bits packed from the least significant end, as DEFLATE stores them.
    struct BitWriter {
        private var bytes: [UInt8] = []
        private var buffer: UInt64 = 0
        private var filled = 0

        mutating func write(_ value: Int, bits: Int) {
            buffer |= UInt64(value) << UInt64(filled)
            filled += bits
            while filled >= 8 {
                bytes.append(UInt8(truncatingIfNeeded: buffer))
                buffer >>= 8
                filled -= 8
            }
        }

        /// A Huffman code, which DEFLATE stores most significant bit first.
        mutating func writeCode(_ code: Int, bits: Int) {
            var reversed = 0
            for bit in 0..<bits where code & (1 << bit) != 0 { reversed |= 1 << (bits - 1 - bit) }
            write(reversed, bits: bits)
        }

        /// A literal byte or end of block (256), or a length code (257…287), with the fixed codes.
        mutating func writeLiteral(_ symbol: Int) {
            switch symbol {
            case 0...143: writeCode(0x30 + symbol, bits: 8)
            case 144...255: writeCode(0x190 + symbol - 144, bits: 9)
            case 256...279: writeCode(symbol - 256, bits: 7)
            default: writeCode(0xC0 + symbol - 280, bits: 8)
            }
        }

        mutating func writeLength(_ length: Int) {
            var code = Deflate.lengthBase.count - 1
            while Deflate.lengthBase[code] > length { code -= 1 }
            writeLiteral(257 + code)
            write(length - Deflate.lengthBase[code], bits: Deflate.lengthExtra[code])
        }

        mutating func writeDistance(_ distance: Int) {
            var code = Deflate.distanceBase.count - 1
            while Deflate.distanceBase[code] > distance { code -= 1 }
            writeCode(code, bits: 5)
            write(distance - Deflate.distanceBase[code], bits: Deflate.distanceExtra[code])
        }

        mutating func finish() -> [UInt8] {
            if filled > 0 { bytes.append(UInt8(truncatingIfNeeded: buffer)) }
            buffer = 0
            filled = 0
            return bytes
        }
    }
}
